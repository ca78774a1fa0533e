package plasticity.golden.neat;

import java.util.Objects;

/**
 * A node gene (neat-python {@code DefaultNodeGene}): node output =
 * activation(bias + response * aggregation(inputs * weights)). Attribute order (bias, response,
 * activation, aggregation) is the order of the random draws in init, crossover and mutation.
 *
 * @param key a hidden or output node key, >= 0 (input pins have no node gene)
 */
public record NodeGene(int key, double bias, double response, Activation activation,
        Aggregation aggregation) {

    public NodeGene {
        if (key < 0) {
            throw new IllegalArgumentException("node key " + key
                    + " is negative: negative keys are input pins, which have no node gene");
        }
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(aggregation, "aggregation");
    }
}
