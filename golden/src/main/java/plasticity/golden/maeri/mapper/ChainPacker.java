package plasticity.golden.maeri.mapper;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Packs a layer's link chains tree by tree (docs/spec/maeri.md, "Chain packing"), the
 * VNs of {@link Granule#CHAIN}.
 *
 * <p>A chain is a run of a filter row's kept taps {@code stride} apart (taps s, s + stride, ...),
 * at most a DN tree's leaves long: laid side by side, each of its leaves takes its right
 * neighbour's activation of the step before, and only its rightmost leaf, the head, needs a DN
 * word. A pass is built tree by tree so that every chain head of a tree is the same tap (of
 * other filters): each tree sends one word a step. A VN is one filter's chains in consecutive
 * trees: the chain that ends a tree may go on at the start of the next one with another chain of
 * its filter, which then sets that tree's tap. With at most {@code perPass} VNs (rnBw: a step's
 * sums leave in one cycle) every step is one cycle, so the forwarding links work.
 *
 * <p>Packed across boundaries, a chain longer than the leaves left at a tree's end begins there
 * and ends in the next tree: its head, and so that tree's tap, is in the next tree, and its
 * leaves before the boundary take their activations over the links. It is the last VN's
 * filter's next chain when that one is longer than the room (the VN goes on), else a chain of
 * the busiest head tap in a new VN. {@link #pack} keeps whichever packing has fewer passes.
 */
final class ChainPacker {

    private final ConvShape shape;
    private final int tree;
    private final int trees;
    private final int vnMax;
    private final int perPass;
    /** Whether a chain may begin in one tree and end in the next ({@link #straddle}). */
    private final boolean straddle;
    /** Per chain: its filter, its first tap, its length. */
    private final int[] filter;
    private final int[] first;
    private final int[] length;
    private final boolean[] used;
    /** Per filter, its chains in (c, r, s) order, and the first one not yet used. */
    private final int[][] byFilter;
    private final int[] nextOfFilter;
    private final int[] leftOfFilter;
    /** Per head tap and length, the chains not yet used (used ones are dropped lazily). */
    private final List<List<ArrayDeque<Integer>>> byHead;
    private final int[] leftOfHead;

    private ChainPacker(ConvShape shape, int[][] perFilter, int tree, int trees, int vnMax,
            int perPass, boolean straddle) {
        this.shape = shape;
        this.straddle = straddle;
        this.tree = tree;
        this.trees = trees;
        this.vnMax = vnMax;
        this.perPass = perPass;
        List<int[]> chains = new ArrayList<>();
        byFilter = new int[perFilter.length][];
        for (int k = 0; k < perFilter.length; k++) {
            int before = chains.size();
            chains(shape, perFilter[k], tree, k, chains);
            byFilter[k] = new int[chains.size() - before];
            for (int i = 0; i < byFilter[k].length; i++) {
                byFilter[k][i] = before + i;
            }
        }
        int count = chains.size();
        filter = new int[count];
        first = new int[count];
        length = new int[count];
        used = new boolean[count];
        nextOfFilter = new int[perFilter.length];
        leftOfFilter = new int[perFilter.length];
        leftOfHead = new int[shape.fanIn()];
        byHead = new ArrayList<>(shape.fanIn());
        for (int t = 0; t < shape.fanIn(); t++) {
            byHead.add(null);
        }
        for (int i = 0; i < count; i++) {
            int[] c = chains.get(i);
            filter[i] = c[0];
            first[i] = c[1];
            length[i] = c[2];
            leftOfFilter[filter[i]]++;
            int head = head(i);
            leftOfHead[head]++;
            if (byHead.get(head) == null) {
                List<ArrayDeque<Integer>> lengths = new ArrayList<>(tree + 1);
                for (int l = 0; l <= tree; l++) {
                    lengths.add(new ArrayDeque<>());
                }
                byHead.set(head, lengths);
            }
            byHead.get(head).get(length[i]).add(i);
        }
    }

    /**
     * The chunking of {@code taps} into packed chains for {@code fabric}: at most {@code perPass}
     * VNs per pass, VNs of at most {@code vnMax} taps.
     */
    static Chunking pack(Fabric fabric, Taps taps, int vnMax, int perPass) {
        // Chains across tree boundaries fill the leaves a tree would leave idle, but they spend
        // VN openings and taps: at N / dnBw = 4 leaves and 3-tap rows they take VGG16's
        // conv1_2 from 75% to 97% of the multipliers, at 8 leaves they cost AlexNet conv3 1%.
        // Every pass is a pass's worth of one-cycle steps, so the fewer passes win.
        Chunking within = pack(fabric, taps, vnMax, perPass, false);
        Chunking across = pack(fabric, taps, vnMax, perPass, true);
        return across.passes.size() < within.passes.size() ? across : within;
    }

    /** The packing with chains kept within trees, or allowed across their boundaries. */
    static Chunking pack(Fabric fabric, Taps taps, int vnMax, int perPass, boolean straddle) {
        return new ChainPacker(taps.shape, taps.perFilter, fabric.treeSize(), fabric.dnBw(), vnMax,
                perPass, straddle).run(taps);
    }

    /**
     * Appends filter {@code k}'s chains as {@code {k, first tap, length}}: runs of kept taps of one
     * filter row {@code stride} apart, cut from the right into pieces of at most {@code tree}.
     */
    static void chains(ConvShape shape, int[] kept, int tree, int k, List<int[]> out) {
        int st = shape.stride();
        boolean[] done = new boolean[kept.length];
        for (int i = 0; i < kept.length; i++) {
            if (done[i]) {
                continue;
            }
            // Collect the run that starts at kept[i]: the next tap of the run is stride further
            // along the same row; the list is sorted, so it is found by searching forward.
            List<Integer> run = new ArrayList<>();
            int j = i;
            while (j >= 0) {
                run.add(j);
                done[j] = true;
                int want = kept[j] + st;
                int next = -1;
                if (shape.tapS(kept[j]) + st < shape.s()) {
                    int at = Arrays.binarySearch(kept, j + 1, kept.length, want);
                    next = at >= 0 ? at : -1;
                }
                j = next;
            }
            for (int hi = run.size(); hi > 0; hi -= tree) {
                int lo = Math.max(0, hi - tree);
                out.add(new int[] {k, kept[run.get(lo)], hi - lo});
            }
        }
    }

    /** The tap of chain {@code c}'s head: its last, rightmost tap. */
    private int head(int c) {
        return first[c] + (length[c] - 1) * shape.stride();
    }

    /** One pass under construction. */
    private final class Pass {
        final List<Integer> vnFilter = new ArrayList<>();
        final List<List<Integer>> vnChains = new ArrayList<>();
        final List<Integer> vnLeaves = new ArrayList<>();

        int vns() {
            return vnFilter.size();
        }

        void open(int chain) {
            vnFilter.add(filter[chain]);
            vnChains.add(new ArrayList<>(List.of(chain)));
            vnLeaves.add(length[chain]);
        }

        void extend(int chain) {
            vnChains.get(vns() - 1).add(chain);
            vnLeaves.set(vns() - 1, vnLeaves.get(vns() - 1) + length[chain]);
        }

        /** Idle leaves after VN {@code vn}'s taps (before the next VN, or at the pass's end). */
        void idle(int vn, int count) {
            vnLeaves.set(vn, vnLeaves.get(vn) + count);
        }

        int lastTaps() {
            int taps = 0;
            for (int c : vnChains.get(vns() - 1)) {
                taps += length[c];
            }
            return taps;
        }
    }

    private void take(int c) {
        used[c] = true;
        leftOfFilter[filter[c]]--;
        leftOfHead[head(c)]--;
    }

    /** Filter {@code k}'s first chain not yet used, or -1. */
    private int nextChain(int k) {
        int[] own = byFilter[k];
        while (nextOfFilter[k] < own.length && used[own[nextOfFilter[k]]]) {
            nextOfFilter[k]++;
        }
        return nextOfFilter[k] < own.length ? own[nextOfFilter[k]] : -1;
    }

    /**
     * A chain with head {@code head} of at most {@code room} leaves: one that fills the room and
     * whose filter has chains left (so its VN can go on in the next tree), else one that fills
     * the room, else the longest; -1 when there is none.
     */
    private int pick(int head, int room) {
        List<ArrayDeque<Integer>> lengths = byHead.get(head);
        if (lengths == null) {
            return -1;
        }
        for (int l = room; l >= 1; l--) {
            ArrayDeque<Integer> q = lengths.get(l);
            while (!q.isEmpty() && used[q.peekFirst()]) {
                q.pollFirst();
            }
            if (q.isEmpty()) {
                continue;
            }
            if (l == room) {
                for (int c : q) {
                    if (!used[c] && leftOfFilter[filter[c]] > 1) {
                        return c;
                    }
                }
            }
            return q.peekFirst();
        }
        return -1;
    }

    /**
     * The VNs a pass may have opened by the end of tree {@code t}: its share of perPass spread
     * evenly over the trees, plus one, since the pass's first VN cannot go on from an earlier tree.
     * Spread out, each VN can take a chain at the end of one tree and go on at the start of the
     * next, two chains a sum; opened as early as they fit, most VNs would be one chain each.
     */
    private int opened(int t) {
        return opened(perPass, trees, t);
    }

    /** {@link #opened(int)} for a pass of {@code perPass} VNs over {@code trees} trees (both packers). */
    static int opened(int perPass, int trees, int t) {
        return (int) Math.min(perPass, (long) perPass * (t + 1) / trees + 1);
    }

    /** The head tap with the most chains left (the lowest on a tie), or -1 when none is left. */
    private int busiestHead() {
        int best = -1;
        for (int t = 0; t < leftOfHead.length; t++) {
            if (leftOfHead[t] > 0 && (best < 0 || leftOfHead[t] > leftOfHead[best])) {
                best = t;
            }
        }
        return best;
    }

    private Chunking run(Taps taps) {
        int left = filter.length;
        List<Pass> passes = new ArrayList<>();
        while (left > 0) {
            Pass pass = new Pass();
            boolean goesOn = false; // the last VN ended at this tree's first leaf and may go on
            int carried = 0; // this tree's first leaves: the rest of a chain begun in the tree before
            int carriedHead = -1; // that chain's head tap, then this tree's
            for (int t = 0; t < trees && left > 0; t++) {
                int room = tree - carried;
                int head = carriedHead;
                carried = 0;
                carriedHead = -1;
                if (goesOn) {
                    int c = nextChain(pass.vnFilter.get(pass.vns() - 1));
                    if (c >= 0 && pass.lastTaps() + length[c] <= vnMax) {
                        take(c);
                        left--;
                        pass.extend(c);
                        room -= length[c];
                        head = head(c);
                    }
                    goesOn = room == 0 && nextChain(pass.vnFilter.get(pass.vns() - 1)) >= 0;
                    if (room == 0) {
                        continue;
                    }
                }
                int placed = -1; // the last new chain of this tree
                while (room > 0 && pass.vns() < opened(t)) {
                    if (head < 0) {
                        head = busiestHead();
                    }
                    int c = head < 0 ? -1 : pick(head, room);
                    if (c < 0) {
                        break;
                    }
                    take(c);
                    left--;
                    pass.open(c);
                    room -= length[c];
                    placed = c;
                }
                int straddler = straddle && room > 0 && pass.vns() > 0 && t + 1 < trees
                        ? straddle(pass, room, t) : -1;
                if (straddler >= 0) {
                    left--;
                    // Its head, and so the next tree's tap, is in the next tree; the leaves before
                    // the head take their activations over the links, no DN word.
                    carried = length[straddler] - room;
                    carriedHead = head(straddler);
                    goesOn = false;
                } else if (room > 0 && pass.vns() > 0) {
                    boolean shift = placed >= 0 && pass.vns() > 1 && leftOfFilter[filter[placed]] > 0;
                    if (shift) {
                        // The tree's last chain moves to its end, the idle leaves before it going
                        // to the VN before it, so that its VN may go on in the next tree.
                        pass.idle(pass.vns() - 2, room);
                    } else {
                        pass.idle(pass.vns() - 1, room);
                    }
                    goesOn = shift;
                } else {
                    goesOn = room == 0 && placed >= 0 && nextChain(filter[placed]) >= 0;
                }
                if (pass.vns() == perPass && !goesOn) {
                    break;
                }
            }
            passes.add(pass);
        }
        return chunking(taps, passes);
    }

    /**
     * A chain longer than the {@code room} leaves left at the end of tree {@code t}, placed there
     * so that it ends in the next tree (its head there); -1 when none fits. The last VN's filter's
     * next chain first (the VN goes on, a sum carrying both), else a chain of the busiest head tap
     * in a VN of its own if the pass may open one.
     */
    private int straddle(Pass pass, int room, int t) {
        int c = nextChain(pass.vnFilter.get(pass.vns() - 1));
        if (c >= 0 && length[c] > room && pass.lastTaps() + length[c] <= vnMax) {
            take(c);
            pass.extend(c);
            return c;
        }
        if (pass.vns() >= opened(t)) {
            return -1;
        }
        int head = busiestHead();
        List<ArrayDeque<Integer>> lengths = head < 0 ? null : byHead.get(head);
        if (lengths == null) {
            return -1;
        }
        for (int l = tree; l > room; l--) {
            ArrayDeque<Integer> q = lengths.get(l);
            while (!q.isEmpty() && used[q.peekFirst()]) {
                q.pollFirst();
            }
            if (!q.isEmpty()) {
                int chain = q.peekFirst();
                take(chain);
                pass.open(chain);
                return chain;
            }
        }
        return -1;
    }

    /** The passes as a chunking: each VN a chunk of its filter, its taps in leaf order. */
    private Chunking chunking(Taps taps, List<Pass> passes) {
        Chunking.Packed packed = new Chunking.Packed(taps, Granule.CHAIN);
        for (Pass pass : passes) {
            for (int v = 0; v < pass.vns(); v++) {
                List<Integer> vnTaps = new ArrayList<>();
                for (int c : pass.vnChains.get(v)) {
                    for (int i = 0; i < length[c]; i++) {
                        vnTaps.add(first[c] + i * shape.stride());
                    }
                }
                packed.vn(pass.vnFilter.get(v), vnTaps, pass.vnLeaves.get(v));
            }
            packed.endPass();
        }
        return packed.build();
    }
}
