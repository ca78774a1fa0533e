package plasticity.golden.maeri.mapper;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * An upper bound on the multiplier utilization of any mapping of a layer on the fabric
 * (docs/spec/maeri.md, "A ceiling for any mapping"), from what a step of the fabric can do
 * whatever its VNs, in the step model the cost model and the accelerator share (weights stay for a
 * pass; a step's activations come from its DN words or, in one-cycle steps, the links): each DN
 * tree delivers one word a cycle to its own N / dnBw leaves; within one VN (one output) a word
 * serves at most one product; VNs are contiguous, so a step's VNs touch at
 * most V + dnBw - 1 trees counted with multiplicity; a step's sums leave at rnBw a cycle; and the
 * forwarding links work only in one-cycle steps, where a chain of linked leaves (a filter row's
 * taps {@code stride} apart) takes a single head word. The DN also carries every kept weight at
 * least once, and no mapping beats the layer's own bound ({@link LayerBound}).
 *
 * <p>Steps last at least {@code W} cycles for their words and {@code V / rnBw} for their sums. For
 * every {@code lambda} in [0, 1], the layer's cycles are at least {@code lambda} times the weight
 * words per tree plus the least total of {@code lambda W + (1 - lambda) V / rnBw} over steps that
 * carry all its products (bounded below in {@link #cheapest}); the largest over lambda is the
 * bound.
 *
 * <p>{@link Links#HELD} asks what a fabric whose links kept their value for a whole step (the
 * authors' BSV multiplier switch buffers its forwarded value in a FIFO) could reach: chains then
 * work in steps of any length, W words a tree giving each VN up to W heads in it.
 */
public final class FabricCeiling {

    private FabricCeiling() {}

    /** How long a forwarded activation stays valid. */
    public enum Links {
        /** One cycle, as in this fabric ("Forwarding links"): chains work in one-cycle steps only. */
        ONE_CYCLE,
        /** Until the sender forwards again: chains work in steps of any length (not this fabric). */
        HELD
    }

    /** Steps of lambda: the bound holds at each, so a coarse grid only loosens it. */
    private static final int LAMBDA_STEPS = 64;

    /**
     * The ceiling of {@code layer} on {@code fabric}: the largest utilization, MACs / (N cycles),
     * any mapping can reach.
     */
    public static double utilization(Fabric fabric, Layer layer) {
        return utilization(fabric, layer, LayerBound.of(fabric, layer));
    }

    /** The same, given the layer's bound on the fabric (which takes as long to find again). */
    public static double utilization(Fabric fabric, Layer layer, LayerBound layerBound) {
        return utilization(fabric, layer, layerBound, Links.ONE_CYCLE);
    }

    /** The ceiling on a fabric whose forwarding links behave as {@code links} say. */
    public static double utilization(Fabric fabric, Layer layer, LayerBound layerBound, Links links) {
        Taps taps = Taps.of(layer);
        long macs = taps.macs();
        double real = realProducts(taps);
        NavigableMap<Integer, Long> chains = chains(taps);
        double weightCycles = (double) taps.total() / fabric.dnBw(); // every kept weight, once
        double cycles = layerBound.value();
        for (int i = 0; i <= LAMBDA_STEPS; i++) {
            double lambda = (double) i / LAMBDA_STEPS;
            cycles = Math.max(cycles, lambda * weightCycles + cheapest(fabric, real, chains, lambda, links));
        }
        return Math.min(1.0, macs / (fabric.n() * cycles));
    }

    /**
     * A lower bound on the total of {@code lambda W + (1 - lambda) V / rnBw} over steps that carry
     * {@code products}. Linked steps carry P of them in chains, at best the longest chains first;
     * a linked step of V VNs costs {@code lambda + (1 - lambda) V / rnBw} and has V + dnBw - 1
     * chain slots and N leaves (with held links, a step of W cycles costs {@code lambda W +
     * (1 - lambda) V / rnBw} and has {@link #headsPerStep} slots), so however its chains mix, the
     * linked steps cost at least their chains times the least cost of a slot and at least P times
     * the least cost of a leaf. The rest go at the best unlinked step's rate. The total is convex in P, least at a boundary between
     * chain lengths or where the two terms of the max cross; every such P is tried.
     */
    static double cheapest(Fabric f, double products, NavigableMap<Integer, Long> chains, double lambda,
            Links links) {
        double plain = plainRate(f, lambda);
        double perSlot = Double.MAX_VALUE;
        if (links == Links.ONE_CYCLE) {
            for (int v = 1; v <= f.rnBw(); v++) {
                perSlot = Math.min(perSlot, linkedStepCost(f, v, lambda) / (v + f.dnBw() - 1));
            }
        } else {
            for (int w = 1; w <= f.treeSize(); w++) {
                for (int v = 1; v <= f.n(); v++) {
                    perSlot = Math.min(perSlot, (lambda * w + (1 - lambda) * v / f.rnBw()) / headsPerStep(f, w, v));
                }
            }
        }
        double perLeaf = linkedStepCost(f, 1, lambda) / f.n();
        double best = products / plain; // P = 0
        double linked = 0; // P at the start of the current length's chains
        double slots = 0; // chains those take
        for (Map.Entry<Integer, Long> e : chains.descendingMap().entrySet()) {
            int m = e.getKey();
            double end = Math.min(products, linked + (double) m * e.getValue());
            // Where chains(P) perSlot = P perLeaf within this length's chains, if anywhere.
            double crossing = (slots - linked / m) * perSlot / (perLeaf - perSlot / m);
            for (double p : new double[] {end, crossing}) {
                if (p > linked && p <= end) {
                    double chainsUsed = slots + (p - linked) / m;
                    best = Math.min(best, Math.max(chainsUsed * perSlot, p * perLeaf) + (products - p) / plain);
                }
            }
            slots += (end - linked) / m;
            linked = end;
            if (linked >= products) {
                break;
            }
        }
        return best;
    }

    /** The cost of a one-cycle step with {@code v} VNs: one cycle of words, v / rnBw of sums. */
    private static double linkedStepCost(Fabric f, int v, double lambda) {
        return lambda + (1 - lambda) * v / f.rnBw();
    }

    /**
     * Products per unit of {@code lambda W + (1 - lambda) V / rnBw} of the best unlinked step: W
     * words a tree, V VNs touching the trees evenly (V + dnBw - 1 touches), each tree's leaves
     * taking at most W words times the VNs touching it.
     */
    static double plainRate(Fabric f, double lambda) {
        double best = 0;
        for (int w = 1; w <= f.treeSize(); w++) {
            for (int v = 1; v <= f.n(); v++) {
                best = Math.max(best, headsPerStep(f, w, v) / (lambda * w + (1 - lambda) * v / f.rnBw()));
            }
        }
        return best;
    }

    /**
     * The most leaves a step of {@code w} cycles and {@code v} VNs can feed from its DN words: a
     * tree's w words give each VN touching it at most w of them (a word serves one product of a
     * VN), at most the tree's leaves; the v + dnBw - 1 touches spread evenly, which gives the most.
     * Without links these are the step's products; with held links, its chain heads.
     */
    static long headsPerStep(Fabric f, int w, int v) {
        int d = f.dnBw();
        int leaves = f.treeSize();
        long touches = v + d - 1L;
        long each = touches / d;
        long more = touches % d; // trees touched by one VN more
        long fed = more * Math.min(leaves, w * Math.min(each + 1, leaves))
                + (d - more) * Math.min(leaves, w * Math.min(each, leaves));
        return Math.min(fed, f.n());
    }

    /**
     * The layer's chains by their products: per filter, filter row and class of columns modulo
     * the stride, its kept taps, once per output position (a linked leaf with a zero weight may
     * bridge a pruned tap, and padding is counted, so the supply errs on the large side).
     */
    static NavigableMap<Integer, Long> chains(Taps taps) {
        ConvShape l = taps.shape;
        TreeMap<Integer, Long> byLength = new TreeMap<>();
        int[] count = new int[l.c() * l.r() * l.stride()];
        for (int[] filter : taps.perFilter) {
            for (int tap : filter) {
                count[row(l, tap)]++;
            }
            for (int tap : filter) {
                int m = count[row(l, tap)];
                if (m > 0) {
                    byLength.merge(m, l.positions() * (taps.dense ? taps.perFilter.length : 1), Long::sum);
                    count[row(l, tap)] = 0; // counted once
                }
            }
            if (taps.dense) {
                break;
            }
        }
        return byLength;
    }

    /** A tap's chain: its filter row and its column's class modulo the stride. */
    private static int row(ConvShape l, int tap) {
        return (l.tapC(tap) * l.r() + l.tapR(tap)) * l.stride() + l.tapS(tap) % l.stride();
    }

    /**
     * Products whose activation is not padding: the argument that a word serves one product of a
     * VN holds for them; a padded product may share a zero word, so it is given for free.
     */
    static double realProducts(Taps taps) {
        ConvShape l = taps.shape;
        long[] rowsInside = new long[l.r()];
        long[] colsInside = new long[l.s()];
        for (int r = 0; r < l.r(); r++) {
            for (int xo = 0; xo < l.xo(); xo++) {
                int row = xo * l.stride() + r - l.pad();
                rowsInside[r] += row >= 0 && row < l.x() ? 1 : 0;
            }
        }
        for (int s = 0; s < l.s(); s++) {
            for (int yo = 0; yo < l.yo(); yo++) {
                int col = yo * l.stride() + s - l.pad();
                colsInside[s] += col >= 0 && col < l.y() ? 1 : 0;
            }
        }
        double real = 0;
        for (int[] filter : taps.perFilter) {
            for (int tap : filter) {
                real += (double) rowsInside[l.tapR(tap)] * colsInside[l.tapS(tap)];
            }
        }
        return real;
    }
}
