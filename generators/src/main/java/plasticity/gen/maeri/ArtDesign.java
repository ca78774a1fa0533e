package plasticity.gen.maeri;

import java.util.List;
import java.util.Map;
import plasticity.gen.DesignSpec;
import plasticity.gen.Setting;
import plasticity.gen.Settings;
import plasticity.hdl.GeneratedDesign;
import plasticity.hdl.Hdl;

/** {@code art}: MAERI's augmented reduction tree on its own. */
public final class ArtDesign implements DesignSpec {
  @Override
  public String name() {
    return "art";
  }

  @Override
  public String summary() {
    return "MAERI augmented reduction tree: adder switches, forwarding links, collection lanes";
  }

  @Override
  public List<Setting> settings() {
    return List.of(
        new Setting("N", "16", "leaves (multiplier switches): a power of two, 2..256"),
        new Setting("W", "32", "accumulator width in bits, 2..64; sums wrap at this width"));
  }

  public static ArtConfig config(Map<String, String> overrides) {
    Settings s = new Settings("art", new ArtDesign().defaults(), overrides);
    return new ArtConfig(s.integer("N"), s.integer("W"));
  }

  @Override
  public GeneratedDesign generate(Map<String, String> overrides) {
    ArtConfig c = config(overrides);
    return Hdl.generate(name(), new Settings(name(), defaults(), overrides).asMap(), () -> new Art(c));
  }
}
