package plasticity.gen;

/** A configuration value a generator cannot build: says which, why, and what is allowed. */
public final class ConfigException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }
}
