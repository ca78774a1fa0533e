package plasticity.gen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code key=value} settings for one design (from {@code --set} or the defaults), read with
 * clear errors: an unknown key names the known ones, a malformed number names the key.
 */
public final class Settings {
  private final String design;
  private final Map<String, String> values;

  public Settings(String design, Map<String, String> defaults, Map<String, String> overrides) {
    this.design = design;
    for (String key : overrides.keySet()) {
      if (!defaults.containsKey(key)) {
        throw new ConfigException(design + ": unknown setting '" + key + "'; known settings: "
            + String.join(", ", new TreeSet<>(defaults.keySet())));
      }
    }
    this.values = new LinkedHashMap<>(defaults);
    this.values.putAll(overrides);
  }

  public int integer(String key) {
    String v = values.get(key);
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new ConfigException(design + ": " + key + "=" + v + " is not an integer");
    }
  }

  /** The integer {@code key}, or {@code derived} when it is not given (a setting whose default is empty). */
  public int integerOr(String key, int derived) {
    String v = values.get(key);
    return v == null || v.isBlank() ? derived : integer(key);
  }

  /** The settings as given, in declaration order, for headers and manifests. */
  public Map<String, String> asMap() {
    return java.util.Collections.unmodifiableMap(values);
  }

  /** Parses {@code key=value} strings as the CLI receives them. */
  public static Map<String, String> parse(List<String> pairs) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String p : pairs) {
      int eq = p.indexOf('=');
      if (eq <= 0) {
        throw new ConfigException("--set " + p + ": expected key=value, e.g. --set N=8");
      }
      out.put(p.substring(0, eq).trim(), p.substring(eq + 1).trim());
    }
    return out;
  }

  static void require(boolean ok, String message) {
    if (!ok) {
      throw new ConfigException(message);
    }
  }

  static boolean isPowerOfTwo(int v) {
    return v > 0 && (v & (v - 1)) == 0;
  }
}
