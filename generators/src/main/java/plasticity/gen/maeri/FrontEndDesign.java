package plasticity.gen.maeri;

import java.util.List;
import java.util.Map;
import plasticity.gen.DesignSpec;
import plasticity.gen.Setting;
import plasticity.gen.Settings;
import plasticity.hdl.GeneratedDesign;
import plasticity.hdl.Hdl;

/** {@code frontend}: MAERI's distribution network and multiplier switches. */
public final class FrontEndDesign implements DesignSpec {
  @Override
  public String name() {
    return "frontend";
  }

  @Override
  public String summary() {
    return "MAERI distribution network (mask-routed trees) and weight-stationary multiplier switches";
  }

  @Override
  public List<Setting> settings() {
    return List.of(
        new Setting("N", "16", "multiplier switches: a power of two, 2..256"),
        new Setting("W", "8", "signed weight and activation width in bits, 2..32"),
        new Setting("ACC", "32", "product width in bits, 2W..64 (the ART's accumulator width)"),
        new Setting("dnBw", "4", "DN trees, one root word per cycle each: a power of two, 1..N"),
        new Setting("dnPipe", "1", "a DN pipeline register after every dnPipe switch levels; 0 = none"));
  }

  public static FrontEndConfig config(Map<String, String> overrides) {
    Settings s = new Settings("frontend", new FrontEndDesign().defaults(), overrides);
    return new FrontEndConfig(s.integer("N"), s.integer("W"), s.integer("ACC"), s.integer("dnBw"),
        s.integer("dnPipe"));
  }

  @Override
  public GeneratedDesign generate(Map<String, String> overrides) {
    FrontEndConfig c = config(overrides);
    return Hdl.generate(name(), new Settings(name(), defaults(), overrides).asMap(), () -> new MaeriFrontEnd(c));
  }
}
