package plasticity.golden.env;

/**
 * An episodic control task as NEAT evaluates it: {@link #reset(long)}, then {@link #step} until
 * {@link Step#done()}; the fitness is usually the sum of the rewards (docs/spec/environments.md).
 *
 * <p>Implementations reproduce a Gymnasium environment wrapped in its registered
 * {@code TimeLimit}: the step arithmetic is Gymnasium's, operation for operation; only the random
 * initial state comes from our own generator (same distribution, not the same stream).
 * An environment is a mutable, single-threaded object: one per evaluation thread.
 */
public interface Environment {

    /** Gymnasium's id, e.g. {@code "CartPole-v1"}. */
    String id();

    /** The length of every observation. */
    int observationSize();

    /** The kind of action {@link #step} accepts. */
    ActionSpace actionSpace();

    /** The {@code TimeLimit}: the step that reaches this count returns {@code truncated}. */
    int maxEpisodeSteps();

    /**
     * Starts an episode from a random initial state drawn from {@link UniformSource#fromSeed(long)}
     * and returns the first observation. The same seed always gives the same episode.
     */
    double[] reset(long seed);

    /**
     * Advances a discrete-action environment by one step.
     *
     * @throws IllegalArgumentException if the action is outside {@code 0..n-1} or this
     *     environment takes continuous actions
     * @throws IllegalStateException before the first reset or after the episode is done
     */
    default Step step(int action) {
        throw new IllegalArgumentException(id() + " takes a continuous action "
                + "(ActionSpace.Box): call step(double[]), not step(int)");
    }

    /**
     * Advances a continuous-action environment by one step.
     *
     * @throws IllegalArgumentException if the action has the wrong length or is NaN, or this
     *     environment takes discrete actions
     * @throws IllegalStateException before the first reset or after the episode is done
     */
    default Step step(double[] action) {
        throw new IllegalArgumentException(id() + " takes a discrete action "
                + "(ActionSpace.Discrete): call step(int), not step(double[])");
    }
}
