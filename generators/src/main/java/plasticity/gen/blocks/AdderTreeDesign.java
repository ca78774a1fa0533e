package plasticity.gen.blocks;

import java.util.List;
import java.util.Map;
import plasticity.gen.DesignSpec;
import plasticity.gen.Setting;
import plasticity.gen.Settings;
import plasticity.hdl.GeneratedDesign;
import plasticity.hdl.Hdl;

/** {@code addertree}: N, W, K. */
public final class AdderTreeDesign implements DesignSpec {
  @Override
  public String name() {
    return "addertree";
  }

  @Override
  public List<Setting> settings() {
    return List.of(
        new Setting("N", "16", "number of signed inputs, 2..4096 (any N, not only powers of two)"),
        new Setting("W", "16", "input width in bits, 1..64; the sum is W + ceil(log2 N) bits"),
        new Setting("K", "2", "a pipeline register after every K-th level; 0 = combinational"));
  }


  @Override
  public String summary() {
    return "pipelined signed adder tree (MAERI's reduction shape)";
  }



  public static AdderTreeConfig config(Map<String, String> overrides) {
    Settings s = new Settings("addertree", new AdderTreeDesign().defaults(), overrides);
    return new AdderTreeConfig(s.integer("N"), s.integer("W"), s.integer("K"));
  }

  @Override
  public GeneratedDesign generate(Map<String, String> overrides) {
    AdderTreeConfig c = config(overrides);
    Settings s = new Settings(name(), defaults(), overrides);
    return Hdl.generate(name(), s.asMap(), () -> new AdderTree(c));
  }
}
