package plasticity.golden.fixed;

/**
 * The fixed-point formats of the hardware (docs/spec/fixed-point.md, "Formats"): what ADAM
 * computes with and what EvE's 8-bit codes mean.
 */
public final class Formats {
    private Formats() {}

    /** Weights, biases and responses: Q5.10, range [-32, 32), covering neat-python's +-30 clamps. */
    public static final QFormat WEIGHT = new QFormat("weight", 5, 10, true);

    /** Network inputs and neuron outputs between layers: Q5.10, as weights. */
    public static final QFormat ACTIVATION = new QFormat("activation", 5, 10, true);

    /** The exact product of two Q5.10 values: Q10.20, 31 bits of a 32-bit word. */
    public static final QFormat PRODUCT = new QFormat("product", 10, 20, true);

    /**
     * The accumulator: Q27.20, 48 bits. A product is at most 2^10 in magnitude, so 2^15 of them
     * sum to at most 2^25 < 2^27: accumulation never overflows for a fan-in up to 32768, and needs
     * no saturation; the only rounding is when the sum is narrowed.
     */
    public static final QFormat ACCUMULATOR = new QFormat("accumulator", 27, 20, true);

    /** EvE's per-event rate codes: UQ0.8, probability code/256 (docs/spec/fixed-point.md, "Rates"). */
    public static final QFormat RATE8 = new QFormat("rate", 0, 8, false);

    /** The largest fan-in the accumulator is sized for. */
    public static final int MAX_FAN_IN = 1 << 15;

    /**
     * Whether an event of 8-bit rate {@code rateCode} fires for the uniform 8-bit draw
     * {@code random8}: {@code random8 < rateCode}. Code 0 never fires; code 255 fires 255/256 of
     * the time; the probability is exactly code/256.
     */
    public static boolean fires(int random8, int rateCode) {
        if (random8 < 0 || random8 > 255 || rateCode < 0 || rateCode > 255) {
            throw new IllegalArgumentException("8-bit draw and rate expected, got " + random8 + ", " + rateCode);
        }
        return random8 < rateCode;
    }

    /** The 8-bit rate code nearest probability {@code p} in [0, 255/256]. */
    public static int rateCode(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("a probability is in [0, 1], got " + p);
        }
        return (int) RATE8.fromDouble(p);
    }
}
