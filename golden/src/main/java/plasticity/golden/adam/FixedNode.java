package plasticity.golden.adam;

import plasticity.golden.fixed.Formats;
import plasticity.golden.neat.Aggregation;
import plasticity.golden.neat.NodeGene;

/**
 * A node gene as ADAM holds it (docs/spec/adam.md, "Genome to fixed point"): bias and response
 * in Q5.10, the activation unit's function, and sum as the only aggregation.
 *
 * @param key         the node key
 * @param biasRaw     the bias, raw Q5.10
 * @param responseRaw the response, raw Q5.10
 * @param activation  the activation unit's function
 */
public record FixedNode(int key, long biasRaw, long responseRaw, AdamActivation activation) {

    public FixedNode {
        if (!Formats.WEIGHT.fits(biasRaw) || !Formats.WEIGHT.fits(responseRaw)) {
            throw new IllegalArgumentException("node " + key + ": bias " + biasRaw + " and response " + responseRaw
                    + " must be raw " + Formats.WEIGHT);
        }
    }

    /**
     * The gene in fixed point: bias and response rounded half up and saturated to Q5.10
     * ({@link plasticity.golden.fixed.QFormat#fromDouble}).
     *
     * @throws IllegalArgumentException naming the node if its aggregation is not sum, its
     *         activation is not one the unit implements, or an attribute is NaN
     */
    public static FixedNode of(NodeGene gene) {
        if (gene.aggregation() != Aggregation.SUM) {
            throw new IllegalArgumentException("node " + gene.key() + " aggregates with '"
                    + gene.aggregation().configName() + "': ADAM's MAC array only sums (set aggregation to 'sum'; "
                    + "docs/spec/adam.md, \"Genome to fixed point\")");
        }
        AdamActivation activation = AdamActivation.of(gene.activation()).orElseThrow(() ->
                new IllegalArgumentException("node " + gene.key() + " uses activation '"
                        + gene.activation().configName() + "', which ADAM's activation unit does not implement; it has "
                        + AdamActivation.implemented() + " (docs/spec/adam.md, \"Activation codes\")"));
        return new FixedNode(gene.key(), toWeight("node " + gene.key() + " bias", gene.bias()),
                toWeight("node " + gene.key() + " response", gene.response()), activation);
    }

    /** A weight, bias or response in Q5.10, rounded half up and saturated; a NaN is refused, named by {@code what}. */
    static long toWeight(String what, double value) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException(what + " is NaN, which has no fixed-point value");
        }
        return Formats.WEIGHT.fromDouble(value);
    }
}
