package plasticity.golden.adam;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import plasticity.golden.fixed.FixedArithmetic;
import plasticity.golden.fixed.Formats;
import plasticity.golden.neat.ConnectionKey;
import plasticity.golden.neat.Genome;
import plasticity.golden.neat.Network;
import plasticity.golden.neat.NodeGene;

/**
 * A genome evaluated the way ADAM evaluates it (docs/spec/adam.md): neat-python's feed-forward
 * order ({@link EvaluationOrder}), attributes and values in Q5.10, each node
 * {@code act(preActivation(bias, response, w[], x[]))} with {@link FixedArithmetic#preActivation}
 * and the {@link AdamActivation} unit. Immutable; {@link #activateRaw} is bit-exact with the RTL.
 */
public final class FixedNetwork implements Network {

    /**
     * One node's evaluation over value slots, fixed when the network is built: its in-links'
     * source slots and raw weights, in ascending (in, out) order.
     */
    public record NodeStep(int slot, FixedNode node, int[] sources, long[] weightsRaw) {
        public NodeStep {
            sources = sources.clone();
            weightsRaw = weightsRaw.clone();
        }

        @Override
        public int[] sources() {
            return sources.clone();
        }

        @Override
        public long[] weightsRaw() {
            return weightsRaw.clone();
        }
    }

    private final EvaluationOrder order;
    private final List<NodeStep> steps;

    private FixedNetwork(EvaluationOrder order, List<NodeStep> steps) {
        this.order = order;
        this.steps = List.copyOf(steps);
    }

    /**
     * The network of {@code genome} with input pins -1..-numInputs and outputs 0..numOutputs-1.
     * Every node gene is converted, evaluated or not, so whether ADAM accepts a genome does not
     * depend on which nodes its enabled connections happen to reach.
     *
     * @throws IllegalArgumentException naming the node or connection: an aggregation other than
     *         sum, an activation the unit lacks, a NaN attribute, a cycle among the enabled
     *         connections, a missing output node or an input pin beyond numInputs
     */
    public static FixedNetwork create(Genome genome, int numInputs, int numOutputs) {
        Map<Integer, FixedNode> nodes = new HashMap<>();
        for (NodeGene gene : genome.nodes().values()) {
            nodes.put(gene.key(), FixedNode.of(gene));
        }
        EvaluationOrder order = EvaluationOrder.of(genome, numInputs, numOutputs);
        List<NodeStep> steps = new ArrayList<>();
        for (EvaluationOrder.Step step : order.steps()) {
            int fanIn = step.links().size();
            int[] sources = new int[fanIn];
            long[] weights = new long[fanIn];
            for (int i = 0; i < fanIn; i++) {
                ConnectionKey link = step.links().get(i);
                sources[i] = order.slot(link.in());
                weights[i] = FixedNode.toWeight("connection " + link + " weight",
                        genome.connections().get(link).weight());
            }
            steps.add(new NodeStep(step.slot(), nodes.get(step.node()), sources, weights));
        }
        return new FixedNetwork(order, steps);
    }

    /** The raw Q5.10 outputs for raw Q5.10 inputs (pin -1 gets inputsRaw[0], and so on). */
    public long[] activateRaw(long... inputsRaw) {
        if (inputsRaw.length != order.numInputs()) {
            throw new IllegalArgumentException("expected " + order.numInputs() + " inputs, got " + inputsRaw.length);
        }
        long[] values = new long[order.slots()];
        for (int i = 0; i < inputsRaw.length; i++) {
            if (!Formats.ACTIVATION.fits(inputsRaw[i])) {
                throw new IllegalArgumentException("input " + i + ": " + inputsRaw[i] + " is not a raw " + Formats.ACTIVATION);
            }
            values[i] = inputsRaw[i];
        }
        for (NodeStep s : steps) {
            long[] x = new long[s.sources.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = values[s.sources[i]];
            }
            long u = FixedArithmetic.preActivation(s.node.biasRaw(), s.node.responseRaw(), s.weightsRaw, x);
            values[s.slot] = s.node.activation().apply(u);
        }
        long[] out = new long[order.numOutputs()];
        System.arraycopy(values, order.numInputs(), out, 0, out.length);
        return out;
    }

    /** The outputs as doubles (exact) for double inputs, each converted by {@link #toInput}. */
    @Override
    public double[] activate(double... inputs) {
        long[] raw = new long[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            raw[i] = toInput(inputs[i]);
        }
        long[] out = activateRaw(raw);
        double[] values = new double[out.length];
        for (int i = 0; i < out.length; i++) {
            values[i] = Formats.ACTIVATION.toDouble(out[i]);
        }
        return values;
    }

    /** A network input in Q5.10: floor(1024 x + 1/2) in exact arithmetic, saturated to [-32, 32); NaN refused. */
    public static long toInput(double x) {
        return Formats.ACTIVATION.fromDouble(x);
    }

    /** The node evaluations, in evaluation order. */
    public List<NodeStep> steps() {
        return steps;
    }

    /** The order the nodes are evaluated in. */
    public EvaluationOrder order() {
        return order;
    }
}
