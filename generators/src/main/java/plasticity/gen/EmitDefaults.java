package plasticity.gen;

import java.nio.file.Path;
import java.util.Map;
import plasticity.hdl.DesignWriter;
import plasticity.hdl.GeneratedDesign;

/**
 * What {@code mvn generate-sources} runs: the default configuration of every design into
 * {@code <out>/<design>/}.
 */
public final class EmitDefaults {
  private EmitDefaults() {}

  public static void main(String[] args) {
    Path out = Path.of(args.length > 0 ? args[0] : "target/verilog");
    for (DesignSpec spec : Designs.all()) {
      GeneratedDesign d = spec.generate(Map.of());
      Path dir = DesignWriter.write(d, out.resolve(spec.name()));
      System.out.printf("plasticity: %-10s -> %s (%d modules, top %s)%n", spec.name(), dir,
          d.verilogFiles().size(), d.top());
    }
  }
}
