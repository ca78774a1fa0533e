package plasticity.golden.prng;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The generator itself, against Marsaglia's C function (docs/spec/prng.md, "The generator"). */
class XorwowTest {

    /*
     * Reference outputs obtained independently of this code: Marsaglia's C function (2003,
     * section 3.1, with uint32_t), compiled with gcc 12.2 and run; the source is
     * src/test/resources/plasticity/golden/prng/xorwow_reference.c:
     *   gcc -std=c99 -O2 -Wall -o xorwow_reference xorwow_reference.c && ./xorwow_reference
     */
    private static final int[] SEED_0 = {0x0EB70507, 0xDBF10AA0, 0x4B5FF98D, 0xE8DBAE01,
        0x6F3BC4A7, 0x93EF2C63, 0x92E5C18A, 0x5F9BB7B7, 0xD9C28507, 0xD5454008};
    private static final int[] SEED_1 = {0x0EB70508, 0xDBF10AD1, 0x4B5FFA8E, 0xE8DBBCF4,
        0x6F38C4A8, 0x93E02C31, 0x91E4C075, 0x6CCAEDD5, 0xD9C29108, 0xD5485436};
    private static final int[] SEED_DEADBEEF = {0x35B27813, 0x50AD46C4, 0x7B0886A1, 0xE00BFDF5,
        0x26CCF69B, 0x0B39D12C, 0x6E6A3CCE, 0x1CFE3BF0, 0xE2B77463, 0xB0E6FB2F};
    /** Seed 123456789 makes x == 0: still a valid, nonzero xorshift state. */
    private static final int[] SEED_X_ZERO = {0x06464717, 0x69D26810, 0xD6B54B9D, 0xBA6913B1,
        0x285D0797, 0x5873F73F, 0xBD0B4FDA, 0x5FE6A6D3, 0x13534357, 0x4BA61924};
    /** Output number 1,000,000 of the canonical sequence, from the same C program. */
    private static final int SEED_0_OUTPUT_1000000 = 0xA2E65253;

    @Test
    void firstOutputsMatchMarsagliasCFunction() {
        assertArrayEquals(SEED_0, firstOutputs(0, 10), "seed 0");
        assertArrayEquals(SEED_1, firstOutputs(1, 10), "seed 1");
        assertArrayEquals(SEED_DEADBEEF, firstOutputs(0xDEADBEEF, 10), "seed 0xDEADBEEF");
        assertArrayEquals(SEED_X_ZERO, firstOutputs(123456789, 10), "seed 123456789");
    }

    @Test
    void seedZeroIsTheCanonicalState() {
        assertEquals(XorwowState.canonical(), XorwowState.seeded(0));
        assertEquals(new XorwowState(123456789, 362436069, 521288629, 88675123, 5783321, 6615241),
                XorwowState.canonical());
        assertEquals(0, XorwowState.seeded(123456789).x());
    }

    @Test
    void outputIsTheValueOfTheStepThatProducedTheState() {
        XorwowState s = XorwowState.canonical();
        for (int expected : SEED_0) {
            s = s.next();
            assertEquals(expected, s.output());
            assertEquals(Integer.toUnsignedLong(expected), s.outputUnsigned());
        }
        assertEquals(XorwowState.canonical().advance(10), s);
        assertEquals(XorwowState.canonical(), XorwowState.canonical().advance(0));
    }

    @Test
    void negativeAdvanceIsRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> XorwowState.canonical().advance(-1));
        assertEquals("cannot advance xorwow by -1 steps: the count must be >= 0", e.getMessage());
    }

    @Test
    void millionStepsAgreeWithAPlainLongImplementation() {
        for (int seed : new int[] {0, 1, 0x80000000, 0xFFFFFFFF, 0xDEADBEEF}) {
            Xorwow fast = Xorwow.seeded(seed);
            MaskedLongXorwow slow = new MaskedLongXorwow(seed);
            int last = 0;
            for (int i = 1; i <= 1_000_000; i++) {
                last = fast.nextInt();
                long expected = slow.next();
                if (Integer.toUnsignedLong(last) != expected) {
                    throw new AssertionError("seed " + seed + ", output #" + i + ": expected 0x"
                            + Long.toHexString(expected) + ", got 0x" + Integer.toHexString(last));
                }
            }
            if (seed == 0) {
                assertEquals(SEED_0_OUTPUT_1000000, last);
            }
        }
    }

    @Test
    void theGeneratorsStateIsTheStateModelAdvanced() {
        Xorwow g = Xorwow.seeded(0xDEADBEEF);
        XorwowState s = XorwowState.seeded(0xDEADBEEF);
        assertEquals(s, g.state());
        for (int i = 0; i < 1000; i++) {
            s = s.next();
            assertEquals(s.output(), g.nextInt());
            assertEquals(s, g.state());
        }
        assertEquals(XorwowState.seeded(0xDEADBEEF).advance(1000), g.state());
    }

    @Test
    void nextUnsignedIsTheZeroExtendedPattern() {
        Xorwow g = Xorwow.seeded(0);
        for (int expected : SEED_0) {
            assertEquals(Integer.toUnsignedLong(expected), g.nextUnsigned());
        }
    }

    private static int[] firstOutputs(int seed, int n) {
        Xorwow g = Xorwow.seeded(seed);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = g.nextInt();
        }
        return out;
    }

    /**
     * A second, deliberately different implementation: unsigned 32-bit words in {@code long}s,
     * masked after every operation, so a {@code >>} for {@code >>>} or a lost carry in the
     * {@code int} version shows up as a mismatch.
     */
    private static final class MaskedLongXorwow {
        private static final long M = 0xFFFF_FFFFL;
        private long x = 123456789L;
        private long y = 362436069L;
        private long z = 521288629L;
        private long w = 88675123L;
        private long v = 5783321L;
        private long d = 6615241L;

        MaskedLongXorwow(int seed) {
            x ^= Integer.toUnsignedLong(seed);
        }

        long next() {
            long t = (x ^ (x >> 2)) & M;
            x = y;
            y = z;
            z = w;
            w = v;
            v = ((v ^ ((v << 4) & M)) ^ (t ^ ((t << 1) & M))) & M;
            d = (d + 362437L) & M;
            return (d + v) & M;
        }
    }
}
