package plasticity.hdl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import plasticity.hdl.emit.VerilogBackend;
import plasticity.hdl.ir.MemDecl;
import plasticity.hdl.ir.ModuleIr;
import plasticity.hdl.ir.SignalDecl;
import plasticity.hdl.phase.CompileContext;
import plasticity.hdl.phase.Compiler;

/**
 * The whole flow in one call: elaborate the top module, run the phases, emit Verilog, the
 * filelist and the manifest. Nothing touches the disk here; {@link DesignWriter} does that.
 */
public final class Hdl {
  private Hdl() {}

  /**
   * @param design the design's name (e.g. {@code addertree}); names the filelist
   * @param configuration the generator's configuration, recorded in headers and the manifest
   * @param top builds the top module, e.g. {@code () -> new AdderTree(config)}
   */
  public static GeneratedDesign generate(String design, Map<String, String> configuration, Supplier<? extends Module> top) {
    return generate(design, configuration, Elaboration.elaborate(top));
  }

  /** The same, from a module already elaborated (to simulate and emit the very same IR). */
  public static GeneratedDesign generate(String design, Map<String, String> configuration, ModuleIr ir) {
    CompileContext context = Compiler.compile(ir);
    VerilogBackend backend = new VerilogBackend(context);
    Map<String, String> files = new LinkedHashMap<>(backend.render(design, configuration));
    String topName = context.verilogName(ir);
    List<GeneratedDesign.TopPort> ports = topPorts(ir, backend);
    StringBuilder filelist = new StringBuilder();
    files.keySet().forEach(f -> filelist.append(f).append('\n'));
    Map<String, String> verilog = Map.copyOf(files);
    files.put(design + ".f", filelist.toString());
    List<GeneratedDesign.SramMacroUse> macros = sramMacros(ir, context);
    files.put("manifest.json", manifest(design, topName, configuration, files, verilog, ports, macros));
    return new GeneratedDesign(design, topName, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(configuration)),
        java.util.Collections.unmodifiableMap(files), ports, macros);
  }

  /** The SRAM macro modules under {@code top}, in order of first use, with their instance counts. */
  private static List<GeneratedDesign.SramMacroUse> sramMacros(ModuleIr top, CompileContext context) {
    Map<String, GeneratedDesign.SramMacroUse> uses = new LinkedHashMap<>();
    countMacros(top, context, uses);
    return List.copyOf(uses.values());
  }

  private static void countMacros(ModuleIr m, CompileContext context,
      Map<String, GeneratedDesign.SramMacroUse> uses) {
    for (var i : m.instances()) {
      ModuleIr c = i.module();
      if (c.generator().equals(SramMacro.class.getName())) {
        MemDecl storage = c.memories().get(0);
        uses.merge(context.verilogName(c),
            new GeneratedDesign.SramMacroUse(context.verilogName(c), storage.depth(), storage.word().width(), 1),
            (a, b) -> new GeneratedDesign.SramMacroUse(a.module(), a.depth(), a.width(), a.instances() + b.instances()));
      } else {
        countMacros(c, context, uses); // every instance is walked, so each macro counts once
      }
    }
  }

  private static List<GeneratedDesign.TopPort> topPorts(ModuleIr ir, VerilogBackend backend) {
    List<GeneratedDesign.TopPort> ports = new ArrayList<>();
    if (ir.sequential()) {
      ports.add(new GeneratedDesign.TopPort("clk", "input", 1, false));
    }
    boolean reset = ir.signals().stream().anyMatch(s -> s.kind() == SignalDecl.SignalKind.REG && s.reset().isPresent())
        || hasResetBelow(ir);
    if (reset) {
      ports.add(new GeneratedDesign.TopPort("rst", "input", 1, false));
    }
    for (SignalDecl s : ir.signals()) {
      if (s.isPort()) {
        ports.add(new GeneratedDesign.TopPort(s.name(),
            s.kind() == SignalDecl.SignalKind.INPUT ? "input" : "output", s.type().width(), s.type().signed()));
      }
    }
    return List.copyOf(ports);
  }

  private static boolean hasResetBelow(ModuleIr m) {
    for (var i : m.instances()) {
      ModuleIr c = i.module();
      if (c.signals().stream().anyMatch(s -> s.kind() == SignalDecl.SignalKind.REG && s.reset().isPresent())
          || hasResetBelow(c)) {
        return true;
      }
    }
    return false;
  }

  private static String manifest(String design, String top, Map<String, String> configuration,
      Map<String, String> files, Map<String, String> verilog, List<GeneratedDesign.TopPort> ports,
      List<GeneratedDesign.SramMacroUse> macros) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("generator", VerilogBackend.TOOL);
    m.put("design", design);
    m.put("top", top);
    m.put("configuration", new LinkedHashMap<>(configuration));
    m.put("filelist", design + ".f");
    List<Map<String, Object>> fileEntries = new ArrayList<>();
    for (String f : files.keySet()) {
      if (verilog.containsKey(f)) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("file", f);
        e.put("module", f.substring(0, f.length() - 2));
        e.put("sha256", sha256(files.get(f)));
        fileEntries.add(e);
      }
    }
    m.put("modules", fileEntries);
    List<Map<String, Object>> portEntries = new ArrayList<>();
    for (GeneratedDesign.TopPort p : ports) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("name", p.name());
      e.put("direction", p.direction());
      e.put("width", p.width());
      e.put("signed", p.signed());
      portEntries.add(e);
    }
    m.put("ports", portEntries);
    if (!macros.isEmpty()) {
      // The behavioural models a real flow replaces with the vendor's macros.
      List<Map<String, Object>> macroEntries = new ArrayList<>();
      for (GeneratedDesign.SramMacroUse u : macros) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("module", u.module());
        e.put("depth", u.depth());
        e.put("width", u.width());
        e.put("instances", u.instances());
        macroEntries.add(e);
      }
      m.put("sramMacros", macroEntries);
    }
    try {
      DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
      return new ObjectMapper().writer(pp).writeValueAsString(m) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
