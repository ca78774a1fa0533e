package plasticity.golden.env;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every environment promises through {@link Environment} (docs/spec/environments.md, "Interface"). */
class EnvironmentContractTest {

    static Stream<Supplier<Environment>> environments() {
        return Stream.of(CartPole::new, MountainCar::new, Acrobot::new, Pendulum::new);
    }

    /** A fixed, seed-independent action schedule that exercises every discrete action. */
    private static Step act(Environment env, int k) {
        if (env.actionSpace() instanceof ActionSpace.Discrete d) {
            return env.step((k * 7 + k / 3) % d.n());
        }
        return env.step(new double[] {((k * 37) % 9 - 4) * 0.6});
    }

    /** Observations of a whole episode, flattened, plus rewards and the end flags. */
    private static List<Object> episode(Environment env, long seed) {
        List<Object> out = new ArrayList<>();
        out.add(env.reset(seed));
        for (int k = 0; ; k++) {
            Step step = act(env, k);
            out.add(step.observation());
            out.add(step.reward());
            if (step.done()) {
                out.add(step.terminated());
                out.add(k + 1);
                return out;
            }
        }
    }

    @ParameterizedTest
    @MethodSource("environments")
    void theSameSeedGivesTheSameEpisode(Supplier<Environment> make) {
        for (long seed : new long[] {0, 1, 12345, -7, 0x1234_5678_9ABCL}) {
            var a = episode(make.get(), seed);
            var env = make.get();
            episode(env, seed ^ 0x55); // a used environment must reset completely
            var b = episode(env, seed);
            assertEquals(a.size(), b.size(), "seed " + seed);
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i) instanceof double[] x) {
                    assertArrayEquals(x, (double[]) b.get(i), "seed " + seed + " item " + i);
                } else {
                    assertEquals(a.get(i), b.get(i), "seed " + seed + " item " + i);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("environments")
    void differentSeedsGiveDifferentStartsWithinGymnasiumsBounds(Supplier<Environment> make) {
        var env = make.get();
        double[] first = env.reset(1);
        assertEquals(env.observationSize(), first.length);
        assertFalse(java.util.Arrays.equals(first, env.reset(2)));
        for (int seed = 0; seed < 300; seed++) {
            double[] obs = env.reset(seed);
            for (double v : obs) {
                assertEquals(v, (double) (float) v, 0.0, "observations are float32 values");
            }
            if (env instanceof CartPole c) {
                for (double v : c.state()) {
                    assertTrue(v >= -0.05 && v < 0.05, "CartPole start " + v);
                }
            } else if (env instanceof MountainCar m) {
                double[] s = m.state();
                assertTrue(s[0] >= -0.6 && s[0] < -0.4, "MountainCar position " + s[0]);
                assertEquals(0.0, s[1], 0.0);
            } else if (env instanceof Acrobot a) {
                for (double v : a.state()) {
                    // uniform(-0.1, 0.1) rounded to float32 can reach 0.1f, just above 0.1.
                    assertTrue(v >= (float) -0.1 && v <= (float) 0.1, "Acrobot start " + v);
                    assertEquals(v, (double) (float) v, 0.0, "Acrobot starts in float32");
                }
            } else if (env instanceof Pendulum p) {
                double[] s = p.state();
                assertTrue(s[0] >= -Math.PI && s[0] < Math.PI, "Pendulum theta " + s[0]);
                assertTrue(s[1] >= -1.0 && s[1] < 1.0, "Pendulum theta dot " + s[1]);
            } else {
                throw new AssertionError(env.id());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("environments")
    void episodesEndByTheTimeLimitAtTheLatest(Supplier<Environment> make) {
        var env = make.get();
        var ep = episode(env, 99);
        int steps = (Integer) ep.get(ep.size() - 1);
        assertTrue(steps >= 1 && steps <= env.maxEpisodeSteps(), env.id() + " ran " + steps);
    }

    @ParameterizedTest
    @MethodSource("environments")
    void stepBeforeResetIsAnError(Supplier<Environment> make) {
        var env = make.get();
        var e = assertThrows(IllegalStateException.class, () -> act(env, 0));
        assertEquals(env.id() + ": call reset(seed) before step", e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("environments")
    void theWrongKindOfActionIsRejected(Supplier<Environment> make) {
        var env = make.get();
        env.reset(0);
        if (env.actionSpace() instanceof ActionSpace.Discrete) {
            var e = assertThrows(IllegalArgumentException.class, () -> env.step(new double[] {1.0}));
            assertTrue(e.getMessage().contains("call step(int)"), e.getMessage());
        } else {
            var e = assertThrows(IllegalArgumentException.class, () -> env.step(0));
            assertTrue(e.getMessage().contains("call step(double[])"), e.getMessage());
        }
    }

    @ParameterizedTest
    @MethodSource("environments")
    void outOfRangeActionsAreRejectedWithoutSteppingTheEpisode(Supplier<Environment> make) {
        var env = make.get();
        env.reset(3);
        if (env.actionSpace() instanceof ActionSpace.Discrete d) {
            var e = assertThrows(IllegalArgumentException.class, () -> env.step(d.n()));
            assertEquals(env.id() + " takes a discrete action in 0.." + (d.n() - 1) + ", got " + d.n(),
                    e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> env.step(-1));
        } else {
            assertThrows(IllegalArgumentException.class, () -> env.step(new double[] {Double.NaN}));
            assertThrows(IllegalArgumentException.class, () -> env.step(new double[] {0.0, 0.0}));
            assertThrows(IllegalArgumentException.class, () -> env.step(new double[0]));
        }
        // The rejected calls changed nothing: the episode goes on exactly as an untouched one.
        var untouched = make.get();
        untouched.reset(3);
        for (int k = 0; ; k++) {
            Step a = act(env, k);
            Step b = act(untouched, k);
            assertArrayEquals(b.observation(), a.observation(), "step " + (k + 1));
            assertEquals(b.truncated(), a.truncated(), "step " + (k + 1));
            if (b.done()) {
                break;
            }
        }
    }

    @ParameterizedTest
    @MethodSource("environments")
    void truncatedExactlyOnTheStepThatReachesTheLimitAndThenClosed(Supplier<Environment> make) {
        var env = make.get();
        for (long seed = 0; seed < 3; seed++) {
            env.reset(seed);
            int steps = 0;
            Step step;
            do {
                step = act(env, steps);
                steps++;
            } while (!step.done());
            assertEquals(steps == env.maxEpisodeSteps(), step.truncated(), env.id() + " after " + steps);
            var e = assertThrows(IllegalStateException.class, () -> act(env, 0));
            assertTrue(e.getMessage().contains("call reset(seed) to start another"), e.getMessage());
        }
    }
}
