package plasticity.golden.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static plasticity.golden.env.GymnasiumReference.*;

import org.junit.jupiter.api.Test;

/** MountainCar-v0 against the Gymnasium rewrite in gymnasium_reference.py (docs/spec/environments.md). */
class MountainCarTest {

    private static final int[] ACTIONS = {2, 2, 1, 0, 0, 0, 1, 2, 2, 0, 1, 1, 2, 0, 2};

    @Test
    void fixedActionsFollowGymnasiumBitForBit() {
        var env = new MountainCar();
        double[] first = env.resetToState(-0.5234, 0.0);
        Trajectories.assertFixed("MountainCar", first, env::state, k -> env.step(ACTIONS[k]),
                MOUNTAINCAR_STATE, MOUNTAINCAR_OBS, MOUNTAINCAR_REWARD, MOUNTAINCAR_TERMINATED);
    }

    @Test
    void leftWallClipsThePositionAndStopsTheCar() {
        var env = new MountainCar();
        double[] first = env.resetToState(-1.19, -0.015);
        Trajectories.assertFixed("MountainCar wall", first, env::state, k -> env.step(0),
                MOUNTAINCAR_WALL_STATE, MOUNTAINCAR_WALL_OBS, MOUNTAINCAR_WALL_REWARD,
                MOUNTAINCAR_WALL_TERMINATED);
        // Step 1 hits the wall: position clipped to -1.2, velocity zeroed; gravity then pulls it back.
        assertEquals(MountainCar.MIN_POSITION, MOUNTAINCAR_WALL_STATE[1][0], 0.0);
        assertEquals(0.0, MOUNTAINCAR_WALL_STATE[1][1], 0.0);
    }

    @Test
    void pushingAlongTheVelocityReachesTheFlag() {
        var env = new MountainCar();
        double[] first = env.resetToState(-0.5234, 0.0);
        var episode = Trajectories.run(env, first, o -> o[1] >= 0.0 ? 2 : 0, env::state);
        Trajectories.assertEpisode("MountainCar episode", env, episode, MOUNTAINCAR_EPISODE_STEPS,
                MOUNTAINCAR_EPISODE_ENDS_TERMINATED, MOUNTAINCAR_EPISODE_RETURN,
                MOUNTAINCAR_EPISODE_FINAL_STATE, MOUNTAINCAR_EPISODE_FINAL_OBS);
        assertEquals(true, episode.terminated());
    }

    @Test
    void idlingIsTruncatedAtTwoHundredSteps() {
        var env = new MountainCar();
        double[] first = env.resetToState(-0.5234, 0.0);
        var episode = Trajectories.run(env, first, o -> 1, env::state);
        Trajectories.assertEpisode("MountainCar idle", env, episode, MOUNTAINCAR_IDLE_STEPS,
                MOUNTAINCAR_IDLE_ENDS_TERMINATED, MOUNTAINCAR_IDLE_RETURN,
                MOUNTAINCAR_IDLE_FINAL_STATE, MOUNTAINCAR_IDLE_FINAL_OBS);
        assertEquals(200, episode.steps());
        assertEquals(-200.0, episode.totalReward(), 0.0);
    }
}
