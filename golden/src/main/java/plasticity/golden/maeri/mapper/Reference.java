package plasticity.golden.maeri.mapper;

/**
 * The plain nested-loop convolution the fabric's outputs are checked against: for every filter,
 * output row and column, the sum over channels and filter rows and columns of weight times input,
 * with zeros outside the input, skipping pruned weights (which are zero anyway). Exact: 64-bit
 * sums of W-bit products within the fan-in bound.
 */
public final class Reference {

    private Reference() {
    }

    /**
     * Outputs {@code [k][x'][y']} of {@code layer} for inputs {@code [c][x][y]} and weights
     * {@code [k][c][r][s]}.
     */
    public static long[] outputs(Layer layer, long[] inputs, long[] weights) {
        ConvShape l = layer.shape();
        boolean[] kept = layer.kept();
        long[] out = new long[l.k() * l.xo() * l.yo()];
        for (int k = 0; k < l.k(); k++) {
            for (int xo = 0; xo < l.xo(); xo++) {
                for (int yo = 0; yo < l.yo(); yo++) {
                    long sum = 0;
                    for (int c = 0; c < l.c(); c++) {
                        for (int r = 0; r < l.r(); r++) {
                            for (int s = 0; s < l.s(); s++) {
                                int w = ((k * l.c() + c) * l.r() + r) * l.s() + s;
                                int row = xo * l.stride() + r - l.pad();
                                int col = yo * l.stride() + s - l.pad();
                                if ((kept == null || kept[w]) && row >= 0 && row < l.x()
                                        && col >= 0 && col < l.y()) {
                                    sum += weights[w] * inputs[(c * l.x() + row) * l.y() + col];
                                }
                            }
                        }
                    }
                    out[(k * l.xo() + xo) * l.yo() + yo] = sum;
                }
            }
        }
        return out;
    }
}
