package plasticity.golden.prng;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code xorwow} hardware block (docs/spec/prng.md, "The hardware block"). */
class XorwowBlockModelTest {

    @Test
    void workedExampleOfTheSpecLanes2() {
        XorwowBlockModel block = XorwowBlockModel.of(2);
        block.step(XorwowBlockInputs.reset());
        assertEquals(new XorwowState(0x159A55E5, 0x1F123BB5, 0x05491333, 0x00583F19, 0x0E4C8C79,
                0x006A788E), block.state());
        assertArrayEquals(new int[] {0x0EB70507, 0xDBF10AA0},
                block.step(XorwowBlockInputs.enable(true)).values());
        assertArrayEquals(new int[] {0x4B5FF98D, 0xE8DBAE01},
                block.step(XorwowBlockInputs.enable(true)).values());
        XorwowBlockOutputs third = block.step(XorwowBlockInputs.enable(true));
        assertArrayEquals(new int[] {0x6F3BC4A7, 0x93EF2C63}, third.values());
        assertEquals(0x6F3BC4A7L, third.valueUnsigned(0));
        assertEquals(0x93EF2C63L, third.valueUnsigned(1));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 8})
    void enabledCycleKShowsOutputsKLanesPlus1ToKLanesPlusLanes(int lanes) {
        XorwowBlockModel block = XorwowBlockModel.of(lanes);
        block.step(XorwowBlockInputs.reset());
        Xorwow reference = Xorwow.seeded(0);
        for (int k = 0; k < 100; k++) {
            XorwowBlockOutputs out = block.step(XorwowBlockInputs.enable(true));
            assertEquals(lanes, out.lanes());
            for (int i = 0; i < lanes; i++) {
                assertEquals(reference.nextInt(), out.value(i), "cycle " + k + " lane " + i);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 8})
    void randomControlMatchesTheSequenceModel(int lanes) {
        for (long seed = 1; seed <= 20; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            XorwowBlockModel block = XorwowBlockModel.of(lanes);
            block.step(XorwowBlockInputs.reset());
            Xorwow reference = Xorwow.seeded(0);
            int[] expected = take(reference, lanes); // shown, not yet consumed
            for (int cycle = 0; cycle < 2000; cycle++) {
                var in = new XorwowBlockInputs(rnd.nextInt(50) == 0, rnd.nextInt(20) == 0,
                        rnd.nextInt(), rnd.nextBoolean());
                assertArrayEquals(expected, block.step(in).values(),
                        "lanes " + lanes + " seed " + seed + " cycle " + cycle);
                if (in.rst()) {
                    reference = Xorwow.seeded(0);
                    expected = take(reference, lanes);
                } else if (in.load()) {
                    reference = Xorwow.seeded(in.seed());
                    expected = take(reference, lanes);
                } else if (in.enable()) {
                    expected = take(reference, lanes);
                }
            }
        }
    }

    @Test
    void resetWinsOverLoadAndLoadWinsOverEnable() {
        XorwowBlockModel block = XorwowBlockModel.of(1);
        block.step(new XorwowBlockInputs(true, true, 0xDEADBEEF, true));
        assertEquals(0x0EB70507, block.step(new XorwowBlockInputs(false, true, 0xDEADBEEF, true))
                .value(0));
        assertEquals(new XorwowState(0x159A55E5, 0x1F123BB5, 0x05491333, 0x00583F19, 0x3547FF85,
                0x006A788E), block.state());
        assertEquals(0x35B27813, block.step(XorwowBlockInputs.enable(false)).value(0));
        assertEquals(0x35B27813, block.step(XorwowBlockInputs.enable(true)).value(0));
        assertEquals(0x50AD46C4, block.step(XorwowBlockInputs.enable(false)).value(0));
    }

    @Test
    void stateAfterResetIsOneStepPastSeedZero() {
        XorwowBlockModel block = XorwowBlockModel.of(4);
        block.step(XorwowBlockInputs.load(7));
        block.step(XorwowBlockInputs.reset());
        assertEquals(XorwowState.canonical().next(), block.state());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3, 5, 16, -1})
    void unsupportedLaneCountsAreRejected(int lanes) {
        var e = assertThrows(IllegalArgumentException.class, () -> XorwowBlockModel.of(lanes));
        assertEquals("xorwow LANES = " + lanes
                + " is not supported: choose 1, 2, 4 or 8 random words per cycle", e.getMessage());
    }

    @Test
    void outputsAreImmutableValues() {
        int[] raw = {1, 2};
        XorwowBlockOutputs out = new XorwowBlockOutputs(raw);
        raw[0] = 99;
        out.values()[1] = 99;
        assertEquals(new XorwowBlockOutputs(new int[] {1, 2}), out);
        assertEquals("XorwowBlockOutputs[0x00000001, 0x00000002]", out.toString());
    }

    private static int[] take(Xorwow g, int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = g.nextInt();
        }
        return out;
    }
}
