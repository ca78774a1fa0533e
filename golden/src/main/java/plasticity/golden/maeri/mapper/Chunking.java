package plasticity.golden.maeri.mapper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every filter's taps cut into chunks of at most {@code vnMax} taps, each chunk one virtual
 * neuron (docs/spec/maeri.md, "Folding"): granules (see {@link Granule}) are packed in order
 * into the current chunk while they fit; a granule that does not fit closes it; a granule larger
 * than vnMax is cut into pieces of vnMax, the last piece opening the next chunk. A filter with
 * more than one chunk is folded: its chunks' sums are partial sums of one output. For
 * {@link Granule#CHAIN} the {@link ChainPacker} makes the chunks, their order within each filter,
 * their leaves and the passes ("Chain packing").
 */
final class Chunking {

    final Taps taps;
    final Granule granule;
    final int vnMax;
    /** Per filter, its taps in chunk order: the kept taps in (c, r, s) order unless packed. */
    final int[][] list;
    /** Per filter, the offsets into its tap list where its chunks start, then its length. */
    final int[][] bounds;
    /**
     * Per filter and chunk, the leaves its VN takes, idle ones after its taps included (packed),
     * or null: then a mapping's {@link Mapping#leaves}.
     */
    final int[][] chunkLeaves;
    /** The passes, each as (filter, chunk) pairs (packed), or null: {@link PassLayout#forEachPass}. */
    final List<int[]> passes;
    final int maxChunk;
    final int minChunk;
    final int maxChunks;
    final long chunks;

    Chunking(Taps taps, Granule granule, int vnMax) {
        this.taps = taps;
        this.granule = granule;
        this.vnMax = vnMax;
        list = taps.perFilter;
        chunkLeaves = null;
        passes = null;
        bounds = new int[taps.perFilter.length][];
        int[] shared = null;
        for (int k = 0; k < bounds.length; k++) {
            if (taps.dense && shared != null) {
                bounds[k] = shared;
            } else {
                bounds[k] = cut(taps.shape, taps.perFilter[k], granule, vnMax);
                shared = bounds[k];
            }
        }
        long[] sizes = sizes(bounds);
        maxChunk = (int) sizes[0];
        minChunk = (int) sizes[1];
        maxChunks = (int) sizes[2];
        chunks = sizes[3];
    }

    /** A chunking a packer made: its tap lists, cuts, VN leaves and passes. */
    private Chunking(Taps taps, Granule granule, int[][] list, int[][] bounds, int[][] chunkLeaves,
            List<int[]> passes) {
        this.taps = taps;
        this.granule = granule;
        this.list = list;
        this.bounds = bounds;
        this.chunkLeaves = chunkLeaves;
        this.passes = List.copyOf(passes);
        long[] sizes = sizes(bounds);
        vnMax = (int) sizes[0]; // the largest VN the packer made
        maxChunk = (int) sizes[0];
        minChunk = (int) sizes[1];
        maxChunks = (int) sizes[2];
        chunks = sizes[3];
    }

    /**
     * Collects a packer's passes ({@link ChainPacker}, {@link SharedPacker}) VN by VN, each VN a
     * chunk of its filter, and makes their chunking.
     */
    static final class Packed {
        private final Taps taps;
        private final Granule granule;
        /** Per filter: its taps in chunk order, where each chunk starts, each chunk's leaves. */
        private final List<List<Integer>> list = new ArrayList<>();
        private final List<List<Integer>> starts = new ArrayList<>();
        private final List<List<Integer>> leaves = new ArrayList<>();
        private final List<int[]> passes = new ArrayList<>();
        private final List<Integer> pass = new ArrayList<>();

        Packed(Taps taps, Granule granule) {
            this.taps = taps;
            this.granule = granule;
            for (int k = 0; k < taps.perFilter.length; k++) {
                list.add(new ArrayList<>());
                starts.add(new ArrayList<>());
                leaves.add(new ArrayList<>());
            }
        }

        /** Adds a VN of filter {@code k} to the current pass: its taps in leaf order, its leaves. */
        void vn(int k, List<Integer> vnTaps, int vnLeaves) {
            pass.add(k);
            pass.add(starts.get(k).size());
            starts.get(k).add(list.get(k).size());
            leaves.get(k).add(vnLeaves);
            list.get(k).addAll(vnTaps);
        }

        /** Closes the current pass. */
        void endPass() {
            passes.add(pass.stream().mapToInt(Integer::intValue).toArray());
            pass.clear();
        }

        Chunking build() {
            int filters = list.size();
            int[][] tapList = new int[filters][];
            int[][] bounds = new int[filters][];
            int[][] chunkLeaves = new int[filters][];
            for (int k = 0; k < filters; k++) {
                tapList[k] = list.get(k).stream().mapToInt(Integer::intValue).toArray();
                List<Integer> s = starts.get(k);
                bounds[k] = new int[s.size() + 1];
                for (int i = 0; i < s.size(); i++) {
                    bounds[k][i] = s.get(i);
                }
                bounds[k][s.size()] = tapList[k].length;
                chunkLeaves[k] = leaves.get(k).stream().mapToInt(Integer::intValue).toArray();
            }
            return new Chunking(taps, granule, tapList, bounds, chunkLeaves, passes);
        }
    }

    /** The largest and smallest chunk, the most chunks of a filter, and all chunks (0 when none). */
    private static long[] sizes(int[][] bounds) {
        int max = 0;
        int min = Integer.MAX_VALUE;
        int most = 0;
        long count = 0;
        for (int[] b : bounds) {
            for (int f = 0; f + 1 < b.length; f++) {
                max = Math.max(max, b[f + 1] - b[f]);
                min = Math.min(min, b[f + 1] - b[f]);
            }
            most = Math.max(most, b.length - 1);
            count += b.length - 1;
        }
        return new long[] {max, count == 0 ? 0 : min, most, count};
    }

    /**
     * The chunking {@code mapping} runs {@code taps} with on {@code fabric}: granules cut into
     * chunks, or for {@link Granule#CHAIN} chains packed by the {@link ChainPacker}, for
     * {@link Granule#SHARED} shared-word VNs packed by the {@link SharedPacker}.
     */
    static Chunking of(Fabric fabric, Taps taps, Mapping mapping) {
        return switch (mapping.granule()) {
            case CHAIN -> ChainPacker.pack(fabric, taps, mapping.vnMax(), mapping.perPass());
            case SHARED -> SharedPacker.pack(fabric, taps, mapping.perPass());
            case MIXED -> MixedPacker.pack(fabric, taps, mapping.perPass());
            default -> new Chunking(taps, mapping.granule(), mapping.vnMax());
        };
    }

    /** The leaves chunk {@code f} of filter {@code k} takes under {@code m}. */
    int leaves(int k, int f, Mapping m) {
        return chunkLeaves != null ? chunkLeaves[k][f] : m.leaves(size(k, f));
    }

    private static int[] cut(ConvShape shape, int[] list, Granule granule, int vnMax) {
        int[] starts = new int[list.length + 1];
        int n = 0;
        int open = 0; // the first tap of the chunk being filled
        int i = 0;
        while (i < list.length) {
            int end = i + 1;
            while (end < list.length && granule.same(shape, list[i], list[end])) {
                end++;
            }
            int size = end - i;
            if (i > open && i - open + size > vnMax) {
                starts[n++] = open; // the granule does not fit: close the chunk
                open = i;
            }
            while (end - open > vnMax) {
                starts[n++] = open; // a granule larger than vnMax: whole pieces of vnMax
                open += vnMax;
            }
            i = end;
        }
        if (list.length > open) {
            starts[n++] = open;
        }
        starts[n++] = list.length;
        return Arrays.copyOf(starts, n);
    }

    /** The number of chunks of filter {@code k}. */
    int count(int k) {
        return bounds[k].length - 1;
    }

    /** The size of chunk {@code f} of filter {@code k}. */
    int size(int k, int f) {
        return bounds[k][f + 1] - bounds[k][f];
    }

    /** Tap {@code j} of chunk {@code f} of filter {@code k}. */
    int tap(int k, int f, int j) {
        return list[k][bounds[k][f] + j];
    }

    /**
     * Every chunk in pass order, by first tap, then filter, then chunk: each as
     * {@code firstTap << 40 | filter << 20 | chunk}.
     */
    long[] order() {
        long[] keys = new long[(int) chunks];
        int n = 0;
        for (int k = 0; k < bounds.length; k++) {
            for (int f = 0; f < count(k); f++) {
                keys[n++] = (long) tap(k, f, 0) << 40 | (long) k << 20 | f;
            }
        }
        Arrays.sort(keys);
        return keys;
    }

    /** Whether two chunkings cut every filter at the same places. */
    boolean sameCuts(Chunking other) {
        if (taps.dense) {
            return Arrays.equals(bounds[0], other.bounds[0]);
        }
        for (int k = 0; k < bounds.length; k++) {
            if (!Arrays.equals(bounds[k], other.bounds[k])) {
                return false;
            }
        }
        return true;
    }
}
