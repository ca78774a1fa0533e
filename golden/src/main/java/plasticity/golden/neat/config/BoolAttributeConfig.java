package plasticity.golden.neat.config;

/**
 * A boolean gene attribute (enabled): neat-python's {@code BoolAttribute} keys
 * {@code <name>_default, _mutate_rate, _rate_to_true_add, _rate_to_false_add}.
 */
public record BoolAttributeConfig(String name, Default defaultValue, double mutateRate,
        double rateToTrueAdd, double rateToFalseAdd) {

    /** {@code true/1/on/yes}, {@code false/0/off/no}, or {@code random/none} (a fair coin). */
    public enum Default { TRUE, FALSE, RANDOM }

    public BoolAttributeConfig {
        if (defaultValue == null) {
            throw new IllegalArgumentException(name + "_default is missing");
        }
        Probability.require(name + "_mutate_rate", mutateRate);
        Probability.require(name + "_rate_to_true_add", rateToTrueAdd);
        Probability.require(name + "_rate_to_false_add", rateToFalseAdd);
    }
}
