package plasticity.golden.env;

/**
 * Gymnasium's {@code TimeLimit} wrapper plus the order checks of {@code OrderEnforcing}: counts
 * the steps of an episode, reports {@code truncated} on the step that reaches the limit (also
 * when that step terminates), and refuses to step before a reset or after the episode is over.
 */
final class EpisodeClock {

    private final String id;
    private final int maxSteps;
    private int elapsed = -1;
    private boolean over;

    EpisodeClock(String id, int maxSteps) {
        this.id = id;
        this.maxSteps = maxSteps;
    }

    void start() {
        elapsed = 0;
        over = false;
    }

    /**
     * Gymnasium warns and goes on when a finished episode is stepped ("undefined behavior");
     * a specification must not, so this is an error here.
     */
    void checkCanStep() {
        if (elapsed < 0) {
            throw new IllegalStateException(id + ": call reset(seed) before step");
        }
        if (over) {
            throw new IllegalStateException(id + ": the episode ended after " + elapsed
                    + " steps (terminated or truncated); call reset(seed) to start another");
        }
    }

    Step finish(double[] observation, double reward, boolean terminated) {
        elapsed++;
        boolean truncated = elapsed >= maxSteps;
        over = terminated || truncated;
        return new Step(observation, reward, terminated, truncated);
    }

    int maxSteps() {
        return maxSteps;
    }

    /** Steps taken in the current episode. */
    int elapsed() {
        return Math.max(elapsed, 0);
    }
}
