package plasticity.golden.maeri.mapper;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One pass: the VNs laid side by side on the multiplier switches from leaf 0 (docs/spec/maeri.md,
 * "Mapper"), each a chunk of one filter computing one replica's output positions, and the tap
 * each leaf multiplies.
 */
final class PassLayout {

    /** The pass's chunks in order: filter {@code chunks[2j]}, chunk {@code chunks[2j+1]}. */
    final int[] chunks;
    final int leaves;
    final int[] vnSize;
    final int[] vnFilter;
    final int[] vnRep;
    final int[] leafTap;
    final int[] leafFilter;
    final int[] leafRep;
    final int[] leafVn;
    /**
     * An idle leaf of a VN's slot (after its taps, {@link Mapping#slot}): it multiplies nothing,
     * and its product is made 0 once per pass so that its VN's sum is its taps' alone.
     */
    final boolean[] leafIdle;
    /** The weight each leaf holds: its index in the layer's {@code [k][c][r][s]} (0 for an idle leaf). */
    final long[] leafWeight;
    /** The activation word each leaf needs at column step 0 of row group 0 (see PassPlan.key). */
    final long[] leafKey;

    PassLayout(Chunking ch, Mapping m, int[] chunks) {
        ConvShape shape = ch.taps.shape;
        this.chunks = chunks;
        int count = chunks.length / 2;
        int reps = m.replicas();
        boolean repsAdjacent = m.order() == Mapping.Order.REPLICAS_ADJACENT;
        // Where each VN starts: side by side, or aligned (Mapping.align); a gap before a VN is
        // idle leaves of the VN before it.
        int[] vnChunk = new int[count * reps];
        int[] vnStart = new int[count * reps];
        vnRep = new int[count * reps];
        Placer placer = new Placer(m.align());
        int vn = 0;
        for (int outer = 0; outer < (repsAdjacent ? count : reps); outer++) {
            for (int inner = 0; inner < (repsAdjacent ? reps : count); inner++) {
                int j = repsAdjacent ? outer : inner;
                vnChunk[vn] = j;
                vnRep[vn] = repsAdjacent ? inner : outer;
                vnStart[vn] = placer.place(ch.leaves(chunks[2 * j], chunks[2 * j + 1], m),
                        chunks[2 * j + 1]);
                vn++;
            }
        }
        int total = placer.used;
        leaves = total;
        vnSize = new int[count * reps];
        vnFilter = new int[count * reps];
        leafTap = new int[total];
        leafFilter = new int[total];
        leafRep = new int[total];
        leafVn = new int[total];
        leafIdle = new boolean[total];
        leafWeight = new long[total];
        leafKey = new long[total];
        for (vn = 0; vn < vnChunk.length; vn++) {
            int j = vnChunk[vn];
            int k = chunks[2 * j];
            int f = chunks[2 * j + 1];
            int size = ch.size(k, f);
            int rep = vnRep[vn];
            int end = vn + 1 < vnChunk.length ? vnStart[vn + 1] : total;
            vnSize[vn] = end - vnStart[vn];
            vnFilter[vn] = k;
            for (int t = 0; t < vnSize[vn]; t++) {
                int leaf = vnStart[vn] + t;
                leafFilter[leaf] = k;
                leafRep[leaf] = rep;
                leafVn[leaf] = vn;
                if (t < size) {
                    leafTap[leaf] = ch.tap(k, f, t);
                    leafWeight[leaf] = (long) k * shape.fanIn() + leafTap[leaf];
                    leafKey[leaf] = PassPlan.key(shape, m, leafTap[leaf], rep, 0);
                } else {
                    leafIdle[leaf] = true;
                    leafKey[leaf] = -1 - leaf; // needs no word: never equal to a real one
                }
            }
        }
    }

    /**
     * Places VNs from leaf 0 (docs/spec/maeri.md, "Aligned trees"): side by side when
     * {@code align} is 0; else a VN starts at the next multiple of {@code align} when it would
     * cross one, or when the VNs since the last multiple are of another fold.
     */
    static final class Placer {
        private final int align;
        /** Leaves taken so far: where the next VN starts unless alignment moves it. */
        int used;
        private int groupFold = -1;

        Placer(int align) {
            this.align = align;
        }

        Placer copy() {
            Placer c = new Placer(align);
            c.used = used;
            c.groupFold = groupFold;
            return c;
        }

        /** Places a VN of {@code need} leaves of fold {@code fold}; returns its first leaf. */
        int place(int need, int fold) {
            int start = used;
            int into = align == 0 ? 0 : used % align;
            if (into != 0 && (into + need > align || fold != groupFold)) {
                start = used - into + align;
            }
            used = start + need;
            groupFold = fold;
            return start;
        }

        /** Whether a chunk's {@code reps} VNs of {@code need} leaves still fit in {@code n}. */
        boolean fits(int need, int reps, int fold, int n) {
            Placer trial = copy();
            for (int r = 0; r < reps; r++) {
                trial.place(need, fold);
            }
            return trial.used <= n;
        }

        /** Places a chunk's {@code reps} VNs. */
        void add(int need, int reps, int fold) {
            for (int r = 0; r < reps; r++) {
                place(need, fold);
            }
        }
    }

    /** The leaves that hold a tap (every leaf but the idle ones): those that take a weight. */
    boolean[] withTaps() {
        boolean[] taps = new boolean[leaves];
        for (int i = 0; i < leaves; i++) {
            taps[i] = !leafIdle[i];
        }
        return taps;
    }

    /** Whether the pass has idle leaves, whose products a zero word clears once. */
    boolean hasIdle() {
        for (boolean idle : leafIdle) {
            if (idle) {
                return true;
            }
        }
        return false;
    }

    /** The VN sizes, the list ArtCompiler compiles. */
    List<Integer> vnSizes() {
        List<Integer> sizes = new ArrayList<>(vnSize.length);
        for (int size : vnSize) {
            sizes.add(size);
        }
        return sizes;
    }

    int vns() {
        return vnFilter.length;
    }

    /**
     * The passes of a dense layer, each distinct run once with how many times it repeats: the
     * same passes as {@link #forEachPass}, but a run of passes that take the same number of
     * chunks of one fold, differing only in their filters, is given once (with its first
     * filters) and its count. The cost of a dense pass does not depend on which filters it holds.
     *
     * @param each receives a pass as (filter, chunk) pairs and how many passes it stands for
     */
    static void forEachDensePass(Chunking ch, Mapping m, int n, PassRun each) {
        int perPass = m.perPass();
        int reps = m.replicas();
        int filters = ch.bounds.length;
        int[] open = new int[2 * perPass];
        int count = 0;
        Placer used = new Placer(m.align());
        for (int f = 0; f < ch.maxChunks; f++) {
            int need = m.leaves(ch.size(0, f));
            int k = 0;
            if (m.foldsApart() && count > 0) {
                each.accept(java.util.Arrays.copyOf(open, 2 * count), 1); // one fold a pass
                count = 0;
                used = new Placer(m.align());
            }
            while (k < filters) {
                if (count > 0 && count < perPass && used.fits(need, reps, f, n)) {
                    open[2 * count] = k;
                    open[2 * count + 1] = f;
                    count++;
                    used.add(need, reps, f);
                    k++;
                    continue;
                }
                if (count > 0) {
                    each.accept(java.util.Arrays.copyOf(open, 2 * count), 1);
                    count = 0;
                }
                int fit = Math.min(perPass, freshFit(m.align(), reps, need, n));
                long runs = (filters - k) / fit;
                if (runs > 1 || (runs == 1 && filters - k > fit)) {
                    // Whole passes of this fold; when the fold's chunks run out exactly, the last
                    // one is left open, as the next fold's chunks could still join it.
                    long whole = (filters - k) % fit == 0 ? runs - 1 : runs;
                    int[] pass = new int[2 * fit];
                    for (int j = 0; j < fit; j++) {
                        pass[2 * j] = k + j;
                        pass[2 * j + 1] = f;
                    }
                    each.accept(pass, whole);
                    k += (int) (whole * fit);
                }
                open[0] = k;
                open[1] = f;
                count = 1;
                used = new Placer(m.align());
                used.add(need, reps, f);
                k++;
            }
        }
        if (count > 0) {
            each.accept(java.util.Arrays.copyOf(open, 2 * count), 1);
        }
    }

    /**
     * How many chunks of {@code need} leaves, {@code reps} VNs each, of one fold an empty pass of
     * {@code n} leaves holds when VNs are aligned to groups of {@code align} (0: none).
     */
    static int freshFit(int align, int reps, int need, int n) {
        Placer used = new Placer(align);
        int fit = 0;
        while (used.fits(need, reps, 0, n)) {
            used.add(need, reps, 0);
            fit++;
        }
        return fit;
    }

    /** Receives a pass and the number of passes it stands for. */
    interface PassRun {
        void accept(int[] chunks, long times);
    }

    /**
     * Every pass of the mapping, in order: chunks by their first tap, then by filter (for a dense
     * layer: every filter's chunk 0, then every filter's chunk 1, ...; for a sparse one, chunks
     * that start at the same weight position side by side, so that they share activations), a
     * pass closed when it holds {@code perPass} chunks or the next chunk's replicas would not
     * fit in N leaves; for {@link Granule#CHAIN}, the passes the {@link ChainPacker} built.
     *
     * @param each receives each pass as (filter, chunk) pairs
     */
    static void forEachPass(Chunking ch, Mapping m, int n, Consumer<int[]> each) {
        if (ch.passes != null) {
            ch.passes.forEach(each); // packed: the passes are the packer's
            return;
        }
        int perPass = m.perPass();
        int reps = m.replicas();
        int[] pass = new int[2 * perPass];
        int count = 0;
        Placer used = new Placer(m.align());
        for (long key : ch.order()) {
            int k = (int) (key >>> 20 & 0xfffff);
            int f = (int) (key & 0xfffff);
            int need = m.leaves(ch.size(k, f));
            if (count == perPass || (count > 0 && !used.fits(need, reps, f, n))
                    || (count > 0 && m.foldsApart() && pass[1] != f)) {
                each.accept(java.util.Arrays.copyOf(pass, 2 * count));
                count = 0;
                used = new Placer(m.align());
            }
            pass[2 * count] = k;
            pass[2 * count + 1] = f;
            count++;
            used.add(need, reps, f);
        }
        if (count > 0) {
            each.accept(java.util.Arrays.copyOf(pass, 2 * count));
        }
    }
}
