package plasticity.golden.adam;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import plasticity.golden.neat.Genome;

/**
 * Genome to one PE's program (docs/spec/adam.md, "Schedule"): the nodes and slots of
 * {@link FixedNetwork} (its {@link EvaluationOrder}), one zero node per output no input reaches,
 * ordered greedily so that the MAC stalls least, then packed into link, node and control words.
 * What does not fit the configured buffers, and what {@link FixedNetwork} refuses (a cycle among
 * the enabled connections, an aggregation other than sum, an activation the unit lacks), is
 * refused with an error naming the genome and what to change.
 */
public final class AdamScheduler {
    private AdamScheduler() {}

    /** A node to place: its word without the fan-in, its links (ascending key), its rank in evaluation order. */
    private record Pending(int rank, long biasRaw, long responseRaw, int activationCode, int dest, int[] sources,
            long[] weights) {
        boolean zero() {
            return sources.length == 0;
        }
    }

    /** The program of {@code genome} for a PE of {@code config}. */
    public static AdamSchedule schedule(Genome genome, int numInputs, int numOutputs, AdamConfig config) {
        FixedNetwork net;
        try {
            net = FixedNetwork.create(genome, numInputs, numOutputs);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("ADAM cannot schedule genome " + genome.key() + ": " + e.getMessage(), e);
        }
        List<Pending> pending = new ArrayList<>();
        boolean[] evaluated = new boolean[numOutputs];
        int links = 0;
        for (FixedNetwork.NodeStep step : net.steps()) {
            FixedNode n = step.node();
            links += step.sources().length;
            if (n.key() < numOutputs) {
                evaluated[n.key()] = true;
            }
            pending.add(new Pending(pending.size(), n.biasRaw(), n.responseRaw(), n.activation().code(), step.slot(),
                    step.sources(), step.weightsRaw()));
        }
        for (int k = 0; k < numOutputs; k++) {
            if (!evaluated[k]) {
                pending.add(new Pending(pending.size(), 0, 0, 0, numInputs + k, new int[0], new long[0]));
            }
        }
        int slots = net.order().slots();
        String who = "ADAM cannot schedule genome " + genome.key() + ": ";
        fits(who, "value slots (inputs, outputs and evaluated hidden nodes)", slots, config.valueDepth(),
                "VALUE_DEPTH");
        fits(who, "nodes (evaluated, and a zero node per output no input reaches)", pending.size(),
                config.nodeDepth(), "NODE_DEPTH");
        fits(who, "links (the enabled in-links of the evaluated nodes)", links, config.linkDepth(), "LINK_DEPTH");
        return pack(genome.key(), numInputs, numOutputs, slots, pending, links);
    }

    private static void fits(String who, String what, int count, int depth, String setting) {
        if (count > depth) {
            throw new IllegalArgumentException(who + count + " " + what + " do not fit the PE's " + depth
                    + " (raise " + setting + " to " + Integer.highestOneBit(count - 1) * 2 + " or more)");
        }
    }

    /**
     * The greedy order: at each step the placeable node (all sources placed) that stalls least at
     * this point, ties to evaluation order (zero nodes rank last); a node's links sorted by when
     * their sources become readable, ties in ascending key.
     */
    private static AdamSchedule pack(int key, int numInputs, int numOutputs, int slots, List<Pending> pending,
            int links) {
        int[] readyAt = new int[slots]; // first cycle a link may read the slot; inputs: always
        boolean[] placedSlot = new boolean[slots];
        for (int s = 0; s < numInputs; s++) {
            placedSlot[s] = true;
        }
        List<Pending> left = new ArrayList<>(pending);
        List<Long> nodeWords = new ArrayList<>();
        long[] linkWords = new long[links];
        int linkCount = 0;
        int cycle = 0; // the last issue cycle so far
        while (!left.isEmpty()) {
            Pending best = null;
            int bestStalls = Integer.MAX_VALUE;
            for (Pending p : left) {
                if (!placeable(p, placedSlot)) {
                    continue;
                }
                int stalls = stalls(p, ordered(p, readyAt), readyAt, cycle);
                if (stalls < bestStalls) {
                    best = p;
                    bestStalls = stalls;
                }
            }
            if (best == null) {
                throw new IllegalStateException("genome " + key + ": no node can be placed; the evaluation order is not feed-forward");
            }
            left.remove(best);
            Integer[] links0 = ordered(best, readyAt);
            if (best.zero()) {
                cycle++;
            }
            for (int i : links0) {
                cycle = Math.max(cycle + 1, readyAt[best.sources[i]]);
                linkWords[linkCount++] = new AdamWords.Link(best.weights[i], best.sources[i]).encode();
            }
            readyAt[best.dest] = cycle + AdamModel.PIPELINE_DRAIN;
            placedSlot[best.dest] = true;
            nodeWords.add(new AdamWords.Node(best.biasRaw, best.responseRaw, best.activationCode, best.dest,
                    best.sources.length).encode());
        }
        long control = new AdamWords.Control(nodeWords.size(), numInputs).encode();
        return new AdamSchedule(key, numInputs, numOutputs, slots, linkWords,
                nodeWords.stream().mapToLong(Long::longValue).toArray(), control, links, cycle);
    }

    private static boolean placeable(Pending p, boolean[] placedSlot) {
        for (int s : p.sources) {
            if (!placedSlot[s]) {
                return false;
            }
        }
        return true;
    }

    /** The node's link indices by the cycle their source becomes readable, ties in ascending key (index) order. */
    private static Integer[] ordered(Pending p, int[] readyAt) {
        Integer[] idx = new Integer[p.sources.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, Comparator.<Integer>comparingInt(i -> readyAt[p.sources[i]]).thenComparingInt(i -> i));
        return idx;
    }

    /** Stall cycles if {@code p} issued its links in this order after issue cycle {@code cycle}. */
    private static int stalls(Pending p, Integer[] order, int[] readyAt, int cycle) {
        int stalls = 0;
        int c = cycle;
        for (int i : order) {
            int at = Math.max(c + 1, readyAt[p.sources[i]]);
            stalls += at - (c + 1);
            c = at;
        }
        return stalls;
    }
}
