package plasticity.golden.maeri.mapper;

/**
 * The loop nest every layer is lowered to (docs/spec/maeri.md, "Mapper"): K filters of
 * R x S x C weights slide over a C x X x Y input with a stride and a zero padding, giving a
 * K x X' x Y' output. A fully connected layer is the case R = S = X = 1, Y = the batch.
 *
 * <p>Flat layouts, row-major: input {@code [c][x][y]}, weights {@code [k][c][r][s]}, output
 * {@code [k][x'][y']}. A weight's <em>tap</em> is its index within its filter,
 * {@code (c * R + r) * S + s}.
 *
 * @param r      filter rows
 * @param s      filter columns
 * @param c      input channels
 * @param k      filters (output channels)
 * @param x      input rows
 * @param y      input columns
 * @param stride the step of the window, in both directions
 * @param pad    zero rows and columns added on every side of the input
 */
public record ConvShape(int r, int s, int c, int k, int x, int y, int stride, int pad) {

    /** The most filters a layer may have (the mapper numbers them in 20 bits). */
    public static final int MAX_FILTERS = (1 << 20) - 1;
    /** The most weights a filter may have (the mapper numbers taps in 23 bits). */
    public static final int MAX_FAN_IN = (1 << 23) - 1;

    public ConvShape {
        positive("R", r);
        positive("S", s);
        positive("C", c);
        positive("K", k);
        positive("X", x);
        positive("Y", y);
        positive("stride", stride);
        if (pad < 0) {
            throw new IllegalArgumentException("padding " + pad + " is negative: give 0 or more");
        }
        if (x + 2L * pad < r || y + 2L * pad < s) {
            throw new IllegalArgumentException("a " + r + "x" + s + " filter does not fit the "
                    + x + "x" + y + " input with padding " + pad
                    + ": the output would be empty");
        }
        if ((long) r * s * c > MAX_FAN_IN || k > MAX_FILTERS
                || (long) c * (x + 2L * pad) * (y + 2L * pad) > Integer.MAX_VALUE / 2
                || (long) k * x * y > Integer.MAX_VALUE / 2
                || (long) k * r * s * c > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("layer R=" + r + " S=" + s + " C=" + c + " K=" + k
                    + " X=" + x + " Y=" + y + " is too large for this model: at most " + MAX_FILTERS
                    + " filters of at most " + MAX_FAN_IN + " weights, and tensors of at most 2^30"
                    + " values");
        }
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + "=" + value + " must be at least 1");
        }
    }

    /** X' = (X + 2 pad - R) / stride + 1, the output rows. */
    public int xo() {
        return (x + 2 * pad - r) / stride + 1;
    }

    /** Y' = (Y + 2 pad - S) / stride + 1, the output columns. */
    public int yo() {
        return (y + 2 * pad - s) / stride + 1;
    }

    /** Rows of the zero-padded input. */
    public int xp() {
        return x + 2 * pad;
    }

    /** Columns of the zero-padded input. */
    public int yp() {
        return y + 2 * pad;
    }

    /** C R S, the weights of one filter (its taps). */
    public int fanIn() {
        return c * r * s;
    }

    /** Output positions per filter, X' Y'. */
    public long positions() {
        return (long) xo() * yo();
    }

    /** The tap's channel. */
    public int tapC(int tap) {
        return tap / (r * s);
    }

    /** The tap's filter row. */
    public int tapR(int tap) {
        return tap / s % r;
    }

    /** The tap's filter column. */
    public int tapS(int tap) {
        return tap % s;
    }

    /** Index of input (c, row, col) in the flat input, or -1 in the padding. */
    public int inputIndex(int ch, int row, int col) {
        int ir = row - pad;
        int ic = col - pad;
        if (ir < 0 || ir >= x || ic < 0 || ic >= y) {
            return -1;
        }
        return (ch * x + ir) * y + ic;
    }

    /** Index of (c, row, col) in the zero-padded input {@code [c][X+2P][Y+2P]}. */
    public long paddedIndex(long ch, long row, long col) {
        return (ch * xp() + row) * yp() + col;
    }

    /**
     * The DN word a leaf multiplying {@code tap} needs for output (x', y'): its input's index in
     * the zero-padded input.
     */
    public long tapWord(int tap, long xo, long yo) {
        return paddedIndex(tapC(tap), xo * stride + tapR(tap), yo * stride + tapS(tap));
    }

    /**
     * The zero-padded input {@code [c][X+2P][Y+2P]} of a flat input {@code [c][X][Y]}, followed by
     * {@code extra} zero words: the words the DN sends are its indices.
     */
    public long[] padded(long[] inputs, int extra) {
        long[] image = new long[c * xp() * yp() + extra];
        for (int ch = 0; ch < c; ch++) {
            for (int row = 0; row < xp(); row++) {
                for (int col = 0; col < yp(); col++) {
                    int at = inputIndex(ch, row, col);
                    image[(int) paddedIndex(ch, row, col)] = at < 0 ? 0 : inputs[at];
                }
            }
        }
        return image;
    }

    /** Index of output (k, x', y') in the flat output. */
    public int outputIndex(int filter, int row, int col) {
        return (filter * xo() + row) * yo() + col;
    }
}
