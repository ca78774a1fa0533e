package plasticity.golden.adam;

import java.util.Optional;
import plasticity.golden.fixed.Formats;
import plasticity.golden.neat.Activation;

/**
 * The functions of ADAM's activation unit and their 4-bit codes in the gene format
 * (docs/spec/adam.md, "Activation codes"): Q5.10 in, Q5.10 out. Identity, relu and clamped are
 * exact; sigmoid and tanh go through an {@link ActivationTable} on the input's magnitude and
 * symmetry. Codes 5..15 are reserved.
 */
public enum AdamActivation {
    IDENTITY(0, Activation.IDENTITY, 1.0, 0.0) {
        @Override
        long compute(long x) {
            return x;
        }
    },
    RELU(1, Activation.RELU, 1.0, 0.0) {
        @Override
        long compute(long x) {
            return Math.max(x, 0);
        }
    },
    CLAMPED(2, Activation.CLAMPED, 1.0, 0.0) {
        @Override
        long compute(long x) {
            return Math.max(-ONE, Math.min(ONE, x));
        }
    },
    /** sigmoid(-z) = 1 - sigmoid(z): the table holds z >= 0. */
    SIGMOID(3, Activation.SIGMOID, 1.25, 0.000954) {
        @Override
        long compute(long x) {
            return x >= 0 ? ActivationTable.SIGMOID.atMagnitude(x) : ONE - ActivationTable.SIGMOID.atMagnitude(-x);
        }
    },
    /** tanh is odd: the table holds z >= 0. */
    TANH(4, Activation.TANH, 2.5, 0.000988) {
        @Override
        long compute(long x) {
            return x >= 0 ? ActivationTable.TANH.atMagnitude(x) : -ActivationTable.TANH.atMagnitude(-x);
        }
    };

    /** 1.0 in Q5.10. */
    static final long ONE = 1L << Formats.ACTIVATION.fractionBits();

    /** Codes 0..15 fit the gene format's 4-bit activation field. */
    public static final int CODE_COUNT = 16;

    private final int code;
    private final Activation neat;
    private final double lipschitz;
    private final double maxError;

    AdamActivation(int code, Activation neat, double lipschitz, double maxError) {
        this.code = code;
        this.neat = neat;
        this.lipschitz = lipschitz;
        this.maxError = maxError;
    }

    abstract long compute(long x);

    /** The unit's output for a raw Q5.10 pre-activation, a raw Q5.10 value. */
    public long apply(long preActivationRaw) {
        if (!Formats.ACTIVATION.fits(preActivationRaw)) {
            throw new IllegalArgumentException(this + ": " + preActivationRaw + " is not a raw "
                    + Formats.ACTIVATION);
        }
        return compute(preActivationRaw);
    }

    /** The 4-bit code of the gene format. */
    public int code() {
        return code;
    }

    /** neat-python's function that this one computes in fixed point. */
    public Activation neat() {
        return neat;
    }

    /** The float function's largest slope: how much an input error can grow through it. */
    public double lipschitz() {
        return lipschitz;
    }

    /**
     * The documented bound on |unit - float function| over every Q5.10 input
     * (docs/spec/adam.md, "Error of the activation unit"); 0 for the exact functions.
     */
    public double maxError() {
        return maxError;
    }

    /** The function with this 4-bit code; reserved and out-of-range codes are refused. */
    public static AdamActivation fromCode(int code) {
        if (code < 0 || code >= CODE_COUNT) {
            throw new IllegalArgumentException("activation code " + code + " is not a 4-bit code (0..15)");
        }
        for (AdamActivation a : values()) {
            if (a.code == code) {
                return a;
            }
        }
        throw new IllegalArgumentException("activation code " + code + " is reserved: the activation unit "
                + "implements " + implemented() + " (docs/spec/adam.md, \"Activation codes\")");
    }

    /** The unit's function for neat-python's {@code neat}, if the unit implements it. */
    public static Optional<AdamActivation> of(Activation neat) {
        for (AdamActivation a : values()) {
            if (a.neat == neat) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** "0 identity, 1 relu, ...": for error messages. */
    static String implemented() {
        StringBuilder s = new StringBuilder();
        for (AdamActivation a : values()) {
            s.append(s.length() == 0 ? "" : ", ").append(a.code).append(' ').append(a.neat.configName());
        }
        return s.toString();
    }

    @Override
    public String toString() {
        return neat.configName();
    }
}
