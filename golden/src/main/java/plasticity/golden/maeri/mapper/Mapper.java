package plasticity.golden.maeri.mapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The mapper's search (docs/spec/maeri.md, "Tiling search"): it enumerates mappings in a fixed
 * order, costs them with {@link CostModel}, and keeps the one with the fewest cycles, ties going
 * to the one enumerated first. It costs them in the order of a cheap lower bound and stops when
 * no remaining bound can beat or tie the best, so the answer is the one a full enumeration
 * gives.
 */
public final class Mapper {

    private Mapper() {
    }

    /**
     * The mapper's answer.
     *
     * @param mapping    the chosen mapping
     * @param cost       its cost
     * @param candidates the mappings enumerated
     * @param costed     how many of them were costed before the bound stopped the search
     */
    public record Choice(Mapping mapping, Cost cost, int candidates, int costed) {
    }

    /** A mapping with what the search needs to know of it. */
    private record Candidate(int index, Mapping mapping, Chunking chunking, long lowerBound) {
    }

    /** The best mapping of {@code layer} on {@code fabric}. */
    public static Choice map(Fabric fabric, Layer layer) {
        Taps taps = Taps.of(layer);
        check(fabric, taps);
        List<Candidate> all = enumerate(fabric, taps);
        List<Candidate> byBound = new ArrayList<>(all);
        byBound.sort(Comparator.comparingLong(Candidate::lowerBound)
                .thenComparingInt(Candidate::index));
        Candidate best = null;
        Cost bestCost = null;
        int costed = 0;
        for (Candidate c : byBound) {
            if (bestCost != null && c.lowerBound() > bestCost.cycles()) {
                break; // sorted by bound: nothing left can beat or tie the best
            }
            if (bestCost != null && c.lowerBound() == bestCost.cycles()
                    && c.index() > best.index()) {
                continue; // could at best tie, and would lose the tie
            }
            // Only a cost under the best, or equal to it from an earlier candidate, can win.
            long limit = bestCost == null ? Long.MAX_VALUE
                    : bestCost.cycles() - (c.index() < best.index() ? 0 : 1);
            Cost cost = CostModel.cost(fabric, c.chunking(), c.mapping(), limit);
            costed++;
            if (cost == null) {
                continue;
            }
            if (bestCost == null || cost.cycles() < bestCost.cycles()
                    || (cost.cycles() == bestCost.cycles() && c.index() < best.index())) {
                best = c;
                bestCost = cost;
            }
        }
        return new Choice(best.mapping(), bestCost, all.size(), costed);
    }

    /** Every mapping the search considers, in enumeration (tie-break) order. */
    public static List<Mapping> candidates(Fabric fabric, Layer layer) {
        Taps taps = Taps.of(layer);
        check(fabric, taps);
        return enumerate(fabric, taps).stream().map(Candidate::mapping).toList();
    }

    /**
     * The enumeration: granule (rows, channels, taps), then the largest VN from N down (a
     * chunking identical to one already listed is skipped), then the replicas from 1 up, then the
     * chunks per pass from the most that fit down, then the VN order.
     *
     * <p>A sparse layer's passes all differ and are costed one by one, so its enumeration is
     * narrower: granules rows and taps, largest VNs N / 2^i (and the largest possible), 1 or 2
     * replicas, and as many chunks per pass as fit or as keep a pass's VNs within rnBw.
     *
     * <p>Last, for any layer whose rows' taps can chain over the forwarding links (more than one
     * output row, S > stride), its chains packed by DN tree ({@link Granule#CHAIN}, rnBw VNs a
     * pass); and for a pruned layer with more than one output position, its taps grouped by the
     * words a tree's VNs share ({@link Granule#SHARED}, W words a tree and rnBw x W VNs a pass,
     * W = 2, 4, ... up to a quarter of a tree's leaves), and where its taps chain, the same with
     * its runs of two or more chained taps packed as chains ({@link Granule#MIXED}).
     */
    private static List<Candidate> enumerate(Fabric fabric, Taps taps) {
        ConvShape shape = taps.shape;
        int n = fabric.n();
        Mapping.Axis axis = shape.xo() > 1 ? Mapping.Axis.ROWS : Mapping.Axis.COLUMNS;
        int axisLength = axis == Mapping.Axis.ROWS ? shape.xo() : shape.yo();
        List<Candidate> out = new ArrayList<>();
        Map<Integer, List<Chunking>> seen = new HashMap<>();
        boolean dense = taps.dense;
        int largest = Math.min(n, taps.maxPerFilter());
        for (Granule granule : Granule.values()) {
            if ((!dense && granule == Granule.CHANNEL) || granule.packed()) {
                continue;
            }
            for (int vnMax = largest; vnMax >= 1; vnMax--) {
                if (!dense && vnMax != largest && n % vnMax != 0) {
                    continue;
                }
                Chunking ch = new Chunking(taps, granule, vnMax);
                if (ch.maxChunk < vnMax || !isNew(ch, seen)) {
                    continue; // the same cuts as a smaller vnMax, or as an earlier granule
                }
                for (int reps = 1; reps <= Math.min(dense ? axisLength : Math.min(2, axisLength),
                        n / ch.maxChunk);
                        reps++) {
                    Mapping.Axis a = reps == 1 ? Mapping.Axis.ROWS : axis;
                    for (Placement place : placements(fabric, ch, reps, dense)) {
                        for (int perPass : perPassChoices(fabric, ch, reps, dense, place)) {
                            for (Mapping.Order order : orderChoices(reps, place)) {
                                for (boolean apart : foldChoices(ch, dense)) {
                                    Mapping m = new Mapping(granule, vnMax, a, reps, perPass, order,
                                            place.slot(), apart, place.align());
                                    out.add(new Candidate(out.size(), m, ch, lowerBound(fabric, ch, m)));
                                }
                            }
                        }
                    }
                }
            }
        }
        if (axis == Mapping.Axis.ROWS && shape.s() > shape.stride()) {
            // Rows whose taps can chain over the forwarding links: chains packed by tree.
            Mapping m = new Mapping(Granule.CHAIN, n, axis, 1, fabric.rnBw(),
                    Mapping.Order.REPLICAS_ADJACENT, 0, false, 0);
            Chunking ch = Chunking.of(fabric, taps, m);
            out.add(new Candidate(out.size(), m, ch, lowerBound(fabric, ch, m)));
        }
        if (SharedPacker.offered(taps)) {
            // A pruned layer's taps grouped by the words a tree's VNs share: W words a tree a
            // step, rnBw x W VNs a pass, for W = 2, 4, ... up to a quarter of a tree's leaves
            // (with fewer VNs a tree, the words a step cost more than the sharing saves).
            // Mixed where the taps chain; its chain part is the same for every W, packed once.
            boolean chains = axis == Mapping.Axis.ROWS && shape.s() > shape.stride();
            MixedPacker mixed = null;
            for (int words = 2; 4 * words <= fabric.treeSize() && fabric.rnBw() * words <= n; words *= 2) {
                int perPass = fabric.rnBw() * words;
                Mapping m = new Mapping(Granule.SHARED, Math.min(n, 2 * words), Mapping.Axis.ROWS, 1,
                        perPass, Mapping.Order.REPLICAS_ADJACENT, 0, false, 0);
                Chunking ch = Chunking.of(fabric, taps, m);
                out.add(new Candidate(out.size(), m, ch, lowerBound(fabric, ch, m)));
                if (chains) {
                    mixed = mixed == null ? MixedPacker.split(fabric, taps) : mixed;
                    Mapping mm = new Mapping(Granule.MIXED, m.vnMax(), Mapping.Axis.ROWS, 1, perPass,
                            Mapping.Order.REPLICAS_ADJACENT, 0, false, 0);
                    Chunking mch = mixed.pack(perPass);
                    out.add(new Candidate(out.size(), mm, mch, lowerBound(fabric, mch, mm)));
                }
            }
        }
        return out;
    }

    private static boolean isNew(Chunking ch, Map<Integer, List<Chunking>> seen) {
        int hash = 0;
        for (int[] b : ch.taps.dense ? new int[][] {ch.bounds[0]} : ch.bounds) {
            hash = 31 * hash + java.util.Arrays.hashCode(b);
        }
        List<Chunking> same = seen.computeIfAbsent(hash, h -> new ArrayList<>());
        for (Chunking other : same) {
            if (other.sameCuts(ch)) {
                return false;
            }
        }
        same.add(ch);
        return true;
    }

    /** Where a pass's VNs go: {@link Mapping#slot} and {@link Mapping#align}. */
    private record Placement(int slot, int align) {
    }

    /**
     * Packed VNs; for a dense layer whose chunks are smaller than a DN tree, VNs aligned to the
     * trees (no VN's words split between two trees, one fold's words per tree: "Aligned trees");
     * and, when the replicas' trees fit, slots of a tree each, so that each VN has a tree of its
     * own and the trees load their weights in parallel ("Slots").
     */
    private static List<Placement> placements(Fabric fabric, Chunking ch, int reps, boolean dense) {
        int tree = fabric.treeSize();
        List<Placement> out = new ArrayList<>();
        out.add(new Placement(0, 0));
        if (dense && ch.maxChunk < tree) {
            out.add(new Placement(0, tree));
            if ((long) tree * reps <= fabric.n()) {
                out.add(new Placement(tree, 0));
            }
        }
        return out;
    }

    /** Both VN orders, but one when they are the same layout or aligned VNs need one. */
    private static List<Mapping.Order> orderChoices(int reps, Placement place) {
        if (reps == 1) {
            return List.of(Mapping.Order.REPLICAS_ADJACENT); // one replica: the same layout
        }
        if (place.align() > 0) {
            return List.of(Mapping.Order.REPLICAS_ADJACENT); // aligned: a chunk's replicas together
        }
        return List.of(Mapping.Order.values());
    }

    /**
     * Folds mixed in a pass (false), then one fold a pass (true) for a dense layer with more than
     * one fold: a pass that mixes folds needs both folds' words in a step.
     */
    private static List<Boolean> foldChoices(Chunking ch, boolean dense) {
        return dense && ch.maxChunks > 1 ? List.of(false, true) : List.of(false);
    }

    /**
     * Chunks per pass: as many as fit, then each count that brings a pass's VNs down to a
     * multiple of rnBw, since a step's sums leave rnBw per cycle.
     */
    private static List<Integer> perPassChoices(Fabric fabric, Chunking ch, int reps,
            boolean dense, Placement place) {
        int slot = place.slot();
        int align = place.align();
        int smallest = slot == 0 ? ch.minChunk : slot;
        List<Integer> out = new ArrayList<>();
        if (align > 0 && PassLayout.freshFit(align, reps, ch.maxChunk, fabric.n()) == 0) {
            return out; // the largest chunk's replicas, a group each, do not fit
        }
        int most = (int) Math.min(ch.chunks, align == 0 ? fabric.n() / ((long) smallest * reps)
                : PassLayout.freshFit(align, reps, smallest, fabric.n()));
        out.add(most);
        int rn = fabric.rnBw();
        long top = ((long) most * reps + rn - 1) / rn - 1;
        for (long j = dense ? top : Math.min(top, 1); j >= 1; j--) {
            int p = (int) (j * rn / reps);
            if (p >= 1 && p < out.get(out.size() - 1)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * A bound no cost of {@code m} can beat: the weights must all be loaded, every pass has its
     * steps, every step is a cycle, and the sums leave rnBw per cycle.
     */
    private static long lowerBound(Fabric fabric, Chunking ch, Mapping m) {
        ConvShape shape = ch.taps.shape;
        long taps = ch.taps.total();
        long passes = Math.max(PassPlan.ceil(ch.chunks, m.perPass()),
                PassPlan.ceil(taps * m.replicas(), fabric.n()));
        long stepsPerPass = m.axis() == Mapping.Axis.ROWS
                ? PassPlan.ceil(shape.xo(), m.replicas()) * shape.yo()
                : shape.xo() * PassPlan.ceil(shape.yo(), m.replicas());
        long steps = Math.max(passes * stepsPerPass,
                Math.max(PassPlan.ceil(ch.chunks * shape.positions(), fabric.rnBw()),
                        PassPlan.ceil(taps * shape.positions(), fabric.n())));
        return steps + PassPlan.ceil(taps, fabric.dnBw()) + fabric.tail();
    }

    /** Refuses a layer the fabric cannot run exactly. */
    static void check(Fabric fabric, Taps taps) {
        if (taps.total() == 0) {
            throw new IllegalArgumentException("every weight is pruned: there is nothing to map");
        }
        if (taps.maxPerFilter() > fabric.maxFanIn()) {
            throw new IllegalArgumentException("a filter keeps " + taps.maxPerFilter()
                    + " weights, but with W=" + fabric.w() + " an ACC=" + fabric.acc()
                    + "-bit sum is exact for at most " + fabric.maxFanIn()
                    + ": raise ACC or lower W");
        }
    }

    /** Refuses a mapping whose VNs do not fit the fabric. */
    static void checkFits(Fabric fabric, Chunking ch, Mapping m) {
        if (m.slot() > 0 && m.slot() < ch.maxChunk) {
            throw new IllegalArgumentException("impossible tiling: a slot of " + m.slot()
                    + " leaves cannot hold a VN of " + ch.maxChunk + " taps");
        }
        if (m.align() > fabric.n()) {
            throw new IllegalArgumentException("impossible tiling: align=" + m.align()
                    + " is more leaves than N = " + fabric.n());
        }
        long need = (long) m.leaves(ch.maxChunk) * m.replicas();
        if (need > fabric.n()) {
            throw new IllegalArgumentException("impossible tiling: a VN of " + ch.maxChunk
                    + " taps times " + m.replicas() + " replicas needs " + need
                    + " multiplier switches, but N = " + fabric.n());
        }
        if (PassLayout.freshFit(m.align(), m.replicas(), m.leaves(ch.maxChunk), fabric.n()) == 0) {
            throw new IllegalArgumentException("impossible tiling: " + m.replicas()
                    + " replicas of a VN of " + ch.maxChunk + " taps, aligned to groups of "
                    + m.align() + " leaves, do not fit N = " + fabric.n());
        }
        ConvShape shape = ch.taps.shape;
        int length = m.axis() == Mapping.Axis.ROWS ? shape.xo() : shape.yo();
        if (m.replicas() > length) {
            throw new IllegalArgumentException("impossible tiling: " + m.replicas()
                    + " replicas along " + m.axis().name().toLowerCase(java.util.Locale.ROOT)
                    + ", but the output has only " + length);
        }
    }
}
