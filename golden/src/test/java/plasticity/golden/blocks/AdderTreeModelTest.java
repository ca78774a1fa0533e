package plasticity.golden.blocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import plasticity.golden.bits.Bits;

/** The pipelined adder tree (docs/spec/adder-tree.md). */
class AdderTreeModelTest {

    private static final int[] NS = {2, 3, 5, 8, 17, 256};

    /**
     * The timing claim of the spec, against a plain sum and a delay line: out at cycle t is the
     * sum and valid of cycle t-p, unless any of cycles t-p..t-1 had rst = 1, then 0 / invalid.
     */
    @Test
    void sumAndTimingMatchAPlainSumThroughADelayLine() {
        long seed = 0;
        for (int n : NS) {
            for (int w = 1; w <= 32; w++) {
                for (int k = 0; k <= 4; k++) {
                    runRandom(new AdderTreeConfig(n, w, k), ++seed, 60);
                }
            }
        }
    }

    @Test
    void extremeValuesDoNotOverflow() {
        for (int n : NS) {
            for (int w : new int[] {1, 2, 7, 16, 32, 40}) {
                if (w + Bits.log2Ceil(n) > 64) {
                    continue;
                }
                for (int k : new int[] {0, 1, 2}) {
                    var config = new AdderTreeConfig(n, w, k);
                    assertSum(config, Bits.minSigned(w), (long) n * Bits.minSigned(w));
                    assertSum(config, Bits.maxSigned(w), (long) n * Bits.maxSigned(w));
                }
            }
        }
        // A 64-bit sum, the widest port allowed: 256 inputs of 56 bits.
        var widest = new AdderTreeConfig(256, 56, 3);
        assertEquals(64, widest.outputWidth());
        assertSum(widest, Bits.minSigned(56), Long.MIN_VALUE);
        assertSum(widest, Bits.maxSigned(56), 256 * Bits.maxSigned(56));
    }

    @ParameterizedTest
    @CsvSource({
        // N, K, L, latency
        "2,   0, 1, 0", "2,   1, 1, 1", "2, 2, 1, 0",
        "3,   1, 2, 2", "3,   2, 2, 1",
        "5,   1, 3, 3", "5,   2, 3, 1", "5, 3, 3, 1", "5, 4, 3, 0",
        "8,   1, 3, 3", "8,   2, 3, 1", "8, 3, 3, 1",
        "17,  1, 5, 5", "17,  2, 5, 2", "17, 3, 5, 1", "17, 5, 5, 1",
        "256, 0, 8, 0", "256, 1, 8, 8", "256, 3, 8, 2", "256, 4, 8, 2"})
    void latencyIsFloorOfLevelsOverK(int n, int k, int levels, int latency) {
        var config = new AdderTreeConfig(n, 8, k);
        assertEquals(levels, config.levels());
        assertEquals(8 + levels, config.outputWidth());
        assertEquals(latency, config.latency());
        assertEquals(latency, measuredLatency(config));
    }

    @Test
    void levelShapeFollowsTheSpec() {
        var config = new AdderTreeConfig(5, 4, 2);
        assertEquals(5, config.levelSize(0));
        assertEquals(3, config.levelSize(1));
        assertEquals(2, config.levelSize(2));
        assertEquals(1, config.levelSize(3));
        assertEquals(4, config.levelWidth(0));
        assertEquals(7, config.levelWidth(3));
        assertFalse(config.registerAfter(1));
        assertTrue(config.registerAfter(2));
        assertFalse(config.registerAfter(3));
        assertThrows(IllegalArgumentException.class, () -> config.levelSize(4));
        assertThrows(IllegalArgumentException.class, () -> config.registerAfter(0));
    }

    @Test
    void workedExampleOfTheSpec() {
        // N = 5, W = 4, K = 2: L = 3, one register stage after level 2, latency 1, out 7 bits.
        AdderTreeModel tree = AdderTreeModel.of(5, 4, 2);
        assertEquals(new AdderTreeOutputs(false, 0), step(tree, true, false, 7, 7, 7, 7, 7));
        assertEquals(new AdderTreeOutputs(false, 0), step(tree, false, true, -8, -8, -8, -8, -8));
        assertEquals(new AdderTreeOutputs(true, -40), step(tree, false, true, 7, 7, 7, 7, 7));
        assertEquals(new AdderTreeOutputs(true, 35), step(tree, false, false, 1, 2, 3, 4, -5));
        assertEquals(new AdderTreeOutputs(false, 5), step(tree, true, true, 0, 0, 0, 0, 0));
        assertEquals(new AdderTreeOutputs(false, 0), step(tree, false, false, 0, 0, 0, 0, 0));
    }

    @Test
    void combinationalTreeIgnoresReset() {
        AdderTreeModel tree = AdderTreeModel.of(3, 8, 0);
        assertEquals(new AdderTreeOutputs(true, 6), step(tree, true, true, 1, 2, 3));
    }

    @Test
    void badParametersAreRejectedWithAFix() {
        assertEquals("adder tree N = 1 is too small: an adder tree needs at least 2 inputs",
                assertThrows(IllegalArgumentException.class, () -> new AdderTreeConfig(1, 8, 0))
                        .getMessage());
        assertEquals("adder tree W = 0 is not a width: the input width must be at least 1 bit",
                assertThrows(IllegalArgumentException.class, () -> new AdderTreeConfig(2, 0, 0))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new AdderTreeConfig(2, 8, -1))
                .getMessage().contains("use K = 0 for a combinational tree"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new AdderTreeConfig(4, 63, 0))
                .getMessage().contains("W + ceil(log2 N) <= 64"));
    }

    @Test
    void badInputsAreRejected() {
        AdderTreeModel tree = AdderTreeModel.of(3, 4, 1);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> step(tree, false, true, 1, 2))
                .getMessage().contains("N = 3 inputs but the cycle gives 2 values"));
        assertEquals("in_1 = 8 is not a signed 4-bit value (range -8..7): sign-extend the W-bit"
                        + " pattern with Bits.signExtend(value, 4)",
                assertThrows(IllegalArgumentException.class, () -> step(tree, false, true, 0, 8, 0))
                        .getMessage());
    }

    private static void runRandom(AdderTreeConfig config, long seed, int cycles) {
        SplittableRandom rnd = new SplittableRandom(seed);
        AdderTreeModel tree = AdderTreeModel.of(config);
        int p = config.latency();
        // The delay line holds what the p register stages would; a reset zeroes every entry.
        ArrayDeque<AdderTreeOutputs> line = new ArrayDeque<>();
        for (int i = 0; i < p; i++) {
            line.add(new AdderTreeOutputs(false, 0));
        }
        for (int t = 0; t < cycles; t++) {
            boolean rst = t == 0 || rnd.nextInt(25) == 0;
            boolean valid = rnd.nextBoolean();
            long[] in = randomInputs(rnd, config);
            AdderTreeOutputs now = new AdderTreeOutputs(valid, Arrays.stream(in).sum());
            AdderTreeOutputs got = tree.step(new AdderTreeInputs(rst, valid, in));
            String where = config + " seed " + seed + " cycle " + t;
            if (p == 0) {
                assertEquals(now, got, where);
                continue;
            }
            assertEquals(line.peekFirst(), got, where);
            line.removeFirst();
            line.addLast(now);
            if (rst) {
                int size = line.size();
                line.clear();
                for (int i = 0; i < size; i++) {
                    line.add(new AdderTreeOutputs(false, 0));
                }
            }
            assertTrue(Bits.fitsSigned(got.outSum(), config.outputWidth()));
        }
    }

    private static long[] randomInputs(SplittableRandom rnd, AdderTreeConfig config) {
        int w = config.inputWidth();
        long[] in = new long[config.inputs()];
        int corner = rnd.nextInt(4); // mostly random, sometimes all at an extreme
        for (int i = 0; i < in.length; i++) {
            in[i] = switch (corner) {
                case 0 -> Bits.minSigned(w);
                case 1 -> Bits.maxSigned(w);
                default -> Bits.signExtend(rnd.nextLong(), w);
            };
        }
        return in;
    }

    private static void assertSum(AdderTreeConfig config, long each, long expected) {
        AdderTreeModel tree = AdderTreeModel.of(config);
        long[] in = new long[config.inputs()];
        Arrays.fill(in, each);
        tree.step(new AdderTreeInputs(true, false, in));
        AdderTreeOutputs out = null;
        for (int t = 0; t <= config.latency(); t++) {
            out = tree.step(new AdderTreeInputs(false, true, in));
        }
        assertEquals(new AdderTreeOutputs(true, expected), out, config.toString());
    }

    /** Cycles from a single valid pulse after reset to out_valid. */
    private static int measuredLatency(AdderTreeConfig config) {
        AdderTreeModel tree = AdderTreeModel.of(config);
        long[] zeros = new long[config.inputs()];
        tree.step(new AdderTreeInputs(true, false, zeros));
        for (int t = 0; t < 20; t++) {
            if (tree.step(new AdderTreeInputs(false, t == 0, zeros)).outValid()) {
                return t;
            }
        }
        throw new AssertionError("no out_valid within 20 cycles for " + config);
    }

    private static AdderTreeOutputs step(AdderTreeModel tree, boolean rst, boolean valid,
            long... in) {
        return tree.step(new AdderTreeInputs(rst, valid, in));
    }
}
