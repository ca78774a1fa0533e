package plasticity.gen.eve;

import java.util.List;
import java.util.Map;
import plasticity.gen.DesignSpec;
import plasticity.gen.Setting;
import plasticity.gen.Settings;
import plasticity.hdl.GeneratedDesign;
import plasticity.hdl.Hdl;

/** {@code eve}: the EvE array (docs/spec/eve.md, "Array"). */
public final class EveArrayDesign implements DesignSpec {
  @Override
  public String name() {
    return "eve";
  }

  @Override
  public String summary() {
    return "the EvE array: P PEs breeding a generation in waves from a banked, ping-pong genome SRAM";
  }

  @Override
  public List<Setting> settings() {
    return List.of(
        new Setting("P", "256", "PEs, 1..256"),
        new Setting("BANKS", "48", "SRAM banks, 1..256"),
        new Setting("DEPTH", "4096", "words per bank, a power of two 2..65536"),
        new Setting("WIDTH", "64", "bits per SRAM word: 64 (one gene)"),
        new Setting("LMAX", "128", "genes of one genome a PE buffer holds, a power of two 8..4096"),
        new Setting("QUEUE", "2", "words of each PE's parent queues, a power of two 2..64"));
  }

  public static EveArrayConfig config(Map<String, String> overrides) {
    Settings s = new Settings("eve", new EveArrayDesign().defaults(), overrides);
    return new EveArrayConfig(s.integer("P"), s.integer("BANKS"), s.integer("DEPTH"), s.integer("WIDTH"),
        s.integer("LMAX"), s.integer("QUEUE"));
  }

  @Override
  public GeneratedDesign generate(Map<String, String> overrides) {
    EveArrayConfig c = config(overrides);
    return Hdl.generate(name(), new Settings(name(), defaults(), overrides).asMap(), () -> new EveArray(c));
  }
}
