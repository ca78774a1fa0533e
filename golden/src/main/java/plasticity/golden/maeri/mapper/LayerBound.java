package plasticity.golden.maeri.mapper;

/**
 * Lower bounds on the cycles of a layer that hold for every mapping (docs/spec/maeri.md,
 * "Bounds"): the products at N per cycle; every kept weight and every input a kept weight
 * touches entering at dnBw words per cycle, once each; every output leaving at rnBw per cycle,
 * once each; each plus the fabric's tail.
 *
 * @param compute ceil(MACs / N) + tail
 * @param dn      ceil((kept weights + inputs used) / dnBw) + tail
 * @param rn      ceil(outputs / rnBw) + tail
 */
public record LayerBound(long compute, long dn, long rn) {

    /** The bounds of {@code layer} on {@code fabric}. */
    public static LayerBound of(Fabric fabric, Layer layer) {
        Taps taps = Taps.of(layer);
        ConvShape l = taps.shape;
        long words = taps.total() + usedInputs(taps);
        long outputs = taps.liveFilters() * l.positions();
        return new LayerBound(PassPlan.ceil(taps.macs(), fabric.n()) + fabric.tail(),
                PassPlan.ceil(words, fabric.dnBw()) + fabric.tail(),
                PassPlan.ceil(outputs, fabric.rnBw()) + fabric.tail());
    }

    /** The largest of the three. */
    public long value() {
        return Math.max(compute, Math.max(dn, rn));
    }

    /** Which resource gives it. */
    public Bound bound() {
        return Bound.of(compute, dn, rn);
    }

    /** Inputs (padding excluded) that at least one kept weight multiplies. */
    static long usedInputs(Taps taps) {
        ConvShape l = taps.shape;
        int perChannel = l.r() * l.s();
        boolean[] offsets = new boolean[l.c() * perChannel];
        for (int[] filter : taps.perFilter) {
            for (int tap : filter) {
                offsets[tap] = true;
            }
            if (taps.dense) {
                break;
            }
        }
        long used = 0;
        boolean[] grid = new boolean[l.x() * l.y()];
        for (int c = 0; c < l.c(); c++) {
            java.util.Arrays.fill(grid, false);
            for (int o = 0; o < perChannel; o++) {
                if (!offsets[c * perChannel + o]) {
                    continue;
                }
                int r = o / l.s();
                int s = o % l.s();
                for (int xo = 0; xo < l.xo(); xo++) {
                    int row = xo * l.stride() + r - l.pad();
                    if (row < 0 || row >= l.x()) {
                        continue;
                    }
                    for (int yo = 0; yo < l.yo(); yo++) {
                        int col = yo * l.stride() + s - l.pad();
                        if (col >= 0 && col < l.y()) {
                            grid[row * l.y() + col] = true;
                        }
                    }
                }
            }
            for (boolean g : grid) {
                used += g ? 1 : 0;
            }
        }
        return used;
    }
}
