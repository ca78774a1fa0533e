package plasticity.gen.maeri;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import plasticity.gen.DesignSpec;
import plasticity.gen.Setting;
import plasticity.gen.Settings;
import plasticity.hdl.GeneratedDesign;
import plasticity.hdl.Hdl;

/** The MAERI accelerator as the design {@code maeri} (docs/spec/maeri.md, "Accelerator"). */
public final class AcceleratorDesign implements DesignSpec {
  public static final String NAME = "maeri";

  /**
   * The accelerator keeps a wave's sums in the accumulation buffer for about Q + 1 rows, until its
   * drains take them, so by default it takes room for rnBw sums a row over Q + 2 rows, at least 2N
   * (docs/spec/maeri.md, "Accumulation buffer").
   */
  private static final Setting ACCD = new Setting("ACCD", "", "accumulation-buffer entries: a power of two,"
      + " N..16N; when not given rnBw (Q + 2) rounded up to a power of two, at least 2N (waves in flight until"
      + " their drains, docs/spec/maeri.md)");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String summary() {
    return "MAERI accelerator: the fabric, weight/input/output buffers, configuration table, program memory and"
        + " the tile controller that replays a host-compiled program";
  }

  @Override
  public List<Setting> settings() {
    List<Setting> all = new ArrayList<>();
    for (Setting s : new FabricDesign(FabricDesign.FABRIC).settings()) {
      all.add(s.name().equals("ACCD") ? ACCD : s);
    }
    all.add(new Setting("WDEPTH", "256", "weight buffer entries: a power of two"));
    all.add(new Setting("IDEPTH", "256", "input buffer entries (the zero-padded input): a power of two"));
    all.add(new Setting("ODEPTH", "256", "output buffer entries: a power of two"));
    all.add(new Setting("PDEPTH", "1024", "program memory rows: a power of two"));
    all.add(new Setting("CDEPTH", "8", "configuration table entries: a power of two"));
    return all;
  }

  public static AcceleratorConfig config(Map<String, String> overrides) {
    return config(new Settings(NAME, new AcceleratorDesign().defaults(), overrides));
  }

  private static AcceleratorConfig config(Settings s) {
    // The default ACCD depends on the fabric's other settings: read them first with 2N entries.
    FabricConfig first = FabricDesign.config(s, 2 * s.integer("N"));
    FabricConfig fabric = FabricDesign.config(s, defaultAccDepth(first));
    return new AcceleratorConfig(fabric, s.integer("WDEPTH"), s.integer("IDEPTH"),
        s.integer("ODEPTH"), s.integer("PDEPTH"), s.integer("CDEPTH"));
  }

  /**
   * ACCD when not given: the golden model's rule (golden {@code FabricConfig.defaultAccDepth}, rnBw (Q + 2)
   * rounded up to a power of two, 2N..16N), stated once there; only N, the pipelining and rnBw count.
   */
  private static int defaultAccDepth(FabricConfig f) {
    return plasticity.golden.maeri.FabricConfig.defaultAccDepth(f.spec());
  }

  @Override
  public GeneratedDesign generate(Map<String, String> overrides) {
    Settings s = new Settings(NAME, defaults(), overrides);
    AcceleratorConfig c = config(s);
    return Hdl.generate(NAME, FabricDesign.header(s, c.fabric()), () -> new Accelerator(c));
  }
}
