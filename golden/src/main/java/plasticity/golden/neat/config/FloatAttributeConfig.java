package plasticity.golden.neat.config;

/**
 * A float gene attribute (bias, response, weight): neat-python's {@code FloatAttribute} keys
 * {@code <name>_init_mean, _init_stdev, _init_type, _min_value, _max_value, _mutate_power,
 * _mutate_rate, _replace_rate}.
 *
 * @param initType gaussian (clamped normal) or uniform on [max(min, mean-2sd), min(max, mean+2sd)]
 */
public record FloatAttributeConfig(String name, double initMean, double initStdev, InitType initType,
        double minValue, double maxValue, double mutatePower, double mutateRate, double replaceRate) {

    public enum InitType { GAUSSIAN, UNIFORM }

    public FloatAttributeConfig {
        requireFinite(name + "_init_mean", initMean);
        if (!(initStdev >= 0) || Double.isInfinite(initStdev)) {
            throw new IllegalArgumentException(name + "_init_stdev = " + initStdev + " must be >= 0");
        }
        requireFinite(name + "_min_value", minValue);
        requireFinite(name + "_max_value", maxValue);
        if (minValue > maxValue) {
            throw new IllegalArgumentException(name + "_min_value = " + minValue
                    + " is above " + name + "_max_value = " + maxValue);
        }
        if (!(mutatePower >= 0) || Double.isInfinite(mutatePower)) {
            throw new IllegalArgumentException(name + "_mutate_power = " + mutatePower + " must be >= 0");
        }
        Probability.require(name + "_mutate_rate", mutateRate);
        Probability.require(name + "_replace_rate", replaceRate);
        if (initType == null) {
            throw new IllegalArgumentException(name + "_init_type is missing");
        }
    }

    /** Python's max(min(value, max_value), min_value). */
    public double clamp(double value) {
        return Math.max(Math.min(value, maxValue), minValue);
    }

    private static void requireFinite(String key, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(key + " = " + v + " must be a finite number");
        }
    }
}
