package plasticity.golden.maeri.mapper;

/**
 * Each filter's kept weights, as taps in (c, r, s) order: what its virtual neurons are cut
 * from (docs/spec/maeri.md, "Mapper"). A dense layer shares one list between all filters.
 */
final class Taps {

    final ConvShape shape;
    /** Per filter, its kept taps in increasing order. */
    final int[][] perFilter;
    /** Whether every filter keeps every tap (then all share one array). */
    final boolean dense;

    private Taps(ConvShape shape, int[][] perFilter, boolean dense) {
        this.shape = shape;
        this.perFilter = perFilter;
        this.dense = dense;
    }

    static Taps of(Layer layer) {
        ConvShape shape = layer.shape();
        boolean[] kept = layer.kept();
        int fanIn = shape.fanIn();
        int[][] perFilter = new int[shape.k()][];
        if (kept == null) {
            int[] all = new int[fanIn];
            for (int t = 0; t < fanIn; t++) {
                all[t] = t;
            }
            java.util.Arrays.fill(perFilter, all);
            return new Taps(shape, perFilter, true);
        }
        for (int k = 0; k < shape.k(); k++) {
            int count = 0;
            for (int t = 0; t < fanIn; t++) {
                count += kept[k * fanIn + t] ? 1 : 0;
            }
            int[] taps = new int[count];
            int n = 0;
            for (int t = 0; t < fanIn; t++) {
                if (kept[k * fanIn + t]) {
                    taps[n++] = t;
                }
            }
            perFilter[k] = taps;
        }
        return new Taps(shape, perFilter, false);
    }

    /** The most taps any filter keeps. */
    int maxPerFilter() {
        int max = 0;
        for (int[] taps : perFilter) {
            max = Math.max(max, taps.length);
        }
        return max;
    }

    /** All kept weights. */
    long total() {
        long total = 0;
        for (int[] taps : perFilter) {
            total += taps.length;
        }
        return total;
    }

    /** Filters that keep at least one tap: the ones whose outputs need a sum. */
    int liveFilters() {
        int live = 0;
        for (int[] taps : perFilter) {
            live += taps.length > 0 ? 1 : 0;
        }
        return live;
    }

    /** The products the layer needs: kept weights times output positions (padding included). */
    long macs() {
        return total() * shape.positions();
    }

    /** The same layer with filter k keeping only {@code kept[k]} (sorted, a subset of its taps). */
    Taps subset(int[][] kept) {
        return new Taps(shape, kept, false);
    }
}
