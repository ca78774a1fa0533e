package plasticity.gen;

import java.util.Map;
import plasticity.hdl.GeneratedDesign;

/** A design the tool can generate: its name, settings with defaults, and the generator. */
public interface DesignSpec {
  String name();

  String summary();

  /** Setting name to default value, in the order users read them. */
  Map<String, String> defaults();

  /** One line per setting: what it means and what values are valid. */
  Map<String, String> help();

  /** Validates the settings (a {@link ConfigException} before anything is built) and generates. */
  GeneratedDesign generate(Map<String, String> overrides);
}
