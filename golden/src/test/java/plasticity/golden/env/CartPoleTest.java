package plasticity.golden.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static plasticity.golden.env.GymnasiumReference.*;

import org.junit.jupiter.api.Test;

/** CartPole-v1 against the Gymnasium rewrite in gymnasium_reference.py (docs/spec/environments.md). */
class CartPoleTest {

    private static final double[] START = {0.0273956, -0.00611216, 0.03585979, 0.0197368};
    private static final int[] ACTIONS = {1, 0, 0, 1, 1, 1, 0, 1, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 0, 0};

    @Test
    void fixedActionsFollowGymnasiumBitForBit() {
        var env = new CartPole();
        double[] first = env.resetToState(START[0], START[1], START[2], START[3]);
        Trajectories.assertFixed("CartPole", first, env::state, k -> env.step(ACTIONS[k]),
                CARTPOLE_STATE, CARTPOLE_OBS, CARTPOLE_REWARD, CARTPOLE_TERMINATED);
    }

    @Test
    void pushingRightTerminatesOnTheStepThePoleFallsAndStillPaysOne() {
        var env = new CartPole();
        double[] first = env.resetToState(START[0], START[1], START[2], START[3]);
        Trajectories.assertFixed("CartPole right", first, env::state, k -> env.step(1),
                CARTPOLE_RIGHT_STATE, CARTPOLE_RIGHT_OBS, CARTPOLE_RIGHT_REWARD,
                CARTPOLE_RIGHT_TERMINATED);
        assertEquals(true, CARTPOLE_RIGHT_TERMINATED[CARTPOLE_RIGHT_TERMINATED.length - 1]);
        assertThrows(IllegalStateException.class, () -> env.step(1));
    }

    @Test
    void balancingPolicyIsTruncatedAtFiveHundredSteps() {
        var env = new CartPole();
        double[] first = env.resetToState(START[0], START[1], START[2], START[3]);
        var episode = Trajectories.run(env, first, o -> o[2] + 0.5 * o[3] > 0.0 ? 1 : 0, env::state);
        Trajectories.assertEpisode("CartPole episode", env, episode, CARTPOLE_EPISODE_STEPS,
                CARTPOLE_EPISODE_ENDS_TERMINATED, CARTPOLE_EPISODE_RETURN,
                CARTPOLE_EPISODE_FINAL_STATE, CARTPOLE_EPISODE_FINAL_OBS);
        assertEquals(500, episode.steps());
    }

    @Test
    void describesGymnasiumsSpaces() {
        var env = new CartPole();
        assertEquals("CartPole-v1", env.id());
        assertEquals(4, env.observationSize());
        assertEquals(new ActionSpace.Discrete(2), env.actionSpace());
        assertEquals(500, env.maxEpisodeSteps());
        assertEquals(0.20943951023931953, CartPole.THETA_THRESHOLD_RADIANS, 0.0);
    }
}
