package plasticity.golden.neat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * neat-python v0.92's {@code neat/nn/feed_forward.py} in double precision: the enabled
 * connections, the nodes required for the outputs in {@link Graphs#feedForwardLayers} order,
 * and per node v = activation(bias + response * aggregation(v[in] * w, ...)) with the inputs of a
 * node in ascending connection-key order. An output that no input reaches keeps the value 0.0,
 * as in neat-python.
 */
public final class FeedForwardNetwork implements Network {

    /**
     * One node's evaluation: its gene values and its (source, weight) links. Nodes and sources
     * are array slots, fixed when the network is built: inputs first, then outputs, then the
     * other evaluated nodes, so {@link #activate} indexes an array instead of looking up keys.
     */
    private record NodeEval(int node, int slot, Activation activation, Aggregation aggregation, double bias,
            double response, int[] sources, double[] weights) {
    }

    /** Input pins -1..-numInputs, output nodes 0..numOutputs-1. */
    private final int numInputs;
    private final int numOutputs;
    private final List<NodeEval> evals;
    private final int slots;

    private FeedForwardNetwork(int numInputs, int numOutputs, List<NodeEval> evals, int slots) {
        this.numInputs = numInputs;
        this.numOutputs = numOutputs;
        this.evals = List.copyOf(evals);
        this.slots = slots;
    }

    /**
     * neat-python's {@code FeedForwardNetwork.create}: the nodes of
     * {@link Graphs#feedForwardLayers} (over the enabled connections), layer by layer, each
     * layer in ascending key order, each node with its enabled input links in ascending
     * connection-key order.
     *
     * <p>The layers are computed here over each node's list of input links rather than by
     * calling {@link Graphs#feedForwardLayers}, which rescans every connection for every
     * candidate node with boxed key sets: building networks was a quarter of an XOR generation.
     * The two give the same layers (FeedForwardNetworkTest compares them on evolved genomes):
     *
     * <ul>
     *   <li>required = the outputs, plus every non-input node from which an enabled path leads
     *       to a required node ({@code required_for_output});
     *   <li>a layer = every required node, not yet placed, that has at least one input link and
     *       whose links all start at an input pin or at a placed node ({@code
     *       feed_forward_layers}: "connects a node in s to a node not in s" and "entire input set
     *       contained in s"); layers are added until none is found.
     * </ul>
     */
    public static FeedForwardNetwork create(Genome genome, int numInputs, int numOutputs) {
        // Node i of the genome is genome.nodeGenes().get(i) (ascending key).
        List<NodeGene> nodes = genome.nodeGenes();
        int[] keys = new int[nodes.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = nodes.get(i).key();
        }
        List<List<ConnectionGene>> links = new ArrayList<>(nodes.size());
        for (int i = 0; i < keys.length; i++) {
            links.add(new ArrayList<>(2));
        }
        for (ConnectionGene c : genome.connectionGenes()) {
            if (c.enabled()) {
                links.get(Arrays.binarySearch(keys, c.key().out())).add(c);
            }
        }
        boolean[] required = requiredForOutput(keys, links, numOutputs);

        // Slots: inputs, then outputs (0.0 until evaluated, as neat-python's dict starts them),
        // then the other evaluated nodes in evaluation order.
        int[] slot = new int[keys.length];
        Arrays.fill(slot, -1);
        int slots = numInputs + numOutputs;
        for (int o = 0; o < numOutputs; o++) {
            int i = Arrays.binarySearch(keys, o);
            if (i >= 0) {
                slot[i] = numInputs + o;
            }
        }
        boolean[] placed = new boolean[keys.length];
        List<NodeEval> evals = new ArrayList<>();
        while (true) {
            List<Integer> layer = new ArrayList<>();
            for (int i = 0; i < keys.length; i++) {
                if (required[i] && !placed[i] && !links.get(i).isEmpty()
                        && allSourcesKnown(links.get(i), keys, placed, numInputs)) {
                    layer.add(i);
                }
            }
            if (layer.isEmpty()) {
                break;
            }
            for (int i : layer) {
                placed[i] = true;
                if (slot[i] < 0) {
                    slot[i] = slots++;
                }
            }
            for (int i : layer) {
                List<ConnectionGene> in = links.get(i);
                int[] sources = new int[in.size()];
                double[] weights = new double[in.size()];
                for (int j = 0; j < sources.length; j++) {
                    int source = in.get(j).key().in();
                    sources[j] = source < 0 ? -source - 1 : slot[Arrays.binarySearch(keys, source)];
                    weights[j] = in.get(j).weight();
                }
                NodeGene n = nodes.get(i);
                evals.add(new NodeEval(n.key(), slot[i], n.activation(), n.aggregation(), n.bias(), n.response(),
                        sources, weights));
            }
        }
        return new FeedForwardNetwork(numInputs, numOutputs, evals, slots);
    }

    /** Node i is required: an output, or a node with an enabled path to a required node. */
    private static boolean[] requiredForOutput(int[] keys, List<List<ConnectionGene>> links, int numOutputs) {
        boolean[] required = new boolean[keys.length];
        ArrayDeque<Integer> todo = new ArrayDeque<>();
        for (int o = 0; o < numOutputs; o++) {
            int i = Arrays.binarySearch(keys, o);
            if (i >= 0) {
                required[i] = true;
                todo.push(i);
            }
        }
        while (!todo.isEmpty()) {
            for (ConnectionGene c : links.get(todo.pop())) {
                int source = c.key().in();
                if (source >= 0) {
                    int i = Arrays.binarySearch(keys, source);
                    if (!required[i]) {
                        required[i] = true;
                        todo.push(i);
                    }
                }
            }
        }
        return required;
    }

    /** Every link starts at an input pin or at a node already placed in an earlier layer. */
    private static boolean allSourcesKnown(List<ConnectionGene> links, int[] keys, boolean[] placed, int numInputs) {
        for (ConnectionGene c : links) {
            int source = c.key().in();
            boolean known = source < 0 ? source >= -numInputs : placed[Arrays.binarySearch(keys, source)];
            if (!known) {
                return false;
            }
        }
        return true;
    }

    @Override
    public double[] activate(double... inputs) {
        if (inputs.length != numInputs) {
            throw new IllegalArgumentException("expected " + numInputs + " inputs, got "
                    + inputs.length);
        }
        // Slots: inputs, then outputs (0.0 until evaluated, as neat-python's dict starts them),
        // then the other evaluated nodes.
        double[] values = new double[slots];
        System.arraycopy(inputs, 0, values, 0, inputs.length);
        for (NodeEval e : evals) {
            double[] weighted = new double[e.sources.length];
            for (int i = 0; i < weighted.length; i++) {
                weighted[i] = values[e.sources[i]] * e.weights[i];
            }
            double s = e.aggregation.apply(weighted);
            values[e.slot] = e.activation.apply(e.bias + e.response * s);
        }
        double[] out = new double[numOutputs];
        System.arraycopy(values, numInputs, out, 0, out.length);
        return out;
    }

    /** The evaluated node keys in evaluation order (layer by layer). */
    List<Integer> evaluationOrder() {
        List<Integer> order = new ArrayList<>();
        for (NodeEval e : evals) {
            order.add(e.node);
        }
        return order;
    }

    /** Number of evaluated nodes (the nodes required for the outputs and reachable from inputs). */
    public int evaluatedNodes() {
        return evals.size();
    }
}
