package plasticity.golden.neat;

/**
 * The genome-level operators that an operator set supplies to the evolution loop
 * (docs/spec/neat.md, "Operator sets"). The loop (speciation, stagnation, reproduction) is shared;
 * the <em>standard</em> set ({@code plasticity.golden.neat.standard}) follows neat-python v0.92 in
 * floating point, and a <em>hardware</em> set will follow EvE bit for bit.
 *
 * <p>All randomness comes from the {@link Rng} passed in; an implementation may hold state that
 * neat-python holds globally (the node-key counter), so use one instance per run.
 */
public interface GenomeOperators {

    /** A genome of the initial population (neat-python {@code configure_new}). */
    Genome createNew(int key, Rng rng);

    /**
     * A child of two parents (neat-python {@code configure_crossover}); the parents may be the
     * same genome. The fitter parent is the one with the strictly larger fitness, else
     * {@code b}.
     */
    Genome crossover(int childKey, Genome a, double fitnessA, Genome b, double fitnessB, Rng rng);

    /** The genome after one round of mutation (neat-python {@code mutate}), same key. */
    Genome mutate(Genome genome, Rng rng);

    /**
     * A child of two parents, crossed over and mutated: what reproduction asks for every child
     * that is not an elite. neat-python does the two in sequence; EvE does both in one pass over
     * the parents' genes, so the hardware set overrides this.
     */
    default Genome reproduce(int childKey, Genome a, double fitnessA, Genome b, double fitnessB, Rng rng) {
        return mutate(crossover(childKey, a, fitnessA, b, fitnessB, rng), rng);
    }

    /** The compatibility distance used for speciation; symmetric, 0 for identical genes. */
    double distance(Genome a, Genome b);
}
