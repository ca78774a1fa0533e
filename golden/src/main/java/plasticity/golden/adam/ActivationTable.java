package plasticity.golden.adam;

import java.util.function.DoubleUnaryOperator;
import plasticity.golden.fixed.Formats;
import plasticity.golden.neat.Activation;

/**
 * The piecewise-linear table of one of the activation unit's smooth functions, on the magnitude
 * of a Q5.10 input (docs/spec/adam.md, "Sigmoid and tanh"). The magnitude saturates at
 * {@link #MAX_MAGNITUDE} (just under 2.0); its top 6 bits pick one of 64 segments, its low 5 bits
 * interpolate between the segment's two knots, rounded half up. The 65 knots are the float
 * function at j/32, rounded half up to Q5.10 ({@link #knotValue}): a pure function of the
 * formula, which the RTL generator rebuilds from the spec.
 *
 * <p>The sign is handled by the caller through symmetry (sigmoid(-z) = 1 - sigmoid(z), tanh
 * odd), so the hardware stores one half of each function.
 */
public final class ActivationTable {
    /** Low bits of the magnitude that interpolate inside a segment. */
    public static final int FRACTION_BITS = 5;

    /** Segments: the magnitude's top bits, after saturation, index them. */
    public static final int SEGMENTS = 64;

    /** The magnitude saturates here: 2^11 - 1 raw, 2 - 2^-10; both functions round to 1.0 beyond 1.7. */
    public static final long MAX_MAGNITUDE = ((long) SEGMENTS << FRACTION_BITS) - 1;

    /** sigmoid(z) = 1 / (1 + exp(-5z)) on [0, 2], neat-python's scaling. */
    public static final ActivationTable SIGMOID = sampling(Activation.SIGMOID::apply);

    /** tanh(2.5 z) on [0, 2], neat-python's scaling. */
    public static final ActivationTable TANH = sampling(Activation.TANH::apply);

    private final long[] knots;

    private ActivationTable(long[] knots) {
        this.knots = knots;
    }

    /** The table of {@code f}: knot j is {@link #knotValue}(f, j) for j = 0..64. */
    static ActivationTable sampling(DoubleUnaryOperator f) {
        long[] k = new long[SEGMENTS + 1];
        for (int j = 0; j <= SEGMENTS; j++) {
            k[j] = knotValue(f, j);
        }
        return new ActivationTable(k);
    }

    /**
     * Knot j: {@code f} evaluated in double at the sample point j / 32 (exact), then rounded half
     * up to Q5.10 in exact arithmetic ({@code floor(1024 f + 1/2)}, as every conversion of a
     * double in docs/spec/fixed-point.md).
     */
    static long knotValue(DoubleUnaryOperator f, int j) {
        double samplePoint = j / (double) (1 << FRACTION_BITS);
        return Formats.ACTIVATION.fromDouble(f.applyAsDouble(samplePoint));
    }

    /** Knot j (0..64), a raw Q5.10 value. */
    public long knot(int j) {
        return knots[j];
    }

    /**
     * The function at Q5.10 magnitude {@code magnitudeRaw} >= 0: saturate to 2047, segment i =
     * m >> 5, offset f = m & 31, value K[i] + floor(((K[i+1] - K[i]) f + 16) / 32).
     */
    public long atMagnitude(long magnitudeRaw) {
        if (magnitudeRaw < 0) {
            throw new IllegalArgumentException("a magnitude is not negative, got " + magnitudeRaw);
        }
        long m = Math.min(magnitudeRaw, MAX_MAGNITUDE);
        int segment = (int) (m >> FRACTION_BITS);
        long offset = m & ((1L << FRACTION_BITS) - 1);
        long rise = knots[segment + 1] - knots[segment];
        long half = 1L << (FRACTION_BITS - 1);
        // An arithmetic shift: floor, so this is round half up whatever the sign of the rise.
        return knots[segment] + ((rise * offset + half) >> FRACTION_BITS);
    }
}
