package plasticity.tb.verilator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import plasticity.tb.Dut;
import plasticity.tb.DutPort;
import plasticity.tb.DutPort.Direction;
import plasticity.templates.TemplateEngine;

/**
 * Renders templates/verilator/harness.cpp.vm for a DUT. Every width-dependent number (word
 * counts, offsets, masks, the C++ container) is computed here: the template does no arithmetic.
 */
public final class HarnessView {
  /** Cycles of history printed before a mismatch. */
  static final int CONTEXT_CYCLES = 4;

  /** Name of the simulation binary inside a cache entry. */
  public static final String BINARY = "sim";

  private HarnessView() {}

  /** The harness C++ for {@code dut}, built with {@code settings}' trace kind and x-initial. */
  public static String render(Dut dut, VerilatorSettings settings) {
    return TemplateEngine.shared().render("verilator/harness.cpp.vm", view(dut, settings));
  }

  static Map<String, Object> view(Dut dut, VerilatorSettings settings) {
    List<Map<String, Object>> ports = new ArrayList<>();
    List<Map<String, Object>> inputs = new ArrayList<>();
    List<Map<String, Object>> outputs = new ArrayList<>();
    int offset = 0;
    for (DutPort p : dut.tracePorts()) {
      int words = (p.width() + 31) / 32;
      int topBits = p.width() - 32 * (words - 1);
      long mask = topBits == 32 ? 0xffff_ffffL : (1L << topBits) - 1;
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("name", p.name());
      v.put("out", p.dir() == Direction.OUT ? "true" : "false");
      v.put("width", p.width());
      v.put("words", words);
      v.put("offset", offset);
      v.put("offsetHigh", offset + words - 1);
      v.put("mask", String.format("0x%08xu", mask));
      v.put("kind", p.width() <= 32 ? "narrow" : p.width() <= 64 ? "quad" : "wide");
      v.put("ctype", p.width() <= 8 ? "CData" : p.width() <= 16 ? "SData" : "IData");
      ports.add(v);
      (p.dir() == Direction.IN ? inputs : outputs).add(v);
      offset += words;
    }
    if (outputs.isEmpty()) {
      throw new IllegalArgumentException(
          "DUT '" + dut.top() + "' has no outputs: there is nothing for the harness to compare");
    }
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("h", "#");
    view.put("top", dut.top());
    view.put("binary", BINARY);
    view.put("modelClass", "V" + dut.top());
    view.put("modelHeader", "V" + dut.top() + ".h");
    view.put("clock", dut.clock());
    view.put("clocked", dut.clocked());
    view.put("ports", ports);
    view.put("inputs", inputs);
    view.put("outputs", outputs);
    view.put("portCount", ports.size());
    view.put("rowWords", offset);
    view.put("contextCycles", CONTEXT_CYCLES);
    VerilatorSettings.TraceKind kind = settings.trace();
    view.put("tracing", kind != VerilatorSettings.TraceKind.NONE);
    view.put("traceHeader", kind == VerilatorSettings.TraceKind.FST ? "verilated_fst_c.h" : "verilated_vcd_c.h");
    view.put("traceClass", kind == VerilatorSettings.TraceKind.FST ? "VerilatedFstC" : "VerilatedVcdC");
    view.put("randomInit", settings.xInitial() == VerilatorSettings.XInitial.UNIQUE);
    return view;
  }
}
