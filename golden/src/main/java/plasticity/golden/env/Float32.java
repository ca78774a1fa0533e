package plasticity.golden.env;

/**
 * Gymnasium returns observations as {@code np.array(..., dtype=np.float32)}; this is that
 * rounding (IEEE round to nearest even, as Java's {@code (float)} cast), widened back to double
 * so every observation is a {@code double[]} that holds float32 values exactly.
 */
final class Float32 {

    private Float32() {
    }

    static double round(double x) {
        return (float) x;
    }

    static double[] observation(double... values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = round(values[i]);
        }
        return out;
    }
}
