package plasticity.golden.neat.tasks;

import plasticity.golden.neat.Network;

/**
 * A problem NEAT evolves networks for (docs/spec/neat.md, "Tasks"): how many inputs and outputs
 * a network has, its fitness in a generation, the training fitness at which a genome becomes a
 * candidate, and the test that decides whether a candidate solves the task.
 *
 * <p>Deterministic: the fitness depends only on the network, the run seed and the generation (the
 * episodes of a generation are the same for every genome, so genomes are compared on equal
 * terms); the check depends only on the network and the run seed. Implementations are stateless
 * and may be shared.
 */
public interface Task {

    /** The name on the command line, e.g. {@code cartpole}. */
    String name();

    /** What is solved, e.g. {@code CartPole-v1}. */
    String title();

    int numInputs();

    int numOutputs();

    /** The network's fitness in {@code generation} of the run with {@code runSeed}. */
    double fitness(Network network, int runSeed, int generation);

    /**
     * The training fitness at which the generation's best genome is {@linkplain #check checked};
     * the built-in config's {@code fitness_threshold}.
     */
    double fitnessThreshold();

    /** The task's own "solved" test, on episodes (or cases) that training never used. */
    Verdict check(Network network, int runSeed);
}
