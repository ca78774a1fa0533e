package plasticity.gen.eve;

import java.util.List;
import java.util.Map;
import plasticity.gen.DesignSpec;
import plasticity.gen.Setting;
import plasticity.gen.Settings;
import plasticity.hdl.GeneratedDesign;
import plasticity.hdl.Hdl;

/** {@code eve-pe}: one EvE PE (docs/spec/eve.md, "PE pipeline"). */
public final class EvePeDesign implements DesignSpec {
  @Override
  public String name() {
    return "eve-pe";
  }

  @Override
  public String summary() {
    return "one EvE PE: breeds a child from two parent gene streams (crossover, perturbation, delete, add)";
  }

  @Override
  public List<Setting> settings() {
    return List.of(new Setting("QUEUE", "2", "words of each parent's input queue: a power of two, 2..64"));
  }

  public static EvePeConfig config(Map<String, String> overrides) {
    Settings s = new Settings("eve-pe", new EvePeDesign().defaults(), overrides);
    return new EvePeConfig(s.integer("QUEUE"));
  }

  @Override
  public GeneratedDesign generate(Map<String, String> overrides) {
    EvePeConfig c = config(overrides);
    return Hdl.generate(name(), new Settings(name(), defaults(), overrides).asMap(), () -> new EvePe(c));
  }
}
