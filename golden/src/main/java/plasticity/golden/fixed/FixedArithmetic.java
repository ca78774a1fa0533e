package plasticity.golden.fixed;

/**
 * The arithmetic a MAC datapath does on these formats (docs/spec/fixed-point.md, "Operations"),
 * written once so that ADAM's golden model and its RTL follow the same text.
 */
public final class FixedArithmetic {
    private FixedArithmetic() {}

    /** The exact product of a weight and an activation, in {@link Formats#PRODUCT}. */
    public static long multiply(long weightRaw, long activationRaw) {
        require(Formats.WEIGHT, weightRaw);
        require(Formats.ACTIVATION, activationRaw);
        return weightRaw * activationRaw;
    }

    /**
     * The exact sum of products in {@link Formats#ACCUMULATOR}; more than
     * {@link Formats#MAX_FAN_IN} terms is refused, since the format is sized for that.
     */
    public static long dot(long[] weightsRaw, long[] activationsRaw) {
        if (weightsRaw.length != activationsRaw.length) {
            throw new IllegalArgumentException("dot of " + weightsRaw.length + " weights and "
                    + activationsRaw.length + " activations");
        }
        if (weightsRaw.length > Formats.MAX_FAN_IN) {
            throw new IllegalArgumentException("fan-in " + weightsRaw.length + " exceeds the accumulator's "
                    + Formats.MAX_FAN_IN);
        }
        long acc = 0;
        for (int i = 0; i < weightsRaw.length; i++) {
            acc += multiply(weightsRaw[i], activationsRaw[i]);
        }
        return acc;
    }

    /**
     * One neuron's pre-activation, neat-python's {@code bias + response * sum(w * x)} in this
     * order: the dot product (exact), narrowed to an activation; times the response (exact); plus
     * the bias aligned to the product scale (exact); narrowed to an activation. Two roundings,
     * each half up then saturated.
     */
    public static long preActivation(long biasRaw, long responseRaw, long[] weightsRaw, long[] activationsRaw) {
        return preActivationOfSum(biasRaw, responseRaw, dot(weightsRaw, activationsRaw));
    }

    /**
     * {@link #preActivation} from the exact sum of products {@code sumRaw} (accumulator format):
     * what a MAC datapath does once its accumulator holds the whole sum.
     */
    public static long preActivationOfSum(long biasRaw, long responseRaw, long sumRaw) {
        require(Formats.WEIGHT, biasRaw);
        require(Formats.ACCUMULATOR, sumRaw);
        long sum = Formats.ACTIVATION.narrowFrom(sumRaw, Formats.ACCUMULATOR);
        long scaled = multiply(responseRaw, sum);
        long withBias = scaled + (biasRaw << (Formats.PRODUCT.fractionBits() - Formats.WEIGHT.fractionBits()));
        return Formats.ACTIVATION.narrowFrom(withBias, Formats.PRODUCT);
    }

    private static void require(QFormat f, long raw) {
        if (!f.fits(raw)) {
            throw new IllegalArgumentException(raw + " is not a raw " + f);
        }
    }
}
