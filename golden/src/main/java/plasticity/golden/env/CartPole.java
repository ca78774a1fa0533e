package plasticity.golden.env;

/**
 * CartPole-v1: Gymnasium's {@code gymnasium/envs/classic_control/cartpole.py} (1.x, Euler
 * integrator) under {@code TimeLimit(500)} (docs/spec/environments.md, "CartPole-v1").
 *
 * <p>State {@code (x, x_dot, theta, theta_dot)} in double, as Gymnasium keeps it in float64;
 * observations are that state rounded to float32. Each expression below keeps Python's
 * left-to-right order, since a reordered product can differ in the last bit.
 */
public final class CartPole implements Environment {

    static final double GRAVITY = 9.8;
    static final double MASS_CART = 1.0;
    static final double MASS_POLE = 0.1;
    static final double TOTAL_MASS = MASS_POLE + MASS_CART;
    /** Half the pole's length, as Gymnasium names it {@code length}. */
    static final double LENGTH = 0.5;
    static final double POLE_MASS_LENGTH = MASS_POLE * LENGTH;
    static final double FORCE_MAG = 10.0;
    static final double TAU = 0.02;
    /** {@code 12 * 2 * math.pi / 360}, evaluated left to right as in Python. */
    static final double THETA_THRESHOLD_RADIANS = 12 * 2 * Math.PI / 360;
    static final double X_THRESHOLD = 2.4;
    static final double RESET_LOW = -0.05;
    static final double RESET_HIGH = 0.05;

    private final EpisodeClock clock = new EpisodeClock(id(), 500);
    private double x;
    private double xDot;
    private double theta;
    private double thetaDot;

    @Override
    public String id() {
        return "CartPole-v1";
    }

    @Override
    public int observationSize() {
        return 4;
    }

    @Override
    public ActionSpace actionSpace() {
        return new ActionSpace.Discrete(2);
    }

    @Override
    public int maxEpisodeSteps() {
        return clock.maxSteps();
    }

    /** Each of x, x_dot, theta, theta_dot (in this order) from {@code uniform(-0.05, 0.05)}. */
    @Override
    public double[] reset(long seed) {
        UniformSource random = UniformSource.fromSeed(seed);
        double x0 = random.uniform(RESET_LOW, RESET_HIGH);
        double xDot0 = random.uniform(RESET_LOW, RESET_HIGH);
        double theta0 = random.uniform(RESET_LOW, RESET_HIGH);
        double thetaDot0 = random.uniform(RESET_LOW, RESET_HIGH);
        return resetToState(x0, xDot0, theta0, thetaDot0);
    }

    /**
     * Starts an episode from a given float64 state instead of a random one (for tests and for
     * replaying a recorded episode); returns its float32 observation.
     */
    public double[] resetToState(double x, double xDot, double theta, double thetaDot) {
        this.x = x;
        this.xDot = xDot;
        this.theta = theta;
        this.thetaDot = thetaDot;
        clock.start();
        return observation();
    }

    /** Action 0 pushes the cart left with 10 N, action 1 right. */
    @Override
    public Step step(int action) {
        Actions.checkDiscrete(id(), action, 2);
        clock.checkCanStep();
        double force = action == 1 ? FORCE_MAG : -FORCE_MAG;
        double costheta = StrictMath.cos(theta);
        double sintheta = StrictMath.sin(theta);

        // np.square(v) is v * v, one rounding.
        double temp = (force + POLE_MASS_LENGTH * (thetaDot * thetaDot) * sintheta) / TOTAL_MASS;
        double thetaacc = (GRAVITY * sintheta - costheta * temp)
                / (LENGTH * (4.0 / 3.0 - MASS_POLE * (costheta * costheta) / TOTAL_MASS));
        double xacc = temp - POLE_MASS_LENGTH * thetaacc * costheta / TOTAL_MASS;

        // Explicit Euler: every update reads the old values.
        x = x + TAU * xDot;
        xDot = xDot + TAU * xacc;
        theta = theta + TAU * thetaDot;
        thetaDot = thetaDot + TAU * thetaacc;

        boolean terminated = x < -X_THRESHOLD || x > X_THRESHOLD
                || theta < -THETA_THRESHOLD_RADIANS || theta > THETA_THRESHOLD_RADIANS;
        // +1 on every step, the terminating one included.
        return clock.finish(observation(), 1.0, terminated);
    }

    /** The float64 state {@code (x, x_dot, theta, theta_dot)}, for tests and tracing. */
    public double[] state() {
        return new double[] {x, xDot, theta, thetaDot};
    }

    private double[] observation() {
        return Float32.observation(x, xDot, theta, thetaDot);
    }
}
