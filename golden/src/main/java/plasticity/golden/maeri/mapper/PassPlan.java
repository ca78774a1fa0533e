package plasticity.golden.maeri.mapper;

import java.util.Arrays;

/**
 * The cost of one pass by the cost model of docs/spec/maeri.md ("Cost model"): the weight load,
 * then every row of output positions, each row as its steps. A step computes one output
 * position per active VN and lasts {@code max(1, the most distinct activation words one DN tree
 * must deliver, ceil(finished sums / rnBw))} cycles.
 *
 * <p>Rows of the same kind cost the same: with the input in zero-padded coordinates, the words a
 * step needs are those of the row's first step shifted by a constant, so their per-tree distinct
 * counts, and which neighbours hold the same word one step apart, do not depend on the step.
 * Each kind is therefore costed once, from its first step.
 */
final class PassPlan {

    final PassLayout layout;
    final long weightCycles;
    final long weightWords;
    /**
     * The pass's idle leaves (slots, {@link Mapping#slot}) fire once on a zero word, one cycle
     * after the weights: 1 then, else 0 ({@code zeroWords}: one word per tree holding any).
     */
    final long zeroCycles;
    final long zeroWords;
    /** The row kind of every full row group (ROWS) or of every row (COLUMNS). */
    final Row full;
    final int fullRows;
    /** The last, partial row group of the ROWS axis, or null. */
    final Row partial;

    /** How one row of output positions runs, and what it costs. */
    static final class Row {
        /** Replicas below this index are active in the row (ROWS axis). */
        final int activeReps;
        /** Whether the row runs with forwarding links (and its priming steps). */
        final boolean links;
        /** Leaf i takes leaf i+1's activation of the step before (link mode). */
        final boolean[] linked;
        /** For a leaf fed by the DN in link mode, how many linked leaves follow it leftwards. */
        final int[] members;
        final int priming;
        /**
         * Priming steps a row skips when it follows a row of the same kind at once (link mode):
         * its chains still hold the previous row's last words, which are zero padding wherever
         * the first steps of this row need padding ("Forwarding links", "Carried chains").
         */
        int carry;
        /** The activation words of the priming steps a carried row skips. */
        long carryWords;

        /**
         * The priming steps this row skips when the row run just before it (with nothing between)
         * was {@code previous}: its carry if that was a row of its own kind in link mode, else 0.
         */
        int carryAfter(Row previous) {
            return links && this == previous ? carry : 0;
        }
        long cycles;
        long activationWords;
        long steps;
        long collected;
        long products;

        Row(int activeReps, boolean links, boolean[] linked, int[] members, int priming) {
            this.activeReps = activeReps;
            this.links = links;
            this.linked = linked;
            this.members = members;
            this.priming = priming;
        }
    }

    PassPlan(Fabric fabric, ConvShape shape, Mapping m, PassLayout layout) {
        this.layout = layout;
        Counter counter = new Counter(fabric, layout.leaves);
        weightCycles = counter.distinct(layout.leafWeight, layout.withTaps());
        weightWords = counter.sum;
        zeroCycles = counter.distinct(new long[layout.leaves], layout.leafIdle);
        zeroWords = counter.sum;
        if (m.axis() == Mapping.Axis.ROWS) {
            int reps = m.replicas();
            fullRows = shape.xo() / reps;
            int rem = shape.xo() % reps;
            full = fullRows == 0 ? null : rowsAxis(fabric, shape, m, counter, reps);
            partial = rem == 0 ? null : rowsAxis(fabric, shape, m, counter, rem);
        } else {
            fullRows = shape.xo();
            full = columnsAxis(fabric, shape, m, counter);
            partial = null;
        }
    }

    long cycles() {
        return weightCycles + zeroCycles + (full == null ? 0 : fullRows * full.cycles)
                + (partial == null ? 0 : partial.cycles) - carried();
    }

    /**
     * The priming steps the pass skips: every full row after the first follows one of its kind
     * at once, so it starts with its chains carried ({@link Row#carry}).
     */
    long carried() {
        return full == null || fullRows < 2 ? 0 : (fullRows - 1) * (long) full.carry;
    }

    /** The activation words of the skipped priming steps. */
    long carriedWords() {
        return full == null || fullRows < 2 ? 0 : (fullRows - 1) * full.carryWords;
    }

    long rows() {
        return (full == null ? 0 : fullRows) + (partial == null ? 0 : 1);
    }

    long sum(java.util.function.ToLongFunction<Row> f) {
        return (full == null ? 0 : fullRows * f.applyAsLong(full))
                + (partial == null ? 0 : f.applyAsLong(partial));
    }

    /**
     * The activation word a leaf multiplying {@code tap} for replica {@code rep} needs at column
     * step t of row group 0 (docs/spec/maeri.md, "Steps"): its input's index in the zero-padded
     * C x (X+2P) x (Y+2P) input. Row group g adds a constant; so does step t to a ROWS row.
     */
    static long key(ConvShape shape, Mapping m, int tap, int rep, long t) {
        long row;
        long col;
        if (m.axis() == Mapping.Axis.ROWS) {
            row = rep;
            col = t;
        } else {
            row = 0;
            col = t * m.replicas() + rep;
        }
        return shape.tapWord(tap, row, col);
    }

    private Row rowsAxis(Fabric fabric, ConvShape shape, Mapping m, Counter counter,
            int activeReps) {
        int n = layout.leaves;
        boolean[] active = new boolean[n];
        long[] k0 = layout.leafKey;
        long shift = shape.stride(); // a step moves every word one stride along the row
        int activeLeaves = 0;
        for (int i = 0; i < n; i++) {
            active[i] = layout.leafRep[i] < activeReps && !layout.leafIdle[i];
            activeLeaves += active[i] ? 1 : 0;
        }
        int vns = 0;
        for (int v = 0; v < layout.vns(); v++) {
            vns += layout.vnRep[v] < activeReps ? 1 : 0;
        }
        long yo = shape.yo();
        long outCycles = ceil(vns, fabric.rnBw());

        long plainCost = Math.max(Math.max(1, counter.distinct(k0, active)), outCycles);
        long plainWords = counter.sum;
        Row best = new Row(activeReps, false, null, null, 0);
        best.cycles = yo * plainCost;
        best.activationWords = yo * plainWords;
        best.steps = yo;

        // Link mode: leaf i reuses what leaf i+1 used one step before, when it is the same word.
        boolean[] linked = new boolean[n];
        boolean any = false;
        for (int i = 0; i + 1 < n; i++) {
            linked[i] = active[i] && active[i + 1] && k0[i] + shift == k0[i + 1];
            any |= linked[i];
        }
        if (any) {
            boolean[] heads = new boolean[n];
            int[] members = new int[n];
            int priming = 0;
            for (int i = 0; i < n; i++) {
                heads[i] = active[i] && !linked[i];
                if (heads[i]) {
                    int j = i - 1;
                    while (j >= 0 && linked[j]) {
                        j--;
                    }
                    members[i] = i - 1 - j;
                    priming = Math.max(priming, members[i]);
                }
            }
            long steady = Math.max(Math.max(1, counter.distinct(k0, heads)), outCycles);
            long steadyWords = counter.sum;
            // The MS's link valid bit lasts one cycle: a chain works only if every step is one.
            if (steady == 1 && priming + yo < best.cycles) {
                Row linkedRow = new Row(activeReps, true, linked, members, priming);
                linkedRow.cycles = priming + yo;
                linkedRow.steps = priming + yo;
                linkedRow.activationWords = yo * steadyWords;
                linkedRow.carry = activeReps == m.replicas()
                        ? carry(shape, k0, heads, members, priming, yo) : 0;
                boolean[] fed = new boolean[n];
                for (int q = 1; q <= priming; q++) {
                    for (int i = 0; i < n; i++) {
                        fed[i] = heads[i] && members[i] >= q;
                    }
                    counter.distinct(k0, fed); // shifted keys: the same per-tree distinct counts
                    linkedRow.activationWords += counter.sum;
                    if (q > priming - linkedRow.carry) {
                        linkedRow.carryWords += counter.sum; // priming step -q, skipped when carried
                    }
                }
                best = linkedRow;
            }
        }
        best.collected = yo * vns;
        best.products = yo * activeLeaves;
        return best;
    }

    /**
     * How many of a row's first priming steps it may skip when it follows the previous row of
     * the same kind at once (docs/spec/maeri.md, "Carried chains"). Starting at priming step
     * {@code -(priming - q)}, a chain member d leaves left of its head receives, at step
     * {@code t < d - priming + q}, the word its head took {@code j + 1} steps before the end of
     * the previous row ({@code j = q - priming - t + d - 1}). That is right when both that word
     * and the word the member needs are zero padding (columns outside the layer's input, zero in
     * every row). The largest such q, 0 when there is none.
     */
    private static int carry(ConvShape shape, long[] k0, boolean[] heads, int[] members,
            int priming, long yo) {
        for (int q = priming; q > 0; q--) {
            if (carries(shape, k0, heads, members, priming, yo, q)) {
                return q;
            }
        }
        return 0;
    }

    private static boolean carries(ConvShape shape, long[] k0, boolean[] heads, int[] members,
            int priming, long yo, int q) {
        long st = shape.stride();
        for (int h = 0; h < k0.length; h++) {
            if (!heads[h]) {
                continue;
            }
            long headCol = k0[h] % shape.yp();
            for (int d = 1; d <= members[h]; d++) {
                long memberCol = k0[h - d] % shape.yp();
                for (long t = 0; t < d - priming + q; t++) {
                    long j = q - priming - t + d - 1;
                    long from = yo - 1 - j; // the previous row's step whose head word arrives
                    if (from < 0 || !padColumn(shape, memberCol + t * st)
                            || !padColumn(shape, headCol + from * st)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** A column of the zero-padded input that holds padding in every row. */
    private static boolean padColumn(ConvShape shape, long col) {
        return col < shape.pad() || col >= shape.pad() + shape.y();
    }

    private Row columnsAxis(Fabric fabric, ConvShape shape, Mapping m, Counter counter) {
        int n = layout.leaves;
        int reps = m.replicas();
        long steps = (shape.yo() + reps - 1) / reps;
        int last = (int) (shape.yo() - (steps - 1) * reps);
        long[] k0 = layout.leafKey;
        boolean[] active = new boolean[n];
        Row row = new Row(reps, false, null, null, 0);
        row.steps = steps;
        for (int pass = 0; pass < 2; pass++) {
            int activeReps = pass == 0 ? reps : last;
            long count = pass == 0 ? steps - 1 : 1;
            int leaves = 0;
            for (int i = 0; i < n; i++) {
                active[i] = layout.leafRep[i] < activeReps && !layout.leafIdle[i];
                leaves += active[i] ? 1 : 0;
            }
            int vns = 0;
            for (int v = 0; v < layout.vns(); v++) {
                vns += layout.vnRep[v] < activeReps ? 1 : 0;
            }
            long cost = Math.max(Math.max(1, counter.distinct(k0, active)),
                    ceil(vns, fabric.rnBw()));
            row.cycles += count * cost;
            row.activationWords += count * counter.sum;
            row.collected += count * vns;
            row.products += count * leaves;
        }
        return row;
    }

    static long ceil(long a, long b) {
        return (a + b - 1) / b;
    }

    /** Distinct words per DN tree: the largest count (returned) and their sum ({@code sum}). */
    static final class Counter {
        private final int treeSize;
        private final long[] scratch;
        long sum;

        Counter(Fabric fabric, int leaves) {
            treeSize = fabric.treeSize();
            scratch = new long[treeSize];
        }

        long distinct(long[] keys, boolean[] fed) {
            return distinct(keys, fed, null);
        }

        /**
         * The most distinct words a tree sends ({@code sum}: all trees'), counting the keys of the
         * fed leaves tree by tree; each tree's count is added to {@code perTree} when it is given.
         */
        long distinct(long[] keys, boolean[] fed, long[] perTree) {
            long max = 0;
            sum = 0;
            for (int first = 0; first < keys.length; first += treeSize) {
                int m = 0;
                for (int i = first; i < Math.min(first + treeSize, keys.length); i++) {
                    if (fed[i]) {
                        scratch[m++] = keys[i];
                    }
                }
                Arrays.sort(scratch, 0, m);
                int d = 0;
                for (int j = 0; j < m; j++) {
                    d += (j == 0 || scratch[j] != scratch[j - 1]) ? 1 : 0;
                }
                max = Math.max(max, d);
                sum += d;
                if (perTree != null) {
                    perTree[first / treeSize] += d;
                }
            }
            return max;
        }
    }
}
