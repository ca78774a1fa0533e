package plasticity.golden.maeri;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The fabric, as docs/spec/maeri.md ("Fabric") describes it. */
class FabricModelTest {

    /** One cycle at a time, with one DN tree, combinational DN, and the ART and tags given. */
    private static final class Driver {
        final FabricConfig c;
        final FabricModel model;
        ArtConfig art;
        int[] tags;
        /** Results seen on the lines: tag -> sums, in order. */
        final Map<Integer, List<Long>> seen = new TreeMap<>();
        final List<Integer> resultCycles = new ArrayList<>();
        int cycle;

        Driver(FabricConfig c, List<Integer> vns, List<Integer> vnTags) {
            this.c = c;
            model = new FabricModel(c);
            use(vns, vnTags);
            step(true, false, DnWord.IDLE);
        }

        void use(List<Integer> vns, List<Integer> vnTags) {
            art = ArtCompiler.compile(c.n(), vns);
            tags = CollectionLanes.tags(art, vnTags);
        }

        FabricOutputs step(boolean rst, boolean clear, DnWord root) {
            return step(rst, clear, root, root.valid() && root.kind() == DnKind.ACTIVATION);
        }

        /** A cycle whose wave bit is {@code wave} (by default: whether an activation is sent). */
        FabricOutputs step(boolean rst, boolean clear, DnWord root, boolean wave) {
            List<DnWord> roots = new ArrayList<>(Collections.nCopies(c.dnBw(), DnWord.IDLE));
            roots.set(0, root);
            FabricOutputs out = model.step(new FabricInputs(rst, roots, Collections.nCopies(c.n(), MsControl.DN),
                    wave, art, tags, clear, new int[c.rnBw()], new boolean[c.rnBw()]));
            for (int j = 0; j < c.rnBw(); j++) {
                if (out.valid(j) && !rst) {
                    seen.computeIfAbsent(out.vn(j), k -> new ArrayList<>()).add(out.sum(j));
                    resultCycles.add(cycle);
                }
            }
            cycle++;
            return out;
        }

        FabricOutputs step(DnWord root) {
            return step(false, false, root);
        }

        /** Weight i + 1 into MS i, one unicast per cycle. */
        void loadWeights() {
            for (int i = 0; i < c.n(); i++) {
                step(DnWord.to(DnKind.WEIGHT, i + 1, i));
            }
        }

        DnWord broadcast(long activation) {
            int[] all = new int[c.n()];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            return DnWord.to(DnKind.ACTIVATION, activation, all);
        }

        void idle(int cycles) {
            for (int k = 0; k < cycles; k++) {
                step(DnWord.IDLE);
            }
        }

        long entry(int e) {
            List<DnWord> roots = new ArrayList<>(Collections.nCopies(c.dnBw(), DnWord.IDLE));
            // Reading is combinational: a cycle with only acc_rd_addr set changes nothing that matters here.
            return model.step(new FabricInputs(false, roots, Collections.nCopies(c.n(), MsControl.DN), false, art,
                    tags, false, FabricInputs.readAll(c.rnBw(), e), new boolean[c.rnBw()])).accData(c.rnBw() - 1);
        }
    }

    private static FabricConfig config(int n, int rnBw, int rnPipe) {
        return new FabricConfig(n, 8, 16, 24, 1, 0, rnBw, rnPipe);
    }

    @Test
    void twoVnsLeaveWithTheirTagsAndFoldIntoTheBuffer() {
        Driver d = new Driver(config(8, 1, 1), List.of(3, 5), List.of(5, 2));
        d.loadWeights();
        d.step(d.broadcast(2));
        d.idle(6);
        assertEquals(Map.of(5, List.of(12L), 2, List.of(60L)), d.seen); // (1+2+3)*2, (4+..+8)*2
        assertEquals(12, d.entry(5));
        assertEquals(60, d.entry(2));
        assertEquals(0, d.entry(0), "an entry never written reads 0");

        d.step(d.broadcast(1)); // a second pass folds into the same entries
        d.idle(6);
        assertEquals(18, d.entry(5));
        assertEquals(90, d.entry(2));

        d.step(false, true, d.broadcast(-1)); // acc_clear: the next results start afresh
        d.idle(6);
        assertEquals(-6, d.entry(5));
        assertEquals(-30, d.entry(2));
    }

    @Test
    void productsMadeOverSeveralCyclesMakeOneWaveWhereTheWaveBitIs() {
        Driver d = new Driver(config(8, 1, 1), List.of(8), List.of(3));
        d.loadWeights();
        d.step(false, false, DnWord.to(DnKind.ACTIVATION, 1, 0, 1, 2, 3), false);
        d.step(false, false, DnWord.to(DnKind.ACTIVATION, 2, 4, 5, 6, 7), true);
        d.idle(6);
        // One result: the products of both cycles, (1+2+3+4)*1 + (5+6+7+8)*2; no partial sum.
        assertEquals(Map.of(3, List.of(62L)), d.seen);
        assertEquals(62, d.entry(3));
        assertTrue(d.model.artEmpty());
    }

    @Test
    void aTakenEntryReadsZeroAndItsNextResultStartsItAfresh() {
        FabricConfig c = config(8, 2, 1);
        Driver d = new Driver(c, List.of(8), List.of(5));
        d.loadWeights();
        d.step(d.broadcast(1));
        d.idle(5);
        assertEquals(36, d.entry(5));
        // Port 1 reads entry 5 and takes it; port 0 reads it too, in the same cycle.
        FabricOutputs out = d.model.step(new FabricInputs(false, List.of(DnWord.IDLE),
                Collections.nCopies(8, MsControl.DN), false, d.art, d.tags, false, new int[] {5, 5},
                new boolean[] {false, true}));
        assertEquals(36, out.accData(0));
        assertEquals(36, out.accData(1));
        assertEquals(0, d.entry(5), "taken: the entry reads 0 from the next cycle");
        d.step(d.broadcast(2));
        d.idle(5);
        assertEquals(72, d.entry(5), "the next result starts the entry afresh instead of adding to 36");
    }

    @Test
    void oneLineTakesEightResultsOfAWaveOneACycleAndHoldsTheFabricMeanwhile() {
        List<Integer> ones = Collections.nCopies(8, 1);
        List<Integer> tags = List.of(0, 1, 2, 3, 4, 5, 6, 7);
        Driver d = new Driver(config(8, 1, 1), ones, tags);
        d.loadWeights();
        int before = d.cycle;
        List<Boolean> ready = new ArrayList<>();
        d.step(d.broadcast(3)); // products valid next cycle, leaf lanes the cycle after
        for (int k = 0; k < 12; k++) {
            ready.add(d.step(d.broadcast(1)).ready());
        }
        // From cycle before+2, eight results wait on one line: seven cycles without advance, then
        // the next wave (held at the ART's inputs meanwhile) enters and does the same.
        assertEquals(List.of(true, false, false, false, false, false, false, false, true, false), ready.subList(0, 10));
        for (int i = 0; i < 8; i++) {
            assertEquals(3L * (i + 1), d.seen.get(i).get(0), "MS " + i);
        }
        assertEquals(List.of(before + 2, before + 3, before + 4, before + 5, before + 6, before + 7, before + 8,
                before + 9), d.resultCycles.subList(0, 8));
    }

    @Test
    void aLoneWaveLeavesOneLineOneResultACycleWhileTheFabricGoesOn() {
        List<Integer> ones = Collections.nCopies(8, 1);
        Driver d = new Driver(config(8, 1, 1), ones, List.of(0, 1, 2, 3, 4, 5, 6, 7));
        d.loadWeights();
        int before = d.cycle;
        List<Boolean> ready = new ArrayList<>();
        ready.add(d.step(d.broadcast(3)).ready());
        for (int k = 0; k < 10; k++) {
            ready.add(d.step(DnWord.IDLE).ready());
        }
        // No wave behind the eight results: the bus holds seven of them and the fabric never stops.
        assertEquals(Collections.nCopies(11, true), ready);
        for (int i = 0; i < 8; i++) {
            assertEquals(List.of(3L * (i + 1)), d.seen.get(i), "MS " + i);
        }
        assertEquals(List.of(before + 2, before + 3, before + 4, before + 5, before + 6, before + 7, before + 8,
                before + 9), d.resultCycles);
        assertTrue(d.model.artEmpty());
    }

    @Test
    void nothingIsLostAtAnyBandwidth() {
        for (int rnBw = 1; rnBw <= 16; rnBw++) {
            Driver d = new Driver(config(16, rnBw, 1), List.of(1, 2, 1, 1, 3, 1, 4, 1, 1, 1), List.of(9, 8, 7, 6, 5, 4,
                    3, 2, 1, 0));
            d.loadWeights();
            for (int wave = 0; wave < 5; wave++) {
                while (!d.step(d.broadcast(wave + 1)).ready()) {
                    // not taken: the controller holds the word until ready
                }
            }
            d.idle(80);
            assertEquals(10, d.seen.size(), "rnBw = " + rnBw);
            d.seen.values().forEach(sums -> assertEquals(5, sums.size()));
            assertEquals(15 * (1 + 2 + 3 + 4 + 5), d.entry(1), "VN 8 is MS 14 (weight 15), tag 1, five waves");
        }
    }

    @Test
    void aRootCollectedVnTakesFloorOfLOverRnPipeCycles() {
        for (int rnPipe = 0; rnPipe <= 3; rnPipe++) {
            Driver d = new Driver(config(8, 2, rnPipe), List.of(8), List.of(4));
            d.loadWeights();
            int sent = d.cycle;
            d.step(d.broadcast(1));
            d.idle(5);
            assertEquals(List.of(36L), d.seen.get(4));
            int latency = rnPipe == 0 ? 0 : 3 / rnPipe;
            assertEquals(List.of(sent + 1 + latency), d.resultCycles, "rnPipe = " + rnPipe);
        }
    }

    @Test
    void sumsWrapAtAccAndEntriesAtBufw() {
        FabricConfig c = new FabricConfig(8, 8, 16, 16, 1, 0, 8, 1);
        Driver d = new Driver(c, List.of(8), List.of(0));
        for (int i = 0; i < 8; i++) {
            d.step(DnWord.to(DnKind.WEIGHT, -128, i));
        }
        d.step(d.broadcast(-128)); // 8 * 16384 = 131072 wraps to 0 at 16 bits
        d.idle(5);
        assertEquals(List.of(0L), d.seen.get(0));
    }

    @Test
    void countsMultipliesAndAdds() {
        Driver d = new Driver(config(8, 1, 1), List.of(8), List.of(0));
        d.loadWeights();
        d.step(d.broadcast(1));
        d.step(d.broadcast(1));
        d.idle(6);
        long[] ones = new long[8];
        java.util.Arrays.fill(ones, 2);
        assertArrayEquals(ones, d.model.multiplies());
        assertEquals(14, java.util.Arrays.stream(d.model.adds()).sum(), "7 additions per wave of one 8-product VN");
        assertEquals(2, d.model.adds()[0], "the root adds its two children once per wave");
    }

    @Test
    void theConfigurationMayNotChangeWhileAWaveIsInTheArt() {
        Driver d = new Driver(config(8, 1, 1), List.of(8), List.of(0));
        d.loadWeights();
        d.step(d.broadcast(1));
        d.step(DnWord.IDLE); // the wave enters the ART
        d.use(List.of(4, 4), List.of(0, 1));
        var e = assertThrows(IllegalStateException.class, () -> d.step(DnWord.IDLE));
        assertTrue(e.getMessage().contains("configuration changed"), e.getMessage());
    }

    @Test
    void theConfigurationMayChangeOnceTheArtIsEmpty() {
        Driver d = new Driver(config(8, 1, 1), List.of(8), List.of(0));
        d.loadWeights();
        d.step(d.broadcast(1));
        d.idle(5);
        assertTrue(d.model.artEmpty());
        d.use(List.of(4, 4), List.of(1, 2));
        d.step(d.broadcast(1));
        d.idle(5);
        assertEquals(List.of(10L), d.seen.get(1));
        assertEquals(List.of(26L), d.seen.get(2));
        assertFalse(d.seen.get(0).size() > 1);
    }

    @Test
    void badParametersAreRefusedWithTheRange() {
        assertThrows(IllegalArgumentException.class, () -> new FabricConfig(12, 8, 16, 16, 1, 0, 1, 1));
        var e = assertThrows(IllegalArgumentException.class, () -> new FabricConfig(16, 8, 16, 16, 1, 0, 17, 1));
        assertTrue(e.getMessage().contains("rnBw = 17"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new FabricConfig(16, 8, 32, 16, 1, 0, 1, 1));
        assertTrue(e.getMessage().contains("BUFW = 16"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new FabricConfig(16, 8, 16, 16, 1, 0, 1, 5));
        assertTrue(e.getMessage().contains("rnPipe is 0..4"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new FabricConfig(16, 8, 16, 16, 1, 0, 1, 1, 8));
        assertTrue(e.getMessage().contains("ACCD = 8 accumulation-buffer entries is out of range: a power of two,"
                + " N = 16 .. 16N = 256"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new FabricConfig(16, 8, 16, 16, 1, 0, 1, 1, 48));
        assertThrows(IllegalArgumentException.class, () -> new FabricConfig(16, 8, 16, 16, 1, 0, 1, 1, 512));
    }

    @Test
    void theBufferHasAccdEntriesAndTagsAddressThemAll() {
        assertEquals(16, config(8, 1, 1).accDepth(), "2N entries by default");
        assertEquals(4, config(8, 1, 1).tagBits());
        FabricConfig c = new FabricConfig(8, 8, 16, 24, 1, 0, 2, 1, 32);
        assertEquals(5, c.tagBits());
        Driver d = new Driver(c, List.of(3, 5), List.of(31, 17)); // both above N
        d.loadWeights();
        d.step(d.broadcast(2));
        d.idle(6);
        assertEquals(Map.of(31, List.of(12L), 17, List.of(60L)), d.seen);
        assertEquals(12, d.entry(31));
        assertEquals(60, d.entry(17));
        d.use(List.of(8), List.of(32));
        var e = assertThrows(IllegalArgumentException.class, () -> d.step(false, false, DnWord.IDLE));
        assertTrue(e.getMessage().contains("tag 32 is not an entry 0..31"), e.getMessage());
        d.use(List.of(8), List.of(0));
        e = assertThrows(IllegalArgumentException.class, () -> d.model.step(new FabricInputs(false,
                List.of(DnWord.IDLE), Collections.nCopies(8, MsControl.DN), false, d.art, d.tags, false,
                new int[] {32, 0}, new boolean[2])));
        assertTrue(e.getMessage().contains("acc_rd_addr_0 32 is not an entry 0..31"), e.getMessage());
    }
    @Test
    void theAcceleratorsDefaultEntriesHoldAWaveOfRnBwSumsForQPlusTwoRows() {
        // rnBw (Q + 2) rounded up to a power of two, 2N..16N; Q = R + 1 + the ART's latency.
        assertEquals(64, new FabricConfig(16, 8, 32, 32, 4, 1, 4, 1).accDepth()); // Q 7: 36 -> 4N
        assertEquals(32, new FabricConfig(16, 8, 32, 32, 4, 0, 4, 1).accDepth()); // Q 5: 28 -> 2N
        assertEquals(128, new FabricConfig(64, 16, 48, 48, 8, 0, 8, 1).accDepth()); // Q 7: 72 -> 2N
        assertEquals(256, new FabricConfig(64, 16, 48, 48, 16, 0, 16, 1).accDepth()); // 144 -> 4N
        assertEquals(1024, new FabricConfig(256, 16, 48, 48, 64, 0, 64, 1).accDepth()); // Q 9: 704
        assertEquals(32, new FabricConfig(8, 8, 32, 32, 8, 0, 8, 0).accDepth()); // Q 1: 24 -> 4N
        assertEquals(4096, new FabricConfig(256, 8, 32, 32, 1, 1, 256, 1).accDepth()); // Q 17: 16N
        assertEquals(7, new FabricConfig(64, 16, 48, 48, 16, 0, 16, 1).quietAdvances());
    }
}
