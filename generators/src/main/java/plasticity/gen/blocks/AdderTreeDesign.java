package plasticity.gen.blocks;

import java.util.LinkedHashMap;
import java.util.Map;
import plasticity.gen.DesignSpec;
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
  public String summary() {
    return "pipelined signed adder tree (MAERI's reduction shape)";
  }

  @Override
  public Map<String, String> defaults() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("N", "16");
    d.put("W", "16");
    d.put("K", "2");
    return d;
  }

  @Override
  public Map<String, String> help() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("N", "number of signed inputs, 2..4096 (any N, not only powers of two)");
    h.put("W", "input width in bits, 1..64; the sum is W + ceil(log2 N) bits");
    h.put("K", "a pipeline register after every K-th level; 0 = combinational");
    return h;
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
