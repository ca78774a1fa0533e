package plasticity.golden.maeri.mapper;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs a pruned layer's kept taps so that the VNs of a DN tree share their words
 * (docs/spec/maeri.md, "Shared-word packing"), the VNs of {@link Granule#SHARED}.
 *
 * <p>Every VN of a pass computes the same output position in a step, so two leaves that hold the
 * same tap of two filters need the same activation: one DN word serves both. A pruned filter
 * keeps taps at random, and cut in order ({@link Granule#TAP}) its VNs rarely meet: a tree then
 * needs a word per leaf. Here each tree gets a set of at most {@code words} taps, chosen from one
 * filter's kept taps (the seed) so that many other filters keep them too, and takes a VN of every
 * filter that keeps some of them, the most covered first: the tree sends {@code words} words a
 * step, and each VN carries several products of a sum. A step then lasts {@code words} cycles,
 * so a pass may hold {@code rnBw x words} VNs ({@code perPass}) without waiting for the
 * collection bus.
 *
 * <p>As in {@link ChainPacker}, a VN is one filter's taps in consecutive trees: the last VN of a
 * tree may go on at the start of the next, whose tap set is then chosen from its filter's taps,
 * so that its sum carries two trees' products; the idle leaves of a tree go to the VN before it.
 * A filter's VNs over all passes are partial sums of its output.
 */
final class SharedPacker {

    /** Tap candidates scored per choice: the ones kept by the most filters, to bound the work. */
    private static final int CANDIDATES = 32;

    private final ConvShape shape;
    private final int tree;
    private final int trees;
    private final int words;
    private final int perPass;
    /** Per filter and tap: kept and not yet placed. */
    private final boolean[][] left;
    private final int[] leftOfFilter;
    /**
     * Per tap, the filters that keep it and have not placed it yet: the first {@code leftOfTap[t]}
     * entries of {@code filtersOfTap[t]} (a placed one is swapped out), and where each filter is.
     */
    private final int[][] filtersOfTap;
    private final int[] leftOfTap;
    private final int[][] slotOfFilter;
    /** Scratch per filter: how many taps of the current tap set it has left. */
    private final int[] cover;
    private long remaining;

    private SharedPacker(Taps taps, int tree, int trees, int words, int perPass) {
        this.shape = taps.shape;
        this.tree = tree;
        this.trees = trees;
        this.words = words;
        this.perPass = perPass;
        int filters = taps.perFilter.length;
        int fanIn = shape.fanIn();
        left = new boolean[filters][fanIn];
        leftOfFilter = new int[filters];
        leftOfTap = new int[fanIn];
        cover = new int[filters];
        for (int k = 0; k < filters; k++) {
            for (int t : taps.perFilter[k]) {
                left[k][t] = true;
                leftOfTap[t]++;
            }
            leftOfFilter[k] = taps.perFilter[k].length;
            remaining += leftOfFilter[k];
        }
        filtersOfTap = new int[fanIn][];
        slotOfFilter = new int[fanIn][filters];
        int[] fill = new int[fanIn];
        for (int t = 0; t < fanIn; t++) {
            filtersOfTap[t] = new int[leftOfTap[t]];
        }
        for (int k = 0; k < filters; k++) {
            for (int t : taps.perFilter[k]) {
                slotOfFilter[t][k] = fill[t];
                filtersOfTap[t][fill[t]++] = k;
            }
        }
    }

    /**
     * Whether the packing is offered for {@code taps}: a pruned layer with more than one output
     * position (a word is shared across a step, and steps need positions to amortize a pass's
     * weights), small enough that the packer's per-tap tables stay a few MB.
     */
    static boolean offered(Taps taps) {
        return !taps.dense && taps.shape.positions() > 1
                && (long) taps.perFilter.length * taps.shape.fanIn() <= 1L << 24;
    }

    /** The words a tree sends a step for {@code perPass} VNs a pass: perPass / rnBw, at least 1. */
    static int words(Fabric fabric, int perPass) {
        return Math.max(1, Math.min(fabric.treeSize(), perPass / fabric.rnBw()));
    }

    /** The chunking of {@code taps} into shared-word VNs, at most {@code perPass} a pass. */
    static Chunking pack(Fabric fabric, Taps taps, int perPass) {
        if (taps.dense) {
            throw new IllegalArgumentException("granule=shared packs a pruned layer's taps; this layer is dense");
        }
        return new SharedPacker(taps, fabric.treeSize(), fabric.dnBw(), words(fabric, perPass), perPass)
                .run(taps);
    }

    /** One VN under construction: its filter, its taps in leaf order, its leaves. */
    private static final class Vn {
        final int filter;
        final List<Integer> taps = new ArrayList<>();
        int leaves;

        Vn(int filter) {
            this.filter = filter;
        }
    }

    private Chunking run(Taps taps) {
        List<List<Vn>> passes = new ArrayList<>();
        while (remaining > 0) {
            List<Vn> pass = new ArrayList<>();
            Vn goesOn = null; // the VN that ends this tree and goes on at the next one's start
            for (int t = 0; t < trees && remaining > 0; t++) {
                if (goesOn == null && pass.size() >= opened(t)) {
                    if (pass.size() >= perPass) {
                        break; // the pass has its VNs
                    }
                    pass.get(pass.size() - 1).leaves += tree; // no VN may open here yet: the tree idles
                    continue;
                }
                int seed = goesOn != null ? goesOn.filter : busiestFilter();
                int room = tree;
                int[] set = chooseTaps(seed, Math.min(words, room));
                List<Vn> inTree = new ArrayList<>();
                Vn first = goesOn != null ? goesOn : open(pass, seed);
                room -= place(first, set);
                inTree.add(first);
                goesOn = null;
                // Every other filter that keeps some of the set, the most covered first.
                for (int k : coveredFilters(set, seed)) {
                    if (room == 0 || pass.size() >= opened(t)) {
                        break;
                    }
                    Vn vn = open(pass, k);
                    room -= place(vn, set, room);
                    inTree.add(vn);
                }
                Vn last = inTree.get(inTree.size() - 1);
                boolean canGoOn = t + 1 < trees && inTree.size() > 1 && last != first
                        && leftOfFilter[last.filter] > 0;
                if (canGoOn) {
                    // The last VN moves to the tree's end, the idle leaves before it going to the
                    // VN before it, so that it may go on in the next tree.
                    inTree.get(inTree.size() - 2).leaves += room;
                    goesOn = last;
                } else {
                    last.leaves += room;
                }
                if (pass.size() >= perPass && goesOn == null) {
                    break;
                }
            }
            passes.add(pass);
        }
        return chunking(taps, passes);
    }

    /**
     * The VNs a pass may have opened by the end of tree {@code t}: its share of perPass spread
     * evenly over the trees, plus one (as {@link ChainPacker} spreads its VNs).
     */
    private int opened(int t) {
        return ChainPacker.opened(perPass, trees, t);
    }

    private static Vn open(List<Vn> pass, int filter) {
        Vn vn = new Vn(filter);
        pass.add(vn);
        return vn;
    }

    /** Places every tap of {@code set} that {@code vn}'s filter has left; returns the leaves. */
    private int place(Vn vn, int[] set) {
        return place(vn, set, Integer.MAX_VALUE);
    }

    /** Places at most {@code room} taps of {@code set} that {@code vn}'s filter has left. */
    private int place(Vn vn, int[] set, int room) {
        int placed = 0;
        for (int t : set) {
            if (placed < room && left[vn.filter][t]) {
                left[vn.filter][t] = false;
                leftOfFilter[vn.filter]--;
                // Swap the filter out of the tap's live list.
                int at = slotOfFilter[t][vn.filter];
                int lastFilter = filtersOfTap[t][--leftOfTap[t]];
                filtersOfTap[t][at] = lastFilter;
                slotOfFilter[t][lastFilter] = at;
                remaining--;
                vn.taps.add(t);
                vn.leaves++;
                placed++;
            }
        }
        return placed;
    }

    /** The filter with the most taps left, the lowest on a tie. */
    private int busiestFilter() {
        int best = 0;
        for (int k = 1; k < leftOfFilter.length; k++) {
            if (leftOfFilter[k] > leftOfFilter[best]) {
                best = k;
            }
        }
        return best;
    }

    /**
     * At most {@code count} of {@code seed}'s taps left, in increasing order: first the one most
     * filters keep, then each time the one that the most filters keeping all taps chosen so far
     * keep too (then the most filters in all; then the lowest tap), among the {@link #CANDIDATES}
     * most kept.
     */
    private int[] chooseTaps(int seed, int count) {
        int[] own = new int[leftOfFilter[seed]];
        int n = 0;
        for (int t = 0; t < left[seed].length; t++) {
            if (left[seed][t]) {
                own[n++] = t;
            }
        }
        if (n <= count) {
            return own;
        }
        int[] candidates = mostKept(own, Math.min(n, Math.max(count, CANDIDATES)));
        int[] chosen = new int[count];
        boolean[] taken = new boolean[candidates.length];
        java.util.Arrays.fill(cover, 0);
        for (int c = 0; c < count; c++) {
            int best = -1;
            long bestScore = -1;
            for (int i = 0; i < candidates.length; i++) {
                if (taken[i]) {
                    continue;
                }
                int t = candidates[i];
                long full = 0;
                long any = 0;
                int[] keep = filtersOfTap[t];
                for (int j = 0; j < leftOfTap[t]; j++) {
                    int k = keep[j];
                    if (k != seed) {
                        any++;
                        full += cover[k] == c ? 1 : 0;
                    }
                }
                long score = full * (leftOfFilter.length + 1L) + any;
                if (score > bestScore) {
                    bestScore = score;
                    best = i;
                }
            }
            taken[best] = true;
            chosen[c] = candidates[best];
            for (int j = 0; j < leftOfTap[chosen[c]]; j++) {
                cover[filtersOfTap[chosen[c]][j]]++;
            }
        }
        java.util.Arrays.sort(chosen);
        return chosen;
    }

    /** The {@code count} taps of {@code own} the most filters keep (the lower first on a tie). */
    private int[] mostKept(int[] own, int count) {
        long[] keys = new long[own.length];
        for (int i = 0; i < own.length; i++) {
            keys[i] = (long) (Integer.MAX_VALUE - leftOfTap[own[i]]) << 32 | own[i]; // most kept first
        }
        java.util.Arrays.sort(keys);
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = (int) keys[i];
        }
        java.util.Arrays.sort(out); // candidates in tap order, so that ties go to the lowest
        return out;
    }

    /** The filters other than {@code seed} with taps of {@code set} left, the most first, then by index. */
    private List<Integer> coveredFilters(int[] set, int seed) {
        java.util.Arrays.fill(cover, 0);
        List<Integer> touched = new ArrayList<>();
        for (int t : set) {
            for (int i = 0; i < leftOfTap[t]; i++) {
                int k = filtersOfTap[t][i];
                if (k != seed && cover[k]++ == 0) {
                    touched.add(k);
                }
            }
        }
        touched.sort((a, b) -> cover[a] != cover[b] ? Integer.compare(cover[b], cover[a]) : Integer.compare(a, b));
        return touched;
    }

    /** The passes as a chunking: each VN a chunk of its filter, its taps in leaf order. */
    private static Chunking chunking(Taps taps, List<List<Vn>> passes) {
        Chunking.Packed packed = new Chunking.Packed(taps, Granule.SHARED);
        for (List<Vn> pass : passes) {
            for (Vn vn : pass) {
                packed.vn(vn.filter, vn.taps, vn.leaves);
            }
            packed.endPass();
        }
        return packed.build();
    }
}
