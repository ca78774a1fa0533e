package plasticity.gen.adam;

import java.util.List;
import java.util.Map;
import plasticity.gen.DesignSpec;
import plasticity.gen.Setting;
import plasticity.gen.Settings;
import plasticity.hdl.GeneratedDesign;
import plasticity.hdl.Hdl;

/** {@code adam}: GeneSys' inference engine, a PE array that runs one network per PE. */
public final class AdamDesign implements DesignSpec {
  @Override
  public String name() {
    return "adam";
  }

  @Override
  public String summary() {
    return "ADAM inference engine: ROWS x COLS PEs, one NEAT network per PE, fixed point Q5.10, host port";
  }

  @Override
  public List<Setting> settings() {
    return List.of(
        new Setting("ROWS", "32", "PE rows, 1..64"),
        new Setting("COLS", "32", "PE columns, 1..64 (ROWS x COLS PEs; 32 x 32 = GeneSys' 1024)"),
        new Setting("LINK_DEPTH", "64", "link buffer words per PE (a schedule's links): a power of two, 2..4096"),
        new Setting("NODE_DEPTH", "32", "node buffer words per PE (a schedule's nodes): a power of two, 2..4096"),
        new Setting("VALUE_DEPTH", "64", "value slots per PE (inputs, outputs, hidden nodes): a power of two, 2..4096"),
        new Setting("ACC", "48", "accumulator bits, 32 + log2(LINK_DEPTH)..64 (48 = the spec's Q27.20)"));
  }

  public static AdamConfig config(Map<String, String> overrides) {
    Settings s = new Settings("adam", new AdamDesign().defaults(), overrides);
    return new AdamConfig(s.integer("ROWS"), s.integer("COLS"), s.integer("LINK_DEPTH"), s.integer("NODE_DEPTH"),
        s.integer("VALUE_DEPTH"), s.integer("ACC"));
  }

  @Override
  public GeneratedDesign generate(Map<String, String> overrides) {
    AdamConfig c = config(overrides);
    return Hdl.generate(name(), new Settings(name(), defaults(), overrides).asMap(), () -> new AdamEngine(c));
  }
}
