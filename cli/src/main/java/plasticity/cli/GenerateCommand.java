package plasticity.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import plasticity.hdl.DesignWriter;
import plasticity.hdl.GeneratedDesign;

@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"Emit a design's Verilog, filelist <design>.f and manifest.json.",
        "The directory is replaced whole: a failed generation leaves the previous output."})
final class GenerateCommand implements Callable<Integer> {
  @Mixin DesignOptions design;

  @Option(names = "--out", paramLabel = "DIR",
      description = "output directory (default: target/verilog/<design>)")
  Path out;

  @Override
  public Integer call() {
    GeneratedDesign d = design.spec().generate(design.overrides());
    Path dir = DesignWriter.write(d, out != null ? out : Path.of("target", "verilog", d.design()));
    System.out.printf("plasticity: wrote %d modules (top %s) and %s.f, manifest.json to %s%n",
        d.verilogFiles().size(), d.top(), d.design(), dir);
    return 0;
  }
}
