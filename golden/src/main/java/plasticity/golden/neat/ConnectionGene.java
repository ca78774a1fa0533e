package plasticity.golden.neat;

import java.util.Objects;

/**
 * A connection gene (neat-python {@code DefaultConnectionGene}). Attribute order (weight,
 * enabled) is the order of the random draws in init, crossover and mutation.
 */
public record ConnectionGene(ConnectionKey key, double weight, boolean enabled) {

    public ConnectionGene {
        Objects.requireNonNull(key, "key");
    }

    public ConnectionGene withEnabled(boolean e) {
        return new ConnectionGene(key, weight, e);
    }
}
