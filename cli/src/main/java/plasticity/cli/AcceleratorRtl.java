package plasticity.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import plasticity.gen.Designs;
import plasticity.golden.maeri.AcceleratorConfig;
import plasticity.golden.maeri.AcceleratorModel;
import plasticity.golden.maeri.FabricConfig;
import plasticity.golden.maeri.mapper.Fabric;
import plasticity.golden.maeri.mapper.HostSession;
import plasticity.golden.maeri.mapper.Layer;
import plasticity.golden.maeri.mapper.Mapping;
import plasticity.golden.maeri.mapper.ProgramCompiler;
import plasticity.hdl.GeneratedDesign;
import plasticity.tb.Dut;
import plasticity.tb.RtlDut;
import plasticity.tb.Simulation;
import plasticity.tb.Verdict;
import plasticity.tb.designs.AcceleratorBench;
import plasticity.tb.trace.Trace;
import plasticity.tb.verilator.VerilatorSettings;

/**
 * A layer on the Verilated MAERI accelerator (docs/spec/maeri.md, "Accelerator"): the host
 * session the golden accelerator model runs (load, start, wait for done, read back) is replayed
 * on the RTL through its host port, every port compared every cycle. Memories are sized to the
 * layer (powers of two); BUFW = ACC; ACCD and rnPipe as given, else the accelerator's defaults (ACCD
 * by its rule, rnPipe = 1). The build is cached by content hash.
 */
final class AcceleratorRtl {
  private AcceleratorRtl() {}

  /** The accelerator's settings a run takes beside the mapper's fabric: {@link #fabricConfig}. */
  static final String ACCD = "ACCD";
  static final String RN_PIPE = "rnPipe";
  static final List<String> SETTINGS = List.of(ACCD, RN_PIPE);

  /**
   * A run.
   *
   * @param session the golden host session (outputs read back, cycles from start to done)
   * @param program the compiled program
   * @param verdict the RTL's verdict: Pass when every port equalled the model's every cycle
   * @param traceCycles the host session's cycles, loading and reading back included
   * @param seconds the simulation's wall time (trace reading and comparison included)
   * @param top the RTL's top module
   */
  record Outcome(HostSession.Result session, ProgramCompiler.Program program, Verdict verdict, long traceCycles,
      double seconds, String top) {}

  /**
   * Runs the layer on the Verilated accelerator of {@code fabric} with the accelerator's settings
   * {@code accelerator} (ACCD, rnPipe; see {@link #fabricConfig}).
   */
  static Outcome run(Fabric fabric, Map<String, Integer> accelerator, Layer layer, Mapping mapping, long[] inputs,
      long[] weights, Path dir) {
    FabricConfig fc = fabricConfig(fabric, accelerator);
    ProgramCompiler.Sized sized = ProgramCompiler.compileSized(fc, layer, mapping, inputs, weights);
    AcceleratorConfig config = sized.config();
    ProgramCompiler.Program program = sized.program();
    HostSession.Result session = HostSession.run(new AcceleratorModel(config), program, 100_000_000L);
    GeneratedDesign d = Designs.byName("maeri").generate(settings(config));
    Dut dut = RtlDut.write(d, dir.resolve("rtl").resolve(d.top() + "-" + Integer.toHexString(d.files().hashCode())));
    Trace trace = AcceleratorBench.hostTrace(d, config, session, 0);
    Path file = trace.write(dir.resolve("layer.trace"));
    // The first run builds (or finds in the cache); the second is the one timed.
    Verdict verdict = Simulation.run(dut, VerilatorSettings.defaults(), file, Optional.empty());
    long t0 = System.nanoTime();
    if (verdict.passed()) {
      verdict = Simulation.run(dut, VerilatorSettings.defaults(), file, Optional.empty());
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Outcome(session, program, verdict, trace.cycles().size(), seconds, d.top());
  }

  /**
   * The accelerator's fabric: the mapper's, with {@code accelerator}'s rnPipe (1 when absent) and
   * ACCD (the accelerator's default for that fabric when absent; docs/spec/maeri.md, "Accumulation
   * buffer"). An out-of-range value is the golden model's IllegalArgumentException.
   */
  static FabricConfig fabricConfig(Fabric fabric, Map<String, Integer> accelerator) {
    int rnPipe = accelerator.getOrDefault(RN_PIPE, 1);
    Integer accDepth = accelerator.get(ACCD);
    return accDepth == null
        ? new FabricConfig(fabric.n(), fabric.w(), fabric.acc(), fabric.acc(), fabric.dnBw(), fabric.dnPipe(),
            fabric.rnBw(), rnPipe)
        : new FabricConfig(fabric.n(), fabric.w(), fabric.acc(), fabric.acc(), fabric.dnBw(), fabric.dnPipe(),
            fabric.rnBw(), rnPipe, accDepth);
  }

  static Map<String, String> settings(AcceleratorConfig c) {
    FabricConfig f = c.fabric();
    Map<String, String> s = new LinkedHashMap<>();
    s.put("N", "" + f.n());
    s.put("W", "" + f.w());
    s.put("ACC", "" + f.acc());
    s.put("BUFW", "" + f.bufW());
    s.put("dnBw", "" + f.dnBw());
    s.put("dnPipe", "" + f.dnPipe());
    s.put("rnBw", "" + f.rnBw());
    s.put("rnPipe", "" + f.rnPipe());
    s.put("ACCD", "" + f.accDepth());
    s.put("WDEPTH", "" + c.weightDepth());
    s.put("IDEPTH", "" + c.inputDepth());
    s.put("ODEPTH", "" + c.outputDepth());
    s.put("PDEPTH", "" + c.programDepth());
    s.put("CDEPTH", "" + c.configDepth());
    return s;
  }
}
