package plasticity.golden.adam;

import java.util.ArrayList;
import java.util.List;
import plasticity.golden.neat.Genome;
import plasticity.golden.neat.Rng;
import plasticity.golden.neat.config.GenomeConfig;
import plasticity.golden.neat.config.NeatConfig;
import plasticity.golden.neat.hardware.HardwareOperators;
import plasticity.golden.neat.tasks.Tasks;

/**
 * Genomes as EvE breeds them, for ADAM's tests: the hardware operator set
 * ({@link HardwareOperators}) on Acrobot's built-in configuration (6 inputs, 3 outputs) with all
 * five activations, a 0.2 activation mutation rate and raised structural rates, over a few
 * generations of random parents and random fitness. Their topologies are the irregular ones
 * evolution makes: hidden keys anywhere, skip connections, deleted nodes leaving dangling and
 * disabled links, outputs no input reaches. Deterministic in the {@link Rng}.
 */
public final class BredGenomes {
    private static final String[] OVERRIDES = {
        "activation_options", "identity relu clamped sigmoid tanh",
        "activation_mutate_rate", "0.2",
        "conn_add_prob", "0.5",
        "node_add_prob", "0.4",
        "conn_delete_prob", "0.15",
        "node_delete_prob", "0.1",
    };

    private final GenomeConfig config;
    private final HardwareOperators ops;
    private List<Genome> population = new ArrayList<>();
    private int nextKey = 1;

    /** A population of {@code size} new genomes. */
    public BredGenomes(int size, Rng rng) {
        String text = Tasks.defaultConfigText(Tasks.byName("acrobot"));
        for (int i = 0; i < OVERRIDES.length; i += 2) {
            String replaced = text.replaceFirst("(?m)^" + OVERRIDES[i] + "\\s*=.*$", OVERRIDES[i] + " = " + OVERRIDES[i + 1]);
            if (replaced.equals(text)) {
                throw new IllegalStateException("acrobot.ini has no key " + OVERRIDES[i]);
            }
            text = replaced;
        }
        this.config = NeatConfig.parse("acrobot (ADAM test variant)", text).genome();
        this.ops = new HardwareOperators(config);
        for (int i = 0; i < size; i++) {
            population.add(ops.createNew(nextKey++, rng));
        }
    }

    /** The EvE configuration the genomes are bred under (for random hardware genomes of the same shape). */
    public plasticity.golden.neat.hardware.EveConfig eveConfig() {
        return ops.eveConfig();
    }

    public int numInputs() {
        return config.numInputs();
    }

    public int numOutputs() {
        return config.numOutputs();
    }

    /** The current population. */
    public List<Genome> population() {
        return List.copyOf(population);
    }

    /** One generation: every child from two random parents with random fitnesses. */
    public void breed(Rng rng) {
        List<Genome> next = new ArrayList<>();
        for (int i = 0; i < population.size(); i++) {
            Genome a = population.get(rng.randBelow(population.size()));
            Genome b = population.get(rng.randBelow(population.size()));
            next.add(ops.reproduce(nextKey++, a, rng.random(), b, rng.random(), rng));
        }
        population = next;
    }
}
