package plasticity.gen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import plasticity.hdl.GeneratedDesign;

/** A design the tool can generate: its name, settings with defaults, and the generator. */
public interface DesignSpec {
  String name();

  String summary();

  /** The settings, in the order users read them. */
  List<Setting> settings();

  /** Validates the settings (a {@link ConfigException} before anything is built) and generates. */
  GeneratedDesign generate(Map<String, String> overrides);

  /** Setting name to default value, in declaration order. */
  default Map<String, String> defaults() {
    Map<String, String> d = new LinkedHashMap<>();
    settings().forEach(s -> d.put(s.name(), s.defaultValue()));
    return d;
  }
}
