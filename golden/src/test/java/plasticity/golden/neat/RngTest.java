package plasticity.golden.neat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import plasticity.golden.prng.Xorwow;

/** The CPython-shaped draws over xorwow (docs/spec/neat.md, "Randomness"). */
class RngTest {

    @Test
    void randomIsBuiltFromTwoOutputsAsCPythonBuildsIt() {
        Xorwow raw = Xorwow.seeded(7);
        long a = raw.nextUnsigned() >>> 5;
        long b = raw.nextUnsigned() >>> 6;
        assertEquals((a * 67108864.0 + b) / 9007199254740992.0, new Rng(Xorwow.seeded(7)).random());
    }

    @Test
    void seededMixesTheSeedAndSkipsTheWarmUp() {
        Xorwow raw = Xorwow.seeded(Rng.mixSeed(3));
        for (int i = 0; i < Rng.WARM_UP; i++) {
            raw.nextInt();
        }
        assertEquals(raw.nextUnsigned(), Rng.seeded(3).nextUnsigned32());
        assertNotEquals(Rng.seeded(0).nextUnsigned32(), Rng.seeded(1).nextUnsigned32());
    }

    @Test
    void drawsHaveTheirDistributions() {
        Rng rng = Rng.seeded(42);
        int n = 100_000;
        double sum = 0;
        double gaussSum = 0;
        double gaussSq = 0;
        int[] buckets = new int[5];
        for (int i = 0; i < n; i++) {
            double r = rng.random();
            assertTrue(r >= 0.0 && r < 1.0);
            sum += r;
            double g = rng.gauss(1.0, 2.0);
            gaussSum += g;
            gaussSq += (g - 1.0) * (g - 1.0);
            buckets[rng.randBelow(5)]++;
        }
        // 5 sd tolerances: uniform mean sd = sqrt(1/12/n); gauss mean sd = 2/sqrt(n).
        assertEquals(0.5, sum / n, 5 * Math.sqrt(1.0 / 12 / n));
        assertEquals(1.0, gaussSum / n, 5 * 2 / Math.sqrt(n));
        assertEquals(4.0, gaussSq / n, 0.1);
        for (int count : buckets) {
            assertEquals(n / 5.0, count, 5 * Math.sqrt(n * 0.2 * 0.8));
        }
    }

    @Test
    void shuffleAndChoiceAreDeterministic() {
        List<Integer> a = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8));
        List<Integer> b = new ArrayList<>(a);
        Rng.seeded(9).shuffle(a);
        Rng.seeded(9).shuffle(b);
        assertEquals(a, b);
        assertEquals(Rng.seeded(4).choice(a), Rng.seeded(4).choice(b));
    }
}
