package plasticity.gen.maeri;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import plasticity.gen.DesignSpec;
import plasticity.gen.Setting;
import plasticity.gen.Settings;
import plasticity.hdl.GeneratedDesign;
import plasticity.hdl.Hdl;

/**
 * The MAERI fabric as a design. It is registered twice: as {@code maeri-fabric}, its lasting
 * name, and as {@code maeri}, which it holds until the accelerator (the fabric with its buffers
 * and tile controller) takes that name (docs/spec/maeri.md, "Fabric").
 */
public final class FabricDesign implements DesignSpec {
  /** The fabric's lasting name. */
  public static final String FABRIC = "maeri-fabric";
  /** The accelerator's name, which the fabric holds for now. */
  public static final String MAERI = "maeri";

  private final String name;

  public FabricDesign(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String summary() {
    return "MAERI fabric: distribution network, multiplier switches, ART, collection bus, accumulation buffer"
        + (name.equals(MAERI) ? " (the fabric, until the accelerator takes this name)" : "");
  }

  @Override
  public List<Setting> settings() {
    return List.of(
        new Setting("N", "16", "multiplier switches: a power of two, 2..256"),
        new Setting("W", "8", "signed weight and activation width in bits, 2..32"),
        new Setting("ACC", "32", "product and ART sum width in bits, 2W..64; sums wrap at it"),
        new Setting("BUFW", "32", "accumulation-buffer entry width in bits, ACC..64; entries wrap at it"),
        new Setting("dnBw", "4", "DN trees, one root word per cycle each: a power of two, 1..N"),
        new Setting("dnPipe", "1", "a DN pipeline register after every dnPipe switch levels; 0 = none"),
        new Setting("rnBw", "4", "collection-bus lines, one result per cycle each: 1..N"),
        new Setting("rnPipe", "1", "an ART pipeline register after every rnPipe adder levels; 0 = none"),
        new Setting("ACCD", "", "accumulation-buffer entries: a power of two, N..16N; N when not given"
            + " (one wave's VNs; the accelerator maeri takes rnBw (Q + 2), at least 2N)"));
  }

  public static FabricConfig config(String design, Map<String, String> overrides) {
    Settings s = new Settings(design, new FabricDesign(design).defaults(), overrides);
    return config(s, s.integer("N"));
  }

  /**
   * The fabric of a design's settings (the accelerator's too: it has the fabric's), with
   * {@code defaultAccDepth} accumulation-buffer entries when ACCD is not given.
   */
  static FabricConfig config(Settings s, int defaultAccDepth) {
    return new FabricConfig(s.integer("N"), s.integer("W"), s.integer("ACC"), s.integer("BUFW"), s.integer("dnBw"),
        s.integer("dnPipe"), s.integer("rnBw"), s.integer("rnPipe"), s.integerOr("ACCD", defaultAccDepth));
  }

  /** The settings for the Verilog header: as given, with a derived ACCD written out. */
  static Map<String, String> header(Settings s, FabricConfig c) {
    Map<String, String> all = new LinkedHashMap<>(s.asMap());
    all.put("ACCD", Integer.toString(c.accDepth()));
    return all;
  }

  @Override
  public GeneratedDesign generate(Map<String, String> overrides) {
    Settings s = new Settings(name, defaults(), overrides);
    FabricConfig c = config(s, s.integer("N"));
    return Hdl.generate(name, header(s, c), () -> new Fabric(c));
  }
}
