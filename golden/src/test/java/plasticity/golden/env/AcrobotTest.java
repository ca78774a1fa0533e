package plasticity.golden.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static plasticity.golden.env.GymnasiumReference.*;

import org.junit.jupiter.api.Test;

/**
 * Acrobot-v1 against the Gymnasium rewrite in gymnasium_reference.py (docs/spec/environments.md).
 * Start states are float32 values, as Gymnasium's reset leaves them.
 */
class AcrobotTest {

    private static final int[] ACTIONS = {2, 2, 0, 1, 0, 2, 1, 1, 0, 2, 2, 0};

    private static double[] start(Acrobot env, float t1, float t2, float d1, float d2) {
        return env.resetToState(t1, t2, d1, d2);
    }

    @Test
    void fixedActionsFollowGymnasiumBitForBit() {
        var env = new Acrobot();
        double[] first = start(env, 0.0512f, -0.0731f, 0.0937f, -0.0278f);
        Trajectories.assertFixed("Acrobot", first, env::state, k -> env.step(ACTIONS[k]),
                ACROBOT_STATE, ACROBOT_OBS, ACROBOT_REWARD, ACROBOT_TERMINATED);
    }

    /** Starts near +pi spinning fast: exercises both wrap loops and both velocity bounds. */
    @Test
    void wrapsAnglesAndBoundsVelocitiesAsGymnasiumDoes() {
        var env = new Acrobot();
        double[] first = start(env, 3.05f, -3.1f, 12.0f, -27.0f);
        int[] actions = {2, 0, 1};
        Trajectories.assertFixed("Acrobot fast", first, env::state, k -> env.step(actions[k]),
                ACROBOT_FAST_STATE, ACROBOT_FAST_OBS, ACROBOT_FAST_REWARD, ACROBOT_FAST_TERMINATED);
        assertEquals(4 * Math.PI, ACROBOT_FAST_STATE[1][2], 0.0);
        assertEquals(-9 * Math.PI, ACROBOT_FAST_STATE[1][3], 0.0);
    }

    @Test
    void swingingUpTerminatesWithRewardZero() {
        var env = new Acrobot();
        double[] first = start(env, 0.0512f, -0.0731f, 0.0937f, -0.0278f);
        var episode = Trajectories.run(env, first, o -> o[5] >= 0.0 ? 2 : 0, env::state);
        Trajectories.assertEpisode("Acrobot episode", env, episode, ACROBOT_EPISODE_STEPS,
                ACROBOT_EPISODE_ENDS_TERMINATED, ACROBOT_EPISODE_RETURN,
                ACROBOT_EPISODE_FINAL_STATE, ACROBOT_EPISODE_FINAL_OBS);
        // -1 per step before the last, 0 on the terminating step.
        assertEquals(-(episode.steps() - 1), episode.totalReward(), 0.0);
    }

    /**
     * 500 steps, truncated. This and the swing-up episode are where Gymnasium run verbatim on
     * glibc would differ: glibc's cos is correctly rounded where fdlibm's (StrictMath) is off by
     * one ulp, and the acrobot is chaotic enough to carry that bit forward (the reference script
     * reports it; docs/spec/environments.md, "Platform arithmetic").
     */
    @Test
    void weakPolicyIsTruncatedAtFiveHundredSteps() {
        var env = new Acrobot();
        double[] first = start(env, 0.0512f, -0.0731f, 0.0937f, -0.0278f);
        var episode = Trajectories.run(env, first, o -> o[4] >= 0.0 ? 2 : 0, env::state);
        Trajectories.assertEpisode("Acrobot long", env, episode, ACROBOT_LONG_STEPS,
                ACROBOT_LONG_ENDS_TERMINATED, ACROBOT_LONG_RETURN,
                ACROBOT_LONG_FINAL_STATE, ACROBOT_LONG_FINAL_OBS);
        assertEquals(-500.0, episode.totalReward(), 0.0);
    }
}
