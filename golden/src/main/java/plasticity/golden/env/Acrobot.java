package plasticity.golden.env;

/**
 * Acrobot-v1: Gymnasium's {@code gymnasium/envs/classic_control/acrobot.py} ("book" dynamics,
 * no torque noise) under {@code TimeLimit(500)} (docs/spec/environments.md, "Acrobot-v1").
 *
 * <p>State {@code (theta1, theta2, dtheta1, dtheta2)} in double. A step integrates the 5-vector
 * {@code (state, torque)} with one classic Runge-Kutta step of {@code dt = 0.2}, written as
 * Gymnasium's {@code rk4} writes it, then wraps the angles and bounds the velocities.
 */
public final class Acrobot implements Environment {

    static final double DT = 0.2;
    static final double LINK_LENGTH_1 = 1.0;
    static final double LINK_MASS_1 = 1.0;
    static final double LINK_MASS_2 = 1.0;
    static final double LINK_COM_POS_1 = 0.5;
    static final double LINK_COM_POS_2 = 0.5;
    static final double LINK_MOI = 1.0;
    static final double G = 9.8;
    static final double MAX_VEL_1 = 4 * Math.PI;
    static final double MAX_VEL_2 = 9 * Math.PI;
    /** {@code AVAIL_TORQUE = [-1.0, 0.0, +1]}, indexed by the action. */
    private static final double[] AVAIL_TORQUE = {-1.0, 0.0, 1.0};
    static final double RESET_LOW = -0.1;
    static final double RESET_HIGH = 0.1;

    private final EpisodeClock clock = new EpisodeClock(id(), 500);
    private double[] s = new double[4];

    @Override
    public String id() {
        return "Acrobot-v1";
    }

    @Override
    public int observationSize() {
        return 6;
    }

    @Override
    public ActionSpace actionSpace() {
        return new ActionSpace.Discrete(3);
    }

    @Override
    public int maxEpisodeSteps() {
        return clock.maxSteps();
    }

    /**
     * Each state variable from {@code uniform(-0.1, 0.1)} and then rounded to float32, as
     * Gymnasium's {@code .astype(np.float32)} does; later steps keep float64.
     */
    @Override
    public double[] reset(long seed) {
        UniformSource random = UniformSource.fromSeed(seed);
        double[] start = new double[4];
        for (int i = 0; i < 4; i++) {
            start[i] = Float32.round(random.uniform(RESET_LOW, RESET_HIGH));
        }
        return resetToState(start[0], start[1], start[2], start[3]);
    }

    /**
     * Starts an episode from a given state, used as given (no float32 rounding); returns its
     * float32 observation.
     */
    public double[] resetToState(double theta1, double theta2, double dtheta1, double dtheta2) {
        s = new double[] {theta1, theta2, dtheta1, dtheta2};
        clock.start();
        return observation();
    }

    /** Action 0 applies torque -1 to the joint between the links, 1 none, 2 +1. */
    @Override
    public Step step(int action) {
        Actions.checkDiscrete(id(), action, 3);
        clock.checkCanStep();
        double[] augmented = {s[0], s[1], s[2], s[3], AVAIL_TORQUE[action]};
        double[] ns = rk4(augmented);
        ns[0] = wrap(ns[0], -Math.PI, Math.PI);
        ns[1] = wrap(ns[1], -Math.PI, Math.PI);
        ns[2] = bound(ns[2], -MAX_VEL_1, MAX_VEL_1);
        ns[3] = bound(ns[3], -MAX_VEL_2, MAX_VEL_2);
        s = ns;
        boolean terminated = -StrictMath.cos(s[0]) - StrictMath.cos(s[1] + s[0]) > 1.0;
        return clock.finish(observation(), terminated ? 0.0 : -1.0, terminated);
    }

    /** The float64 state {@code (theta1, theta2, dtheta1, dtheta2)}, for tests and tracing. */
    public double[] state() {
        return s.clone();
    }

    /**
     * Gymnasium's {@code rk4(derivs, y0, [0, dt])}: one step, returning the first four
     * components. The final sum is {@code ((k1 + 2 k2) + 2 k3) + k4}, scaled by {@code dt / 6.0}.
     */
    private static double[] rk4(double[] y0) {
        double dt = DT - 0;
        double dt2 = dt / 2.0;
        double[] k1 = dsdt(y0);
        double[] k2 = dsdt(plus(y0, dt2, k1));
        double[] k3 = dsdt(plus(y0, dt2, k2));
        double[] k4 = dsdt(plus(y0, dt, k3));
        double sixth = dt / 6.0;
        double[] out = new double[4];
        for (int i = 0; i < 4; i++) {
            out[i] = y0[i] + sixth * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
        }
        return out;
    }

    /** {@code y + h * k}, element by element. */
    private static double[] plus(double[] y, double h, double[] k) {
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = y[i] + h * k[i];
        }
        return out;
    }

    /**
     * Gymnasium's {@code _dsdt}, "book" branch. Python's {@code v**2} of a float64 is written
     * {@code v * v}, the exactly rounded square (docs/spec/environments.md, "Platform arithmetic").
     */
    private static double[] dsdt(double[] sa) {
        double m1 = LINK_MASS_1;
        double m2 = LINK_MASS_2;
        double l1 = LINK_LENGTH_1;
        double lc1 = LINK_COM_POS_1;
        double lc2 = LINK_COM_POS_2;
        double i1 = LINK_MOI;
        double i2 = LINK_MOI;
        double g = G;
        double a = sa[4];
        double theta1 = sa[0];
        double theta2 = sa[1];
        double dtheta1 = sa[2];
        double dtheta2 = sa[3];
        double d1 = m1 * (lc1 * lc1)
                + m2 * (l1 * l1 + lc2 * lc2 + 2 * l1 * lc2 * StrictMath.cos(theta2))
                + i1
                + i2;
        double d2 = m2 * (lc2 * lc2 + l1 * lc2 * StrictMath.cos(theta2)) + i2;
        double phi2 = m2 * lc2 * g * StrictMath.cos(theta1 + theta2 - Math.PI / 2.0);
        double phi1 = -m2 * l1 * lc2 * (dtheta2 * dtheta2) * StrictMath.sin(theta2)
                - 2 * m2 * l1 * lc2 * dtheta2 * dtheta1 * StrictMath.sin(theta2)
                + (m1 * lc1 + m2 * l1) * g * StrictMath.cos(theta1 - Math.PI / 2)
                + phi2;
        double ddtheta2 = (a + d2 / d1 * phi1
                - m2 * l1 * lc2 * (dtheta1 * dtheta1) * StrictMath.sin(theta2) - phi2)
                / (m2 * (lc2 * lc2) + i2 - (d2 * d2) / d1);
        double ddtheta1 = -(d2 * ddtheta2 + phi1) / d1;
        return new double[] {dtheta1, dtheta2, ddtheta1, ddtheta2, 0.0};
    }

    /** Gymnasium's {@code wrap}: shifts by whole turns {@code M - m} until {@code m <= x <= M}. */
    private static double wrap(double x, double m, double bigM) {
        double diff = bigM - m;
        while (x > bigM) {
            x = x - diff;
        }
        while (x < m) {
            x = x + diff;
        }
        return x;
    }

    /** Gymnasium's {@code bound}: Python's {@code min(max(x, m), M)}. */
    private static double bound(double x, double m, double bigM) {
        double atLeast = m > x ? m : x;
        return bigM < atLeast ? bigM : atLeast;
    }

    private double[] observation() {
        return Float32.observation(StrictMath.cos(s[0]), StrictMath.sin(s[0]),
                StrictMath.cos(s[1]), StrictMath.sin(s[1]), s[2], s[3]);
    }
}
