package plasticity.golden.neat.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import plasticity.golden.env.Environment;
import plasticity.golden.env.Step;
import plasticity.golden.neat.Network;

/**
 * A Gymnasium environment as a NEAT task (docs/spec/neat.md, "Tasks"): each step the network sees
 * {@link #inputs(double[]) inputs made from the observation} and its outputs are
 * {@link #act turned into an action}. Fitness is the mean return of {@value #TRAINING_EPISODES}
 * episodes; solved is Gymnasium's criterion, a mean return of at least the threshold over
 * {@value #CHECK_EPISODES} episodes.
 *
 * <p>Episode seeds ({@link Environment#reset(long)}): {@code runSeed} in the high 32 bits, an
 * index in the low 32. Training episode {@code e} of generation {@code g} has index
 * {@code g * TRAINING_EPISODES + e} (below 2^31); check episode {@code i} has index
 * {@code 2^31 + i}, so the check never replays a training episode.
 */
public abstract class EpisodicTask implements Task {

    /** neat-python's single-pole example uses {@code runs_per_net = 5}. */
    public static final int TRAINING_EPISODES = 5;

    /** Gymnasium's solved criterion averages the return over 100 consecutive episodes. */
    public static final int CHECK_EPISODES = 100;

    private static final long CHECK_INDEX = 1L << 31;

    private final double threshold;

    protected EpisodicTask(double threshold) {
        this.threshold = threshold;
    }

    /** A fresh environment (environments are mutable; one per evaluation). */
    protected abstract Environment newEnvironment();

    /** The network's inputs for an observation. */
    protected abstract double[] inputs(double[] observation);

    /** Steps {@code env} with the action the network's outputs select. */
    protected abstract Step act(Environment env, double[] outputs);

    @Override
    public int numInputs() {
        return newEnvironment().observationSize();
    }

    @Override
    public double fitness(Network network, int runSeed, int generation) {
        return policyFitness(network::activate, runSeed, generation);
    }

    /**
     * As {@link #fitness(Network, int, int)} for any policy from network inputs to
     * network outputs: the same episodes, inputs and actions, so that another NEAT
     * implementation's networks can be scored on equal terms (the {@code bench neat} comparison).
     */
    public double policyFitness(UnaryOperator<double[]> policy, int runSeed, int generation) {
        if (generation < 0 || (long) generation * TRAINING_EPISODES >= CHECK_INDEX) {
            throw new IllegalArgumentException("generation " + generation + " is out of range");
        }
        Environment env = newEnvironment();
        double sum = 0;
        for (int e = 0; e < TRAINING_EPISODES; e++) {
            sum += policyReturn(env, policy, episodeSeed(runSeed, (long) generation * TRAINING_EPISODES + e));
        }
        return sum / TRAINING_EPISODES;
    }

    @Override
    public double fitnessThreshold() {
        return threshold;
    }

    @Override
    public Verdict check(Network network, int runSeed) {
        Environment env = newEnvironment();
        List<Double> returns = new ArrayList<>();
        double sum = 0;
        for (int i = 0; i < CHECK_EPISODES; i++) {
            double r = episodeReturn(env, network, episodeSeed(runSeed, CHECK_INDEX + i));
            returns.add(r);
            sum += r;
        }
        double mean = sum / CHECK_EPISODES;
        return new Verdict("mean return over " + CHECK_EPISODES + " episodes", mean, threshold,
                mean >= threshold, returns);
    }

    /** The undiscounted return of one episode from {@code reset(seed)} to done. */
    public double episodeReturn(Environment env, Network network, long seed) {
        return policyReturn(env, network::activate, seed);
    }

    private double policyReturn(Environment env, UnaryOperator<double[]> policy, long seed) {
        double[] observation = env.reset(seed);
        double total = 0;
        while (true) {
            Step s = act(env, policy.apply(inputs(observation)));
            total += s.reward();
            if (s.done()) {
                return total;
            }
            observation = s.observation();
        }
    }

    /** {@code runSeed} in the high word, {@code index} (unsigned, < 2^32) in the low word. */
    static long episodeSeed(int runSeed, long index) {
        return ((long) runSeed << 32) | index;
    }

    /** numpy's {@code argmax}: the first index of the largest value. */
    static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
