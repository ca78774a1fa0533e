package plasticity.gen.blocks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import plasticity.gen.DesignSpec;
import plasticity.gen.Setting;
import plasticity.gen.Settings;
import plasticity.hdl.GeneratedDesign;
import plasticity.hdl.Hdl;

/** {@code fifo}: DEPTH, WIDTH, ALMOST_FULL, ALMOST_EMPTY. */
public final class FifoDesign implements DesignSpec {
  @Override
  public String name() {
    return "fifo";
  }

  @Override
  public List<Setting> settings() {
    return List.of(
        new Setting("DEPTH", "16", "words stored: a power of two, 2..65536"),
        new Setting("WIDTH", "32", "bits per word, 1..64 (a Verilog parameter of the module)"),
        new Setting("ALMOST_FULL", "", "almost_full when count >= this, 1..DEPTH (default DEPTH-1)"),
        new Setting("ALMOST_EMPTY", "1", "almost_empty when count <= this, 0..DEPTH-1"));
  }


  @Override
  public String summary() {
    return "synchronous first-word-fall-through FIFO with full/empty/almost flags";
  }



  public static FifoConfig config(Map<String, String> overrides) {
    Settings s = settings(overrides);
    int depth = s.integer("DEPTH");
    return new FifoConfig(depth, s.integer("WIDTH"), s.integer("ALMOST_FULL"), s.integer("ALMOST_EMPTY"));
  }

  /** The settings with ALMOST_FULL's default (DEPTH-1) filled in. */
  private static Settings settings(Map<String, String> overrides) {
    Settings raw = new Settings("fifo", new FifoDesign().defaults(), overrides);
    Map<String, String> filled = new LinkedHashMap<>(overrides);
    if (raw.asMap().get("ALMOST_FULL").isEmpty()) {
      filled.put("ALMOST_FULL", String.valueOf(Math.max(1, raw.integer("DEPTH") - 1)));
    }
    return new Settings("fifo", new FifoDesign().defaults(), filled);
  }

  @Override
  public GeneratedDesign generate(Map<String, String> overrides) {
    FifoConfig c = config(overrides);
    return Hdl.generate(name(), settings(overrides).asMap(), () -> new Fifo(c));
  }
}
