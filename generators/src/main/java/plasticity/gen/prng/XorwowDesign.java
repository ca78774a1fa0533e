package plasticity.gen.prng;

import java.util.LinkedHashMap;
import java.util.Map;
import plasticity.gen.DesignSpec;
import plasticity.gen.Settings;
import plasticity.hdl.GeneratedDesign;
import plasticity.hdl.Hdl;

/** {@code xorwow}: LANES. */
public final class XorwowDesign implements DesignSpec {
  @Override
  public String name() {
    return "xorwow";
  }

  @Override
  public String summary() {
    return "Marsaglia's xorwow PRNG, LANES words per cycle (EvE's random source)";
  }

  @Override
  public Map<String, String> defaults() {
    return Map.of("LANES", "4");
  }

  @Override
  public Map<String, String> help() {
    return Map.of("LANES", "32-bit random words per enabled cycle: 1, 2, 4 or 8");
  }

  public static XorwowConfig config(Map<String, String> overrides) {
    Settings s = new Settings("xorwow", new XorwowDesign().defaults(), overrides);
    return new XorwowConfig(s.integer("LANES"));
  }

  @Override
  public GeneratedDesign generate(Map<String, String> overrides) {
    XorwowConfig c = config(overrides);
    return Hdl.generate(name(), new Settings(name(), defaults(), overrides).asMap(), () -> new Xorwow(c));
  }
}
