package plasticity.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import plasticity.hdl.DesignWriter;
import plasticity.hdl.GeneratedDesign;
import plasticity.tb.gate.YosysSynth;

@Command(name = "synth", mixinStandardHelpOptions = true,
    description = {"Synthesise a design with Yosys and report its cells.",
        "Checks: check -assert (no loop, no undriven or multiply driven net) and no latch.",
        "Exit code 1 when a check fails."})
final class SynthCommand implements Callable<Integer> {
  @Mixin DesignOptions design;

  @Option(names = "--target", defaultValue = "generic", paramLabel = "generic|ice40",
      description = "generic (synth) or ice40 (synth_ice40); default generic")
  String target;

  @Option(names = "--out", paramLabel = "DIR", description = "where the Verilog and stat.txt go (default target/synth/<design>)")
  Path out;

  @Option(names = "--report", paramLabel = "FILE",
      description = "add or replace this synthesis's row in the \"Synthesis\" section of a Markdown page,"
          + " e.g. docs/results/maeri.md (the rest of the page is kept)")
  Path report;

  @Option(names = "--modules",
      description = "with --report: also a section \"Cells by module: <design> <settings> (<target>)\" with each"
          + " module's instances and cells (replaced when the same synthesis runs again)")
  boolean modules;

  @Override
  public Integer call() throws IOException {
    YosysSynth.Target t = switch (target) {
      case "generic" -> YosysSynth.Target.GENERIC;
      case "ice40" -> YosysSynth.Target.ICE40;
      default -> throw new Errors.UserError("--target " + target + ": use generic or ice40");
    };
    if (modules && report == null) {
      throw new Errors.UserError("--modules adds a section to the --report page: give --report FILE too");
    }
    GeneratedDesign d = design.spec().generate(design.overrides());
    Path dir = DesignWriter.write(d, out != null ? out : Path.of("target", "synth", d.design()));
    List<Path> files = d.verilogFiles().stream().map(dir::resolve).toList();
    // Generic: the SRAM macros stay blackboxes, as in an ASIC flow; iCE40: their models map to block RAM.
    List<String> blackboxes = t == YosysSynth.Target.GENERIC
        ? d.macros().stream().map(GeneratedDesign.SramMacroUse::module).toList() : List.of();
    YosysSynth.Result r = YosysSynth.run(d.top(), files, t, dir, blackboxes);
    Files.writeString(dir.resolve("stat.txt"), r.stat());
    System.out.println(r.stat().strip());
    if (!r.ok()) {
      r.problems().forEach(p -> System.out.println("problem: " + p));
      System.out.println("synth " + d.top() + " (" + target + "): FAILED");
      return 1;
    }
    System.out.printf("synth %s (%s): %d cells, no latch, check -assert passed, %.0f s; stat in %s%n", d.top(),
        target, r.cellCount(), r.seconds(), dir.resolve("stat.txt"));
    for (GeneratedDesign.SramMacroUse m : d.macros()) {
      System.out.printf("  SRAM macro %s: %d x %d bits, %d instances%s%n", m.module(), m.depth(), m.width(),
          m.instances(), blackboxes.isEmpty() ? " (behavioural model synthesised)" : " (blackbox)");
    }
    if (report != null) {
      SynthReport.record(report, SynthReport.row(d.design(), d.configuration(), target, r.cellCount(), r.stat(),
          d.macros(), r.seconds()),
          yosysVersion());
      if (modules) {
        SynthReport.recordModules(report, d.design(), d.configuration(), target, r.stat());
      }
      System.out.println("report: " + report);
    }
    return 0;
  }

  private static String yosysVersion() {
    try {
      Process p = new ProcessBuilder("yosys", "-V").redirectErrorStream(true).start();
      String v = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
      p.waitFor();
      return v.replaceAll("\\s*\\(.*$", "");
    } catch (IOException e) {
      return "Yosys";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "Yosys";
    }
  }
}
