package plasticity.golden.adam;

import java.util.ArrayList;
import java.util.List;
import plasticity.golden.neat.Aggregation;
import plasticity.golden.neat.ConnectionGene;
import plasticity.golden.neat.ConnectionKey;
import plasticity.golden.neat.Genome;
import plasticity.golden.neat.NodeGene;
import plasticity.golden.neat.Rng;

/**
 * Random feed-forward genomes shaped like the ones ADAM runs (docs/spec/adam.md, "Error against
 * float"): 1..4 inputs, 1..3 outputs, 0..6 hidden nodes; the nodes in a random order, and each
 * link from an input or an earlier node to a later one present with probability 1/2 (so skip
 * connections and hidden-to-hidden chains occur), except output to output, which neat-python
 * never adds; a present link disabled with probability 1/10. Every bias, response and weight a
 * multiple of 1/16 in [-8, 7.9375] (uniform), every activation one of the unit's five (uniform),
 * every aggregation sum. All draws come from the {@link Rng} given, in this order: the counts
 * (inputs, outputs, hidden); each node in ascending key (bias, response, activation); the node
 * order (a shuffle); then for each target in that order and each candidate source (inputs -1,
 * -2, ..., then the earlier nodes) a presence draw and, if present, weight and enabled.
 */
public final class RandomFeedForwardGenomes {
    public static final int MAX_INPUTS = 4;
    public static final int MAX_OUTPUTS = 3;
    public static final int MAX_HIDDEN = 6;

    /** Attributes are k / 16 for k uniform in [-128, 127]. */
    private static final int ATTRIBUTE_STEPS = 256;
    private static final double ATTRIBUTE_STEP = 1.0 / 16;

    private RandomFeedForwardGenomes() {}

    /** A genome with the input and output counts it was drawn for. */
    public record Sample(Genome genome, int numInputs, int numOutputs) {
    }

    /** The next random genome, under genome key {@code key}. */
    public static Sample next(Rng rng, int key) {
        int numInputs = 1 + rng.randBelow(MAX_INPUTS);
        int numOutputs = 1 + rng.randBelow(MAX_OUTPUTS);
        int numHidden = rng.randBelow(MAX_HIDDEN + 1);
        Genome.Builder b = new Genome.Builder(key);
        List<Integer> order = new ArrayList<>();
        AdamActivation[] acts = AdamActivation.values();
        for (int n = 0; n < numOutputs + numHidden; n++) {
            double bias = attribute(rng);
            double response = attribute(rng);
            AdamActivation act = acts[rng.randBelow(acts.length)];
            b.put(new NodeGene(n, bias, response, act.neat(), Aggregation.SUM));
            order.add(n);
        }
        rng.shuffle(order);
        for (int t = 0; t < order.size(); t++) {
            int target = order.get(t);
            List<Integer> sources = new ArrayList<>();
            for (int i = 1; i <= numInputs; i++) {
                sources.add(-i);
            }
            sources.addAll(order.subList(0, t));
            for (int source : sources) {
                boolean outputToOutput = source >= 0 && source < numOutputs && target < numOutputs;
                if (!outputToOutput && rng.random() < 0.5) {
                    double weight = attribute(rng);
                    boolean enabled = rng.random() >= 0.1;
                    b.put(new ConnectionGene(new ConnectionKey(source, target), weight, enabled));
                }
            }
        }
        return new Sample(b.build(), numInputs, numOutputs);
    }

    private static double attribute(Rng rng) {
        return (rng.randBelow(ATTRIBUTE_STEPS) - ATTRIBUTE_STEPS / 2) * ATTRIBUTE_STEP;
    }
}
