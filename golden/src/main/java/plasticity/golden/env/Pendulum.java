package plasticity.golden.env;

/**
 * Pendulum-v1: Gymnasium's {@code gymnasium/envs/classic_control/pendulum.py} with the default
 * {@code g = 10.0}, under {@code TimeLimit(200)} (docs/spec/environments.md, "Pendulum-v1").
 *
 * <p>State {@code (th, thdot)} in double; the torque is a float64 value, as when Gymnasium is
 * given a Python float or a float64 array (a float32 array would make NumPy 2 compute the
 * torque terms in float32; see the spec).
 */
public final class Pendulum implements Environment {

    static final double MAX_SPEED = 8;
    static final double MAX_TORQUE = 2.0;
    static final double DT = 0.05;
    static final double G = 10.0;
    static final double M = 1.0;
    static final double L = 1.0;
    static final double RESET_THETA = Math.PI;
    static final double RESET_THETA_DOT = 1.0;

    private final EpisodeClock clock = new EpisodeClock(id(), 200);
    private double th;
    private double thdot;

    @Override
    public String id() {
        return "Pendulum-v1";
    }

    @Override
    public int observationSize() {
        return 3;
    }

    @Override
    public ActionSpace actionSpace() {
        return new ActionSpace.Box(new double[] {-MAX_TORQUE}, new double[] {MAX_TORQUE});
    }

    @Override
    public int maxEpisodeSteps() {
        return clock.maxSteps();
    }

    /**
     * {@code th} from {@code uniform(-pi, pi)}, then {@code thdot} from {@code uniform(-1, 1)}
     * (NumPy draws the array {@code uniform(low=[-pi, -1], high=[pi, 1])} in that order).
     */
    @Override
    public double[] reset(long seed) {
        UniformSource random = UniformSource.fromSeed(seed);
        double theta = random.uniform(-RESET_THETA, RESET_THETA);
        double thetaDot = random.uniform(-RESET_THETA_DOT, RESET_THETA_DOT);
        return resetToState(theta, thetaDot);
    }

    /** Starts an episode from a given float64 state; returns its float32 observation. */
    public double[] resetToState(double theta, double thetaDot) {
        this.th = theta;
        this.thdot = thetaDot;
        clock.start();
        return observation();
    }

    /**
     * Applies torque {@code action[0]}, clipped to [-2, 2]. Reward is minus the cost of the
     * state before the step; the pendulum never terminates, only truncates.
     */
    @Override
    public Step step(double[] action) {
        if (action.length != 1 || Double.isNaN(action[0])) {
            throw new IllegalArgumentException(id() + " takes one torque, a number (it is "
                    + "clipped to [-2, 2]); got " + java.util.Arrays.toString(action));
        }
        clock.checkCanStep();
        double u = Math.min(Math.max(action[0], -MAX_TORQUE), MAX_TORQUE);
        // Python's v**2 of a float64 is written v * v
        // (docs/spec/environments.md, "Platform arithmetic").
        double an = angleNormalize(th);
        double costs = an * an + 0.1 * (thdot * thdot) + 0.001 * (u * u);

        double newthdot = thdot
                + (3 * G / (2 * L) * StrictMath.sin(th) + 3.0 / (M * (L * L)) * u) * DT;
        newthdot = Math.min(Math.max(newthdot, -MAX_SPEED), MAX_SPEED);
        double newth = th + newthdot * DT;
        th = newth;
        thdot = newthdot;
        return clock.finish(observation(), -costs, false);
    }

    /** The float64 state {@code (th, thdot)}, for tests and tracing. */
    public double[] state() {
        return new double[] {th, thdot};
    }

    /**
     * {@code ((x + pi) % (2 * pi)) - pi} with Python's floored modulo: the C remainder
     * (Java's {@code %}, exact), moved into the divisor's sign; a zero takes the divisor's sign.
     */
    static double angleNormalize(double x) {
        double twoPi = 2 * Math.PI;
        double mod = (x + Math.PI) % twoPi;
        if (mod != 0) {
            if ((twoPi < 0) != (mod < 0)) {
                mod += twoPi;
            }
        } else {
            mod = Math.copySign(0.0, twoPi);
        }
        return mod - Math.PI;
    }

    private double[] observation() {
        return Float32.observation(StrictMath.cos(th), StrictMath.sin(th), thdot);
    }
}
