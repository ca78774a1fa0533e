package plasticity.golden.maeri.mapper;

/**
 * The baseline MAERI is compared with: a weight-stationary systolic array of the same N
 * multipliers, rows x cols (docs/spec/maeri.md, "Systolic baseline"), costed analytically as
 * SCALE-Sim does (Samajdar et al., "SCALE-Sim: Systolic CNN Accelerator Simulator",
 * arXiv:1811.02883, and its WS dataflow in scalesim-project/scale-sim-v2,
 * {@code scalesim/compute/systolic_compute_ws.py}).
 *
 * <p>The layer is the matrix product of its im2col input (T = X'Y' rows of RSC values) and its
 * filters (RSC x K). A fold pins an RSC-tile of {@code rows} by a K-tile of {@code cols} weights
 * in the array; the T input rows stream in from the left, skewed one cycle per array row, and
 * the partial sums flow down and leave at the bottom. One fold takes {@code rows} cycles to load
 * its weights and {@code rows + cols + T - 2} to stream and drain, so the layer takes
 * {@code ceil(RSC / rows) * ceil(K / cols) * (2 rows + cols + T - 2)} cycles. The array's edges
 * are its bandwidth (rows words in, cols sums out per cycle); folds do not overlap, partial sums
 * of the RSC folds add up outside the array, and zeros are multiplied like any weight, so a
 * pruned layer costs what the dense one does.
 *
 * @param rows rows of multipliers (the RSC tile)
 * @param cols columns (the K tile)
 */
public record SystolicArray(int rows, int cols) {

    public SystolicArray {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("a systolic array needs at least 1 x 1 multipliers");
        }
    }

    /** sqrt(N) x sqrt(N) when N is a power of four, else 2 sqrt(N/2) rows by sqrt(N/2) columns. */
    public static SystolicArray of(int n) {
        if (n < 1 || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("N = " + n + " is not a power of two");
        }
        int log = Integer.numberOfTrailingZeros(n);
        int rows = 1 << ((log + 1) / 2);
        return new SystolicArray(rows, n / rows);
    }

    /** The multipliers. */
    public int n() {
        return rows * cols;
    }

    /** The folds of a layer: RSC tiles times K tiles. */
    public long folds(ConvShape l) {
        return PassPlan.ceil(l.fanIn(), rows) * PassPlan.ceil(l.k(), cols);
    }

    /** The cycles of a layer (pruned weights are computed all the same). */
    public long cycles(ConvShape l) {
        return folds(l) * (2L * rows + cols + l.positions() - 2);
    }

    /** The layer's useful products (kept weights) over N times its cycles. */
    public double utilization(Layer layer) {
        return (double) Taps.of(layer).macs() / ((double) n() * cycles(layer.shape()));
    }

    /** "8 x 8". */
    public String describe() {
        return rows + " x " + cols;
    }
}
