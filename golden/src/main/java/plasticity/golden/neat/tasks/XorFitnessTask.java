package plasticity.golden.neat.tasks;

import plasticity.golden.env.XorTask;
import plasticity.golden.neat.Network;

/**
 * Two-input XOR as neat-python's {@code examples/xor/evolve-feedforward.py} scores it
 * ({@link XorTask}): fitness {@code 4 - sum of squared errors}, solved at fitness >= 3.9 (the
 * example config's {@code fitness_threshold}). There is nothing random, so the fitness ignores
 * the seed and the generation, and the check is the fitness itself.
 */
public final class XorFitnessTask implements Task {

    static final double THRESHOLD = 3.9;

    @Override
    public String name() {
        return "xor";
    }

    @Override
    public String title() {
        return "XOR";
    }

    @Override
    public int numInputs() {
        return 2;
    }

    @Override
    public int numOutputs() {
        return 1;
    }

    @Override
    public double fitness(Network network, int runSeed, int generation) {
        return XorTask.fitness(network::activate);
    }

    @Override
    public double fitnessThreshold() {
        return THRESHOLD;
    }

    @Override
    public Verdict check(Network network, int runSeed) {
        double f = XorTask.fitness(network::activate);
        return new Verdict("fitness", f, THRESHOLD, f >= THRESHOLD, java.util.List.of());
    }
}
