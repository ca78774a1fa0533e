package plasticity.gen;

/**
 * One setting of a design.
 *
 * @param defaultValue the value when none is given; empty when derived from other settings
 * @param help what it means and which values are valid
 */
public record Setting(String name, String defaultValue, String help) {}
