package plasticity.golden.blocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import plasticity.golden.bits.Bits;

/** The first-word-fall-through FIFO (docs/spec/fifo.md). */
class FifoModelTest {

    @Test
    void randomTrafficMatchesAnArrayDeque() {
        int[] depths = {2, 4, 8, 16, 64};
        int[] widths = {1, 5, 32, 63, 64};
        for (long seed = 1; seed <= 200; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            int depth = depths[rnd.nextInt(depths.length)];
            int width = widths[rnd.nextInt(widths.length)];
            var config = new FifoConfig(depth, width, 1 + rnd.nextInt(depth), rnd.nextInt(depth));
            runAgainstDeque(config, rnd, seed);
        }
    }

    private static void runAgainstDeque(FifoConfig config, SplittableRandom rnd, long seed) {
        FifoModel fifo = FifoModel.of(config);
        ArrayDeque<Long> reference = new ArrayDeque<>();
        // Bias push vs pop per phase so that the FIFO spends time both full and empty.
        int pushPercent = 50;
        for (int t = 0; t < 3000; t++) {
            if (t % 200 == 0) {
                pushPercent = 10 + rnd.nextInt(81);
            }
            boolean rst = t == 0 || rnd.nextInt(500) == 0;
            boolean push = rnd.nextInt(100) < pushPercent;
            boolean pop = rnd.nextInt(100) >= pushPercent;
            if (rnd.nextInt(10) == 0) {
                push = pop = true;
            }
            long data = Bits.zeroExtend(rnd.nextLong(), config.width());
            FifoOutputs out = fifo.step(new FifoInputs(rst, push, data, pop));
            String where = config + " seed " + seed + " cycle " + t;
            if (t > 0) {
                assertEquals(expectedOutputs(config, reference), out, where);
            }
            if (rst) {
                reference.clear();
                continue;
            }
            boolean full = reference.size() == config.depth();
            boolean empty = reference.isEmpty();
            if (pop && !empty) {
                reference.removeFirst();
            }
            if (push && !full) {
                reference.addLast(data);
            }
        }
    }

    private static FifoOutputs expectedOutputs(FifoConfig config, ArrayDeque<Long> q) {
        int count = q.size();
        OptionalLong head = q.isEmpty() ? OptionalLong.empty() : OptionalLong.of(q.peekFirst());
        return new FifoOutputs(count < config.depth(), count > 0, head, count == config.depth(),
                count == 0, count >= config.almostFull(), count <= config.almostEmpty(), count);
    }

    @Test
    void workedExampleOfTheSpec() {
        // DEPTH = 4, WIDTH = 8, ALMOST_FULL = 3, ALMOST_EMPTY = 1 (defaults).
        FifoModel fifo = FifoModel.of(4, 8);
        fifo.step(FifoInputs.reset());
        assertEquals(outputs(4, 0, OptionalLong.empty(), 3, 1), fifo.step(FifoInputs.of(true, 0xA1, false)));
        assertEquals(outputs(4, 1, OptionalLong.of(0xA1), 3, 1), fifo.step(FifoInputs.of(true, 0xB2, true)));
        assertEquals(outputs(4, 1, OptionalLong.of(0xB2), 3, 1), fifo.step(FifoInputs.of(true, 0xC3, false)));
        assertEquals(outputs(4, 2, OptionalLong.of(0xB2), 3, 1), fifo.step(FifoInputs.of(true, 0xD4, false)));
        assertEquals(outputs(4, 3, OptionalLong.of(0xB2), 3, 1), fifo.step(FifoInputs.of(true, 0xE5, false)));
        FifoOutputs full = fifo.step(FifoInputs.of(true, 0xF6, true));
        assertEquals(outputs(4, 4, OptionalLong.of(0xB2), 3, 1), full);
        assertTrue(full.full());
        assertFalse(full.inReady());
        // The push of 0xF6 was dropped (full), the pop taken: 3 words left, C3 first.
        assertEquals(outputs(4, 3, OptionalLong.of(0xC3), 3, 1), fifo.step(FifoInputs.reset()));
        assertEquals(outputs(4, 0, OptionalLong.empty(), 3, 1), fifo.step(FifoInputs.of(false, 0, true)));
        assertEquals(outputs(4, 0, OptionalLong.empty(), 3, 1), fifo.step(FifoInputs.of(false, 0, false)));
    }

    @Test
    void pushWhileFullIsDroppedEvenWithAPop() {
        FifoModel fifo = FifoModel.of(2, 4);
        fifo.step(FifoInputs.reset());
        fifo.step(FifoInputs.of(true, 1, false));
        fifo.step(FifoInputs.of(true, 2, false));
        fifo.step(FifoInputs.of(true, 3, true)); // full: pop 1, drop 3
        FifoOutputs out = fifo.step(FifoInputs.of(false, 0, true));
        assertEquals(1, out.count());
        assertEquals(OptionalLong.of(2), out.outData());
        assertEquals(0, fifo.step(FifoInputs.of(false, 0, false)).count());
    }

    @Test
    void pushAndPopWhileEmptyOnlyPushes() {
        FifoModel fifo = FifoModel.of(2, 4);
        fifo.step(FifoInputs.reset());
        assertTrue(fifo.step(FifoInputs.of(true, 9, true)).empty()); // no fall-through in one cycle
        FifoOutputs out = fifo.step(FifoInputs.of(false, 0, false));
        assertEquals(1, out.count());
        assertEquals(OptionalLong.of(9), out.outData());
    }

    @Test
    void resetEmptiesButDoesNotNeedToClearData() {
        FifoModel fifo = FifoModel.of(4, 8);
        fifo.step(FifoInputs.reset());
        fifo.step(FifoInputs.of(true, 0x55, false));
        fifo.step(new FifoInputs(true, true, 0x66, true)); // push and pop ignored under reset
        FifoOutputs out = fifo.step(FifoInputs.of(false, 0, false));
        assertEquals(0, out.count());
        assertEquals(OptionalLong.empty(), out.outData());
        fifo.step(FifoInputs.of(true, 0x77, false));
        assertEquals(OptionalLong.of(0x77), fifo.step(FifoInputs.of(false, 0, false)).outData());
    }

    @Test
    void thresholdsAreInclusive() {
        FifoModel fifo = FifoModel.of(8, 3, 5, 2);
        fifo.step(FifoInputs.reset());
        for (int count = 0; count <= 8; count++) {
            FifoOutputs out = fifo.step(FifoInputs.of(true, count & 7, false));
            assertEquals(count, out.count());
            assertEquals(count >= 5, out.almostFull(), "almost_full at count " + count);
            assertEquals(count <= 2, out.almostEmpty(), "almost_empty at count " + count);
        }
    }

    @Test
    void extremeThresholds() {
        FifoModel fifo = FifoModel.of(2, 1, 2, 0);
        FifoOutputs empty = fifo.step(FifoInputs.reset());
        assertTrue(empty.almostEmpty());
        assertFalse(fifo.step(FifoInputs.of(true, 1, false)).almostFull());
        FifoOutputs one = fifo.step(FifoInputs.of(true, 0, false));
        assertFalse(one.almostEmpty());
        assertFalse(one.almostFull());
        assertTrue(fifo.step(FifoInputs.of(false, 0, false)).almostFull());
    }

    @Test
    void wideWordsKeepAll64Bits() {
        FifoModel fifo = FifoModel.of(2, 64);
        fifo.step(FifoInputs.reset());
        fifo.step(FifoInputs.of(true, 0x8000_0000_0000_0001L, false));
        assertEquals(OptionalLong.of(0x8000_0000_0000_0001L),
                fifo.step(FifoInputs.of(false, 0, false)).outData());
    }

    @Test
    void configDerivedWidths() {
        var config = FifoConfig.of(16, 8);
        assertEquals(15, config.almostFull());
        assertEquals(1, config.almostEmpty());
        assertEquals(4, config.addressWidth());
        assertEquals(5, config.countWidth());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 6, 12, -4})
    void depthMustBeAPowerOfTwo(int depth) {
        var e = assertThrows(IllegalArgumentException.class, () -> FifoConfig.of(depth, 8));
        assertTrue(e.getMessage().startsWith("FIFO DEPTH = " + depth + " is not allowed"),
                e.getMessage());
    }

    @Test
    void badParametersSayHowToFixThem() {
        assertEquals("FIFO DEPTH = 12 is not allowed: DEPTH must be a power of two from 2 to"
                        + " 1048576 (the pointers wrap by dropping their carry), e.g. DEPTH = 16",
                assertThrows(IllegalArgumentException.class, () -> FifoConfig.of(12, 8)).getMessage());
        assertEquals("FIFO WIDTH = 65 is out of range: words are 1..64 bits wide",
                assertThrows(IllegalArgumentException.class, () -> FifoConfig.of(4, 65)).getMessage());
        assertEquals("FIFO ALMOST_FULL = 0 is out of range: almost_full is count >= ALMOST_FULL,"
                        + " so choose 1..4 (DEPTH); the default is DEPTH-1 = 3",
                assertThrows(IllegalArgumentException.class, () -> new FifoConfig(4, 8, 0, 1))
                        .getMessage());
        assertEquals("FIFO ALMOST_EMPTY = 4 is out of range: almost_empty is count <= ALMOST_EMPTY,"
                        + " so choose 0..3 (DEPTH-1); the default is 1",
                assertThrows(IllegalArgumentException.class, () -> new FifoConfig(4, 8, 3, 4))
                        .getMessage());
    }

    @Test
    void dataWiderThanWidthIsRejected() {
        FifoModel fifo = FifoModel.of(4, 8);
        var e = assertThrows(IllegalArgumentException.class,
                () -> fifo.step(FifoInputs.of(true, 0x100, false)));
        assertEquals("in_data = 0x100 has bits above WIDTH = 8: pass the zero-extended pattern,"
                + " Bits.zeroExtend(value, 8)", e.getMessage());
    }

    private static FifoOutputs outputs(int depth, int count, OptionalLong head, int almostFull,
            int almostEmpty) {
        return new FifoOutputs(count < depth, count > 0, head, count == depth, count == 0,
                count >= almostFull, count <= almostEmpty, count);
    }
}
