package plasticity.golden.adam;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import plasticity.golden.neat.ConnectionGene;
import plasticity.golden.neat.ConnectionKey;
import plasticity.golden.neat.Genome;
import plasticity.golden.neat.Graphs;

/**
 * The order in which ADAM evaluates a genome, neat-python v0.92's feed-forward order
 * (docs/spec/adam.md, "Evaluation order"): only the enabled connections; only the nodes required
 * for an output; layer by layer as {@link Graphs#feedForwardLayers} builds them, a layer's nodes
 * in ascending key; a node's in-links in ascending connection key. A cycle among the enabled
 * connections is refused.
 *
 * <p>Values live in slots: input pin -1..-n in 0..n-1, output k in n + k, then the evaluated
 * hidden nodes in evaluation order. An output that is never evaluated keeps its initial 0.
 */
public final class EvaluationOrder {

    /**
     * One node's evaluation.
     *
     * @param node  the node key
     * @param slot  where its value goes
     * @param layer its layer, 0 for the first
     * @param links its enabled in-links, ascending (in, out)
     */
    public record Step(int node, int slot, int layer, List<ConnectionKey> links) {
        public Step {
            links = List.copyOf(links);
        }
    }

    private final int numInputs;
    private final int numOutputs;
    private final List<Step> steps;
    private final Map<Integer, Integer> slots;
    private final int depth;

    private EvaluationOrder(int numInputs, int numOutputs, List<Step> steps, Map<Integer, Integer> slots, int depth) {
        this.numInputs = numInputs;
        this.numOutputs = numOutputs;
        this.steps = List.copyOf(steps);
        this.slots = Map.copyOf(slots);
        this.depth = depth;
    }

    /**
     * The order for {@code genome} with input pins -1..-numInputs and outputs 0..numOutputs-1.
     *
     * @throws IllegalArgumentException if an output node is missing, a connection starts at an
     *         input pin beyond numInputs, or the enabled connections have a cycle (named)
     */
    public static EvaluationOrder of(Genome genome, int numInputs, int numOutputs) {
        if (numInputs < 1 || numOutputs < 1) {
            throw new IllegalArgumentException("a network has at least one input and one output, got "
                    + numInputs + " and " + numOutputs);
        }
        try {
            genome.check(numInputs, numOutputs, false);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        TreeMap<Integer, List<ConnectionKey>> linksInto = new TreeMap<>();
        List<ConnectionKey> enabled = new ArrayList<>();
        for (ConnectionGene c : genome.connections().values()) {
            if (c.enabled()) {
                enabled.add(c.key());
                linksInto.computeIfAbsent(c.key().out(), n -> new ArrayList<>()).add(c.key());
            }
        }
        List<Integer> cycle = cycle(enabled);
        if (!cycle.isEmpty()) {
            throw new IllegalArgumentException("genome " + genome.key() + " has a cycle among its enabled connections, "
                    + cycleText(cycle) + ": ADAM evaluates feed-forward networks only (disable or delete one of them)");
        }
        List<Integer> inputs = new ArrayList<>();
        Map<Integer, Integer> slots = new HashMap<>();
        for (int i = 1; i <= numInputs; i++) {
            inputs.add(-i);
            slots.put(-i, i - 1);
        }
        List<Integer> outputs = new ArrayList<>();
        for (int k = 0; k < numOutputs; k++) {
            outputs.add(k);
            slots.put(k, numInputs + k);
        }
        List<SortedSet<Integer>> layers = Graphs.feedForwardLayers(inputs, outputs, enabled);
        List<Step> steps = new ArrayList<>();
        for (int layer = 0; layer < layers.size(); layer++) {
            for (int node : layers.get(layer)) {
                int slot = slots.computeIfAbsent(node, n -> slots.size());
                steps.add(new Step(node, slot, layer, linksInto.get(node)));
            }
        }
        return new EvaluationOrder(numInputs, numOutputs, steps, slots, layers.size());
    }

    /** The first cycle a depth-first walk from the lowest key meets, as its node keys; empty if none. */
    private static List<Integer> cycle(List<ConnectionKey> enabled) {
        TreeMap<Integer, List<Integer>> successors = new TreeMap<>();
        for (ConnectionKey k : enabled) {
            successors.computeIfAbsent(k.in(), n -> new ArrayList<>()).add(k.out());
        }
        Map<Integer, Boolean> onPath = new HashMap<>();
        for (int start : successors.keySet()) {
            Deque<Integer> path = new ArrayDeque<>();
            List<Integer> found = walk(start, successors, onPath, path);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** Depth-first from {@code node}; onPath maps a visited node to whether it is on the current path. */
    private static List<Integer> walk(int node, Map<Integer, List<Integer>> successors, Map<Integer, Boolean> onPath,
            Deque<Integer> path) {
        if (onPath.containsKey(node)) {
            if (!onPath.get(node)) {
                return List.of();
            }
            List<Integer> loop = new ArrayList<>();
            boolean in = false;
            for (int n : path) {
                in |= n == node;
                if (in) {
                    loop.add(n);
                }
            }
            loop.add(node);
            return loop;
        }
        onPath.put(node, true);
        path.addLast(node);
        for (int next : successors.getOrDefault(node, List.of())) {
            List<Integer> found = walk(next, successors, onPath, path);
            if (!found.isEmpty()) {
                return found;
            }
        }
        path.removeLast();
        onPath.put(node, false);
        return List.of();
    }

    private static String cycleText(List<Integer> cycle) {
        StringBuilder s = new StringBuilder();
        for (int n : cycle) {
            s.append(s.length() == 0 ? "" : " -> ").append(n);
        }
        return s.toString();
    }

    /** The evaluations, in order. */
    public List<Step> steps() {
        return steps;
    }

    /** The slot that holds the value of input pin or node {@code key}; only inputs, outputs and evaluated nodes have one. */
    public int slot(int key) {
        Integer s = slots.get(key);
        if (s == null) {
            throw new IllegalArgumentException("node " + key + " is neither an input, an output nor evaluated");
        }
        return s;
    }

    /** Number of value slots: inputs + outputs + evaluated hidden nodes. */
    public int slots() {
        return slots.size();
    }

    /** Number of layers. */
    public int depth() {
        return depth;
    }

    public int numInputs() {
        return numInputs;
    }

    public int numOutputs() {
        return numOutputs;
    }

    /**
     * The layers up to and including node {@code key}'s own (its layer + 1); 0 if it is not
     * evaluated, as an output that no input reaches, which keeps 0.
     */
    public int depthOf(int key) {
        for (Step s : steps) {
            if (s.node() == key) {
                return s.layer() + 1;
            }
        }
        return 0;
    }
}
