package plasticity.golden.maeri;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The DN and the multiplier switches, as docs/spec/maeri.md describes them. */
class FrontEndModelTest {

    /** A small driver: one cycle with the given root words (others idle) and control. */
    private static final class Driver {
        final FrontEndModel model;
        final FrontEndConfig c;

        Driver(int n, int dnBw, int dnPipe) {
            c = new FrontEndConfig(n, 8, 16, dnBw, dnPipe);
            model = new FrontEndModel(c);
            cycle(true, List.of(), Collections.nCopies(n, MsControl.DN));
        }

        FrontEndOutputs cycle(boolean rst, List<DnWord> roots, List<MsControl> ctl) {
            List<DnWord> words = new ArrayList<>(roots);
            while (words.size() < c.dnBw()) {
                words.add(DnWord.IDLE);
            }
            return model.step(new FrontEndInputs(rst, words, ctl));
        }

        FrontEndOutputs cycle(DnWord... roots) {
            return cycle(false, List.of(roots), Collections.nCopies(c.n(), MsControl.DN));
        }

        /** Idle cycles until the outputs of the last word are out. */
        FrontEndOutputs drain() {
            FrontEndOutputs out = null;
            for (int k = 0; k <= c.dnLatency(); k++) {
                out = cycle();
            }
            return out;
        }
    }

    private static List<Integer> validOnes(FrontEndOutputs out) {
        List<Integer> ones = new ArrayList<>();
        for (int i = 0; i < out.valid().length; i++) {
            if (out.valid(i)) {
                ones.add(i);
            }
        }
        return ones;
    }

    @Test
    void unicastMulticastAndBroadcastReachExactlyTheMaskedSwitches() {
        SplittableRandom random = new SplittableRandom(1);
        for (int dnPipe = 0; dnPipe <= 3; dnPipe++) {
            Driver d = new Driver(16, 2, dnPipe);
            // Weight 1 everywhere, by one broadcast per tree: a product then shows the activation.
            d.cycle(DnWord.to(DnKind.WEIGHT, 1, 0, 1, 2, 3, 4, 5, 6, 7),
                    DnWord.to(DnKind.WEIGHT, 1, 0, 1, 2, 3, 4, 5, 6, 7));
            d.drain();
            for (int trial = 0; trial < 200; trial++) {
                BigInteger mask = BigInteger.valueOf(random.nextInt(256));
                long data = random.nextInt(-128, 128);
                int tree = random.nextInt(2);
                List<DnWord> roots = new ArrayList<>(List.of(DnWord.IDLE, DnWord.IDLE));
                roots.set(tree, new DnWord(true, DnKind.ACTIVATION, data, mask));
                d.cycle(false, roots, Collections.nCopies(16, MsControl.DN));
                FrontEndOutputs out = d.drain();
                List<Integer> expected = new ArrayList<>();
                for (int j = 0; j < 8; j++) {
                    if (mask.testBit(j)) {
                        expected.add(tree * 8 + j);
                        assertEquals(data, out.prod(tree * 8 + j));
                    }
                }
                assertEquals(expected, validOnes(out), "mask " + mask.toString(2) + " dnPipe " + dnPipe);
            }
        }
    }

    @Test
    void switchStatesFollowTheMask() {
        // S = 8, one word to local MSs 1 and 2: both in the low half, so the root goes left only.
        DistributeSwitchState[][] s = DnRouting.states(8, true, BigInteger.valueOf(0b0000_0110));
        assertEquals(DistributeSwitchState.LEFT, s[0][0]);
        assertEquals(DistributeSwitchState.BOTH, s[1][0]);
        assertEquals(DistributeSwitchState.IDLE, s[1][1]);
        assertArrayEquals(new DistributeSwitchState[] {DistributeSwitchState.RIGHT, DistributeSwitchState.LEFT,
            DistributeSwitchState.IDLE, DistributeSwitchState.IDLE}, s[2]);
        DistributeSwitchState[][] none = DnRouting.states(8, false, BigInteger.valueOf(0xff));
        for (DistributeSwitchState[] level : none) {
            for (DistributeSwitchState st : level) {
                assertEquals(DistributeSwitchState.IDLE, st);
            }
        }
        assertEquals(0b10, DistributeSwitchState.LEFT.code());
    }

    @Test
    void weightsStayUntilReloadedAndMultiplyBeforeTheEdge() {
        Driver d = new Driver(4, 1, 1); // D = 2, R = 2
        assertEquals(2, d.c.dnLatency());
        d.cycle(DnWord.to(DnKind.WEIGHT, -3, 0, 1, 2, 3));
        d.cycle(DnWord.to(DnKind.WEIGHT, 5, 2)); // MS2 gets a new weight a cycle later
        d.drain();
        for (int k = 0; k < 3; k++) {
            d.cycle(DnWord.to(DnKind.ACTIVATION, 7, 0, 1, 2, 3));
            FrontEndOutputs out = d.drain();
            assertArrayEquals(new long[] {-21, -21, 35, -21}, out.prod());
            assertArrayEquals(new boolean[] {true, true, true, true}, out.valid());
        }
        // Products hold after valid drops.
        FrontEndOutputs idle = d.cycle();
        assertArrayEquals(new long[] {-21, -21, 35, -21}, idle.prod());
        assertEquals(List.of(), validOnes(idle));
        // Reset clears weights and products.
        d.cycle(true, List.of(), Collections.nCopies(4, MsControl.DN));
        assertArrayEquals(new long[4], d.cycle().prod());
        d.cycle(DnWord.to(DnKind.ACTIVATION, 7, 0, 1, 2, 3));
        FrontEndOutputs out = d.drain();
        assertArrayEquals(new long[4], out.prod());
        assertEquals(List.of(0, 1, 2, 3), validOnes(out));
    }

    @Test
    void theLinkPassesThePreviousActivationToTheLeftNeighbour() {
        Driver d = new Driver(4, 4, 0); // one MS per tree, R = 0
        List<DnWord> weights = List.of(DnWord.to(DnKind.WEIGHT, 1, 0), DnWord.to(DnKind.WEIGHT, 2, 0),
                DnWord.to(DnKind.WEIGHT, 3, 0), DnWord.to(DnKind.WEIGHT, 4, 0));
        d.cycle(false, weights, Collections.nCopies(4, MsControl.DN));
        MsControl dnSend = new MsControl(false, true);
        MsControl linkSend = new MsControl(true, true);
        // Cycle a: MS3 takes 10 from the DN and sends it on.
        FrontEndOutputs a = d.cycle(false, List.of(DnWord.IDLE, DnWord.IDLE, DnWord.IDLE,
                DnWord.to(DnKind.ACTIVATION, 10, 0)), List.of(MsControl.DN, MsControl.DN, MsControl.DN, dnSend));
        assertEquals(List.of(), validOnes(a));
        // Cycle b: MS2 reuses 10 over the link while MS3 takes 11; the DN word to MS2 is dropped.
        FrontEndOutputs b = d.cycle(false, List.of(DnWord.IDLE, DnWord.IDLE, DnWord.to(DnKind.ACTIVATION, 99, 0),
                DnWord.to(DnKind.ACTIVATION, 11, 0)), List.of(MsControl.DN, MsControl.DN, linkSend, dnSend));
        assertEquals(List.of(3), validOnes(b));
        assertEquals(40, b.prod(3));
        // Cycle c: MS1 gets 10 from MS2, MS2 gets 11 from MS3; MS3 idle; a new weight for MS2.
        FrontEndOutputs c = d.cycle(false, List.of(DnWord.IDLE, DnWord.IDLE, DnWord.to(DnKind.WEIGHT, -1, 0),
                DnWord.IDLE), List.of(MsControl.DN, linkSend, linkSend, MsControl.DN));
        assertEquals(List.of(2, 3), validOnes(c));
        assertEquals(30, c.prod(2));
        assertEquals(44, c.prod(3));
        // Cycle d shows cycle c's products; MS0 gets 10, MS1 gets 11; MS2 wants the link, but MS3
        // sent nothing in cycle c.
        FrontEndOutputs e = d.cycle(false, List.of(), List.of(linkSend, linkSend, linkSend, MsControl.DN));
        assertEquals(List.of(1, 2), validOnes(e));
        assertEquals(20, e.prod(1));
        assertEquals(33, e.prod(2)); // fired in cycle c with the weight held before c's load of -1
        FrontEndOutputs f = d.cycle(false, List.of(), List.of(linkSend, MsControl.DN, MsControl.DN, linkSend));
        assertEquals(List.of(0, 1), validOnes(f)); // MS3 has no right neighbour: LINK never fires
        assertEquals(10, f.prod(0));
        assertEquals(22, f.prod(1));
        assertEquals(List.of(0), validOnes(d.cycle(false, List.of(), Collections.nCopies(4, linkSend))));
        assertEquals(List.of(), validOnes(d.cycle(false, List.of(), Collections.nCopies(4, linkSend))));
    }

    @Test
    void latencyIsOnePlusFloorOfLevelsOverDnPipe() {
        int[][] cases = {{64, 1, 0, 0}, {64, 1, 1, 6}, {64, 1, 2, 3}, {64, 1, 4, 1}, {64, 1, 6, 1},
            {64, 4, 3, 1}, {16, 16, 0, 0}, {16, 2, 3, 1}};
        for (int[] k : cases) {
            Driver d = new Driver(k[0], k[1], k[2]);
            assertEquals(k[3], d.c.dnLatency(), java.util.Arrays.toString(k));
            d.cycle(DnWord.to(DnKind.WEIGHT, 2, 0));
            d.drain();
            d.cycle(DnWord.to(DnKind.ACTIVATION, 9, 0));
            for (int t = 0; t < k[3]; t++) {
                assertFalse(d.cycle().valid(0));
            }
            FrontEndOutputs out = d.cycle();
            assertTrue(out.valid(0), java.util.Arrays.toString(k));
            assertEquals(18, out.prod(0));
        }
    }

    @Test
    void productsAreFullWidthSigned() {
        FrontEndConfig c = new FrontEndConfig(2, 16, 32, 2, 0);
        FrontEndModel m = new FrontEndModel(c);
        List<MsControl> ctl = Collections.nCopies(2, MsControl.DN);
        m.step(new FrontEndInputs(false, List.of(DnWord.to(DnKind.WEIGHT, -32768, 0),
                DnWord.to(DnKind.WEIGHT, 32767, 0)), ctl));
        m.step(new FrontEndInputs(false, List.of(DnWord.to(DnKind.ACTIVATION, -32768, 0),
                DnWord.to(DnKind.ACTIVATION, -32768, 0)), ctl));
        FrontEndOutputs out = m.step(new FrontEndInputs(false, List.of(DnWord.IDLE, DnWord.IDLE), ctl));
        assertArrayEquals(new long[] {1L << 30, -32767L * 32768}, out.prod());
    }

    @Test
    void wordEncodingIsDataKindMask() {
        DnWord w = new DnWord(true, DnKind.WEIGHT, -2, BigInteger.valueOf(0b1001));
        // W = 8, S = 4: mask 1001 | kind 1 | data 1111_1110
        assertEquals(new BigInteger("1001" + "1" + "11111110", 2), w.encode(8, 4));
        assertEquals(3, new MsControl(true, true).encode());
        assertEquals(1, new MsControl(true, false).encode());
    }

    @Test
    void badConfigurationsAreRefusedWithTheRule() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new FrontEndConfig(12, 8, 16, 1, 0))
                .getMessage().contains("power of two"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new FrontEndConfig(16, 8, 16, 32, 0))
                .getMessage().contains("dnBw = 32"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new FrontEndConfig(16, 8, 16, 3, 0))
                .getMessage().contains("dnBw = 3"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new FrontEndConfig(16, 8, 15, 1, 0))
                .getMessage().contains("ACC = 15"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new FrontEndConfig(16, 8, 16, 4, 3))
                .getMessage().contains("dnPipe is 0..2"));
    }
}
