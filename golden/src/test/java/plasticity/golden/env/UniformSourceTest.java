package plasticity.golden.env;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static plasticity.golden.env.GymnasiumReference.UNIFORM_DOUBLES;
import static plasticity.golden.env.GymnasiumReference.UNIFORM_MIXED_SEED;
import static plasticity.golden.env.GymnasiumReference.UNIFORM_SEEDS;

import org.junit.jupiter.api.Test;

/** The reset randomness: xorwow words to uniform doubles (docs/spec/environments.md, "Reset"). */
class UniformSourceTest {

    /**
     * Against UNIFORM_* of gymnasium_reference.py, which computes SplitMix64, xorwow and the
     * two-word double independently (its xorwow reproduces docs/spec/prng.md's canonical outputs).
     */
    @Test
    void seedsMixThroughSplitMixIntoXorwowAndPairsOfWordsMakeDoubles() {
        for (int i = 0; i < UNIFORM_SEEDS.length; i++) {
            long seed = UNIFORM_SEEDS[i];
            assertEquals(UNIFORM_MIXED_SEED[i], UniformSource.mixSeed(seed), "seed " + seed);
            var source = UniformSource.fromSeed(seed);
            for (int k = 0; k < UNIFORM_DOUBLES[i].length; k++) {
                assertEquals(UNIFORM_DOUBLES[i][k], source.nextDouble(), 0.0, "seed " + seed + " #" + k);
            }
        }
    }

    @Test
    void uniformIsNumpysLowPlusRangeTimesDouble() {
        double u = UNIFORM_DOUBLES[0][0];
        assertEquals(-0.05 + (0.05 - -0.05) * u, UniformSource.fromSeed(0).uniform(-0.05, 0.05), 0.0);
    }

    /** Neighbouring seeds must not give neighbouring starts (the reason for mixing the seed). */
    @Test
    void neighbouringSeedsGiveUnrelatedFirstDraws() {
        double previous = UniformSource.fromSeed(0).nextDouble();
        for (long seed = 1; seed < 200; seed++) {
            double u = UniformSource.fromSeed(seed).nextDouble();
            assertTrue(Math.abs(u - previous) > 1e-6, "seeds " + (seed - 1) + " and " + seed);
            previous = u;
        }
    }

    @Test
    void staysInsideTheHalfOpenInterval() {
        for (int seed = 0; seed < 2000; seed++) {
            var source = UniformSource.fromSeed(seed);
            for (int i = 0; i < 8; i++) {
                double u = source.nextDouble();
                assertTrue(u >= 0.0 && u < 1.0, "u = " + u);
                double v = source.uniform(-0.6, -0.4);
                assertTrue(v >= -0.6 && v < -0.4, "v = " + v);
            }
        }
    }
}
