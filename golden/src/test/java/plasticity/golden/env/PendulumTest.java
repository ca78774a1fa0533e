package plasticity.golden.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static plasticity.golden.env.GymnasiumReference.*;

import org.junit.jupiter.api.Test;

/** Pendulum-v1 against the Gymnasium rewrite in gymnasium_reference.py (docs/spec/environments.md). */
class PendulumTest {

    /** Includes torques outside [-2, 2], which Gymnasium clips. */
    private static final double[] TORQUES = {0.0, 2.0, 3.0, -2.5, -1.25, 0.75, 1.5, -0.3, 2.0, -2.0};

    @Test
    void fixedTorquesFollowGymnasiumBitForBit() {
        var env = new Pendulum();
        double[] first = env.resetToState(1.0, 0.5);
        Trajectories.assertFixed("Pendulum", first, env::state,
                k -> env.step(new double[] {TORQUES[k]}),
                PENDULUM_STATE, PENDULUM_OBS, PENDULUM_REWARD, PENDULUM_TERMINATED);
    }

    @Test
    void neverTerminatesAndIsTruncatedAtTwoHundredSteps() {
        var env = new Pendulum();
        double[] first = env.resetToState(1.0, 0.5);
        var episode = Trajectories.runContinuous(env, first,
                o -> new double[] {-2.0 * o[2] - 1.0 * o[1]}, env::state);
        Trajectories.assertEpisode("Pendulum episode", env, episode, PENDULUM_EPISODE_STEPS,
                PENDULUM_EPISODE_ENDS_TERMINATED, PENDULUM_EPISODE_RETURN,
                PENDULUM_EPISODE_FINAL_STATE, PENDULUM_EPISODE_FINAL_OBS);
        assertEquals(200, episode.steps());
    }

    /** Python's floored {@code %}: results in [-pi, pi), negative inputs and exact multiples. */
    @Test
    void angleNormalizeIsPythonsFlooredModulo() {
        assertEquals(0.0, Pendulum.angleNormalize(0.0), 0.0);
        assertEquals(-Math.PI, Pendulum.angleNormalize(Math.PI), 0.0);
        assertEquals(-Math.PI, Pendulum.angleNormalize(-Math.PI), 0.0);
        assertEquals(1.0, Pendulum.angleNormalize(1.0), 0.0);
        assertEquals(-1.0, Pendulum.angleNormalize(-1.0), 0.0);
        double wrapped = Pendulum.angleNormalize(4.0);
        assertEquals(4.0 + Math.PI - 2 * Math.PI - Math.PI, wrapped, 0.0);
    }
}
