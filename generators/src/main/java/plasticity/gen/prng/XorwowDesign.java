package plasticity.gen.prng;

import java.util.List;
import java.util.Map;
import plasticity.gen.DesignSpec;
import plasticity.gen.Setting;
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
  public List<Setting> settings() {
    return List.of(new Setting("LANES", "4", "32-bit random words per enabled cycle: 1, 2, 4 or 8"));
  }


  @Override
  public String summary() {
    return "Marsaglia's xorwow PRNG, LANES words per cycle (EvE's random source)";
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
