package plasticity.golden.neat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

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

    private final List<Integer> inputKeys;
    private final List<Integer> outputKeys;
    private final List<NodeEval> evals;
    private final int slots;

    private FeedForwardNetwork(List<Integer> inputKeys, List<Integer> outputKeys, List<NodeEval> evals, int slots) {
        this.inputKeys = List.copyOf(inputKeys);
        this.outputKeys = List.copyOf(outputKeys);
        this.evals = List.copyOf(evals);
        this.slots = slots;
    }

    /** neat-python's {@code FeedForwardNetwork.create}. */
    public static FeedForwardNetwork create(Genome genome, int numInputs, int numOutputs) {
        List<Integer> inputs = new ArrayList<>();
        for (int i = 0; i < numInputs; i++) {
            inputs.add(-i - 1);
        }
        List<Integer> outputs = new ArrayList<>();
        for (int i = 0; i < numOutputs; i++) {
            outputs.add(i);
        }
        List<ConnectionKey> enabled = new ArrayList<>();
        for (ConnectionGene c : genome.connections().values()) {
            if (c.enabled()) {
                enabled.add(c.key());
            }
        }
        Map<Integer, Integer> slot = new HashMap<>();
        for (int k : inputs) {
            slot.put(k, slot.size());
        }
        for (int k : outputs) {
            slot.put(k, slot.size());
        }
        List<NodeEval> evals = new ArrayList<>();
        for (SortedSet<Integer> layer : Graphs.feedForwardLayers(inputs, outputs, enabled)) {
            for (int node : layer) {
                slot.putIfAbsent(node, slot.size());
                List<ConnectionKey> links = new ArrayList<>();
                for (ConnectionKey k : enabled) {
                    if (k.out() == node) {
                        links.add(k);
                    }
                }
                int[] sources = new int[links.size()];
                double[] weights = new double[links.size()];
                for (int i = 0; i < links.size(); i++) {
                    // Layering guarantees each source is an input or a node evaluated earlier.
                    sources[i] = slot.get(links.get(i).in());
                    weights[i] = genome.connections().get(links.get(i)).weight();
                }
                NodeGene n = genome.nodes().get(node);
                evals.add(new NodeEval(node, slot.get(node), n.activation(), n.aggregation(), n.bias(),
                        n.response(), sources, weights));
            }
        }
        return new FeedForwardNetwork(inputs, outputs, evals, slot.size());
    }

    @Override
    public double[] activate(double... inputs) {
        if (inputs.length != inputKeys.size()) {
            throw new IllegalArgumentException("expected " + inputKeys.size() + " inputs, got "
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
        double[] out = new double[outputKeys.size()];
        System.arraycopy(values, inputKeys.size(), out, 0, out.length);
        return out;
    }

    /** Number of evaluated nodes (the nodes required for the outputs and reachable from inputs). */
    public int evaluatedNodes() {
        return evals.size();
    }
}
