package plasticity.golden.env;

/**
 * The result of one {@link Environment#step}: Gymnasium's {@code (observation, reward,
 * terminated, truncated)}. {@code terminated} is the task's own end (the pole fell, the car
 * reached the flag); {@code truncated} is the time limit; both can be true on the same step.
 */
public record Step(double[] observation, double reward, boolean terminated, boolean truncated) {

    public Step {
        observation = observation.clone();
    }

    @Override
    public double[] observation() {
        return observation.clone();
    }

    /** The episode is over: Gymnasium's {@code terminated or truncated}. */
    public boolean done() {
        return terminated || truncated;
    }
}
