package plasticity.golden.env;

/**
 * MountainCar-v0: Gymnasium's {@code gymnasium/envs/classic_control/mountain_car.py} under
 * {@code TimeLimit(200)} (docs/spec/environments.md, "MountainCar-v0").
 *
 * <p>State {@code (position, velocity)} in double; observations are float32.
 */
public final class MountainCar implements Environment {

    static final double MIN_POSITION = -1.2;
    static final double MAX_POSITION = 0.6;
    static final double MAX_SPEED = 0.07;
    static final double GOAL_POSITION = 0.5;
    static final double GOAL_VELOCITY = 0.0;
    static final double FORCE = 0.001;
    static final double GRAVITY = 0.0025;
    static final double RESET_LOW = -0.6;
    static final double RESET_HIGH = -0.4;

    private final EpisodeClock clock = new EpisodeClock(id(), 200);
    private double position;
    private double velocity;

    @Override
    public String id() {
        return "MountainCar-v0";
    }

    @Override
    public int observationSize() {
        return 2;
    }

    @Override
    public ActionSpace actionSpace() {
        return new ActionSpace.Discrete(3);
    }

    @Override
    public int maxEpisodeSteps() {
        return clock.maxSteps();
    }

    /** Position from {@code uniform(-0.6, -0.4)}, velocity 0. */
    @Override
    public double[] reset(long seed) {
        return resetToState(UniformSource.fromSeed(seed).uniform(RESET_LOW, RESET_HIGH), 0.0);
    }

    /** Starts an episode from a given float64 state; returns its float32 observation. */
    public double[] resetToState(double position, double velocity) {
        this.position = position;
        this.velocity = velocity;
        clock.start();
        return observation();
    }

    /** Action 0 accelerates left, 1 not at all, 2 right. */
    @Override
    public Step step(int action) {
        Actions.checkDiscrete(id(), action, 3);
        clock.checkCanStep();
        // Python's "velocity += a + b" adds the whole right-hand side, (a + b), to velocity.
        velocity = velocity + ((action - 1) * FORCE + StrictMath.cos(3 * position) * (-GRAVITY));
        velocity = clip(velocity, -MAX_SPEED, MAX_SPEED);
        position = position + velocity;
        position = clip(position, MIN_POSITION, MAX_POSITION);
        // The left wall is inelastic: the car stops there.
        if (position == MIN_POSITION && velocity < 0) {
            velocity = 0.0;
        }
        boolean terminated = position >= GOAL_POSITION && velocity >= GOAL_VELOCITY;
        return clock.finish(observation(), -1.0, terminated);
    }

    /** The float64 state {@code (position, velocity)}, for tests and tracing. */
    public double[] state() {
        return new double[] {position, velocity};
    }

    /** {@code np.clip} for a scalar: {@code min(max(v, low), high)}. */
    private static double clip(double v, double low, double high) {
        return Math.min(Math.max(v, low), high);
    }

    private double[] observation() {
        return Float32.observation(position, velocity);
    }
}
