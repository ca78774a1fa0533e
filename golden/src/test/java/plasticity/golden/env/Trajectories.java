package plasticity.golden.env;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/** Runs an environment against the rows of {@link GymnasiumReference}, bit for bit. */
final class Trajectories {

    private Trajectories() {
    }

    /**
     * Row 0 is the start (its observation is {@code firstObservation}); row k is after step k,
     * taken by {@code stepK.apply(k - 1)}. Exact equality: assertArrayEquals on doubles compares
     * bit patterns.
     */
    static void assertFixed(String name, double[] firstObservation, Supplier<double[]> state,
            IntFunction<Step> stepK, double[][] expectedState, double[][] expectedObs,
            double[] expectedReward, boolean[] expectedTerminated) {
        assertArrayEquals(expectedObs[0], firstObservation, name + " start observation");
        assertArrayEquals(expectedState[0], state.get(), name + " start state");
        for (int k = 1; k < expectedState.length; k++) {
            Step step = stepK.apply(k - 1);
            String at = name + " step " + k;
            assertArrayEquals(expectedState[k], state.get(), at + " state");
            assertArrayEquals(expectedObs[k], step.observation(), at + " observation");
            assertEquals(expectedReward[k], step.reward(), 0.0, at + " reward");
            assertEquals(expectedTerminated[k], step.terminated(), at + " terminated");
            assertFalse(step.truncated(), at + " truncated");
        }
    }

    /** What {@code episode()} in the reference script reports. */
    record Episode(int steps, boolean terminated, boolean truncated, double totalReward,
            double[] finalState, double[] finalObservation) {
    }

    /** Steps until done, choosing each action from the last observation; sums rewards in order. */
    static Episode run(Environment env, double[] firstObservation, ToIntFunction<double[]> policy,
            Supplier<double[]> state) {
        return runWith(firstObservation, state, obs -> env.step(policy.applyAsInt(obs)), env);
    }

    /** {@link #run} for a continuous action. */
    static Episode runContinuous(Environment env, double[] firstObservation,
            java.util.function.Function<double[], double[]> policy, Supplier<double[]> state) {
        return runWith(firstObservation, state, obs -> env.step(policy.apply(obs)), env);
    }

    private static Episode runWith(double[] firstObservation, Supplier<double[]> state,
            java.util.function.Function<double[], Step> act, Environment env) {
        double[] obs = firstObservation;
        double total = 0.0;
        int steps = 0;
        Step step;
        do {
            step = act.apply(obs);
            steps++;
            total += step.reward();
            obs = step.observation();
        } while (!step.done());
        Step last = step;
        assertThrows(IllegalStateException.class, () -> act.apply(last.observation()),
                "stepping a finished episode");
        return new Episode(steps, step.terminated(), step.truncated(), total, state.get(), obs);
    }

    static void assertEpisode(String name, Environment env, Episode got, int steps,
            boolean terminated, double totalReward, double[] finalState, double[] finalObs) {
        assertEquals(steps, got.steps(), name + " length");
        assertEquals(terminated, got.terminated(), name + " terminated");
        assertEquals(steps == env.maxEpisodeSteps(), got.truncated(), name + " truncated");
        assertEquals(totalReward, got.totalReward(), 0.0, name + " return");
        assertArrayEquals(finalState, got.finalState(), name + " final state");
        assertArrayEquals(finalObs, got.finalObservation(), name + " final observation");
    }
}
