package plasticity.golden.neat.standard;

import java.util.List;
import plasticity.golden.neat.Rng;
import plasticity.golden.neat.config.BoolAttributeConfig;
import plasticity.golden.neat.config.ChoiceAttributeConfig;
import plasticity.golden.neat.config.FloatAttributeConfig;

/**
 * Gene attribute init and mutation, neat-python v0.92 {@code neat/attributes.py}, draw for draw
 * (docs/spec/neat.md, "Attributes").
 */
final class Attributes {

    private Attributes() {
    }

    /** FloatAttribute.init_value: clamp(gauss(mean, sd)), or uniform on mean +- 2 sd within the bounds. */
    static double init(FloatAttributeConfig c, Rng rng) {
        if (c.initType() == FloatAttributeConfig.InitType.GAUSSIAN) {
            return c.clamp(rng.gauss(c.initMean(), c.initStdev()));
        }
        double lo = Math.max(c.minValue(), c.initMean() - 2 * c.initStdev());
        double hi = Math.min(c.maxValue(), c.initMean() + 2 * c.initStdev());
        return rng.uniform(lo, hi);
    }

    /**
     * FloatAttribute.mutate_value: always one draw r; r < mutate_rate perturbs by
     * gauss(0, mutate_power) and clamps; r < mutate_rate + replace_rate re-initialises.
     */
    static double mutate(double value, FloatAttributeConfig c, Rng rng) {
        double r = rng.random();
        if (r < c.mutateRate()) {
            return c.clamp(value + rng.gauss(0.0, c.mutatePower()));
        }
        if (r < c.replaceRate() + c.mutateRate()) {
            return init(c, rng);
        }
        return value;
    }

    static boolean init(BoolAttributeConfig c, Rng rng) {
        return switch (c.defaultValue()) {
            case TRUE -> true;
            case FALSE -> false;
            case RANDOM -> rng.random() < 0.5;
        };
    }

    /**
     * BoolAttribute.mutate_value: rate = mutate_rate + (rate_to_false_add if value else
     * rate_to_true_add); when rate > 0, one draw, and on a hit a fair coin gives the new value
     * (so a hit changes the value only half the time, as in neat-python).
     */
    static boolean mutate(boolean value, BoolAttributeConfig c, Rng rng) {
        double rate = c.mutateRate() + (value ? c.rateToFalseAdd() : c.rateToTrueAdd());
        if (rate > 0 && rng.random() < rate) {
            return rng.random() < 0.5;
        }
        return value;
    }

    static <T> T init(ChoiceAttributeConfig<T> c, Rng rng) {
        return c.defaultValue().isPresent() ? c.defaultValue().get() : rng.choice(c.options());
    }

    /** StringAttribute.mutate_value: no draw at all when the rate is 0. */
    static <T> T mutate(T value, ChoiceAttributeConfig<T> c, Rng rng) {
        if (c.mutateRate() > 0 && rng.random() < c.mutateRate()) {
            List<T> options = c.options();
            return rng.choice(options);
        }
        return value;
    }
}
