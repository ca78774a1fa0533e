package plasticity.golden.maeri.mapper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import plasticity.golden.maeri.AcceleratorConfig;
import plasticity.golden.maeri.AcceleratorModel;
import plasticity.golden.maeri.FabricConfig;
import plasticity.golden.maeri.MsControl;
import plasticity.golden.maeri.ProgramRow;

/**
 * Given a random accelerator, layer, mapping and data, the program the host compiles, replayed by
 * the tile controller on the fabric's cycle model, leaves the nested-loop reference's outputs in
 * the output buffer (docs/spec/maeri.md, "Accelerator").
 */
class AcceleratorModelTest {

    static AcceleratorConfig randomAccelerator(SplittableRandom rnd) {
        int n = 1 << rnd.nextInt(1, 5);
        int w = rnd.nextBoolean() ? 8 : 16;
        int acc = w == 8 ? 32 : 48;
        int dnBw = 1 << rnd.nextInt(0, Integer.numberOfTrailingZeros(n) + 1);
        int rnBw = 1 << rnd.nextInt(0, Integer.numberOfTrailingZeros(n) + 1);
        int dnLevels = Integer.numberOfTrailingZeros(n / dnBw);
        var fabric = new FabricConfig(n, w, acc, acc, dnBw, rnd.nextInt(0, dnLevels + 1), rnBw,
                rnd.nextInt(0, Integer.numberOfTrailingZeros(n) + 1));
        return new AcceleratorConfig(fabric, 1 << 12, 1 << 12, 1 << 12, 1 << 16, 1 << 8);
    }

    private static int checked;

    private static void check(String what, AcceleratorConfig config, Layer layer, Mapping m, Tensors data) {
        String where = what + ": " + layer.describe() + " on " + config + " with " + m;
        // A layer that fits the memories is never refused.
        ProgramCompiler.Program program = ProgramCompiler.compile(config, layer, m, data.inputs(), data.weights());
        var result = HostSession.run(new AcceleratorModel(config), program, 10_000_000);
        assertFalse(result.bad(), where);
        assertArrayEquals(Reference.outputs(layer, data.inputs(), data.weights()), result.outputs(), where);
        // The controller cannot beat the analytic cost: every step costs at least the rows the cost
        // model counts, and the drains and quiet waits come on top.
        Fabric fabric = ProgramCompiler.fabricOf(config.fabric());
        Cost cost = CostModel.cost(fabric, Chunking.of(fabric, Taps.of(layer), m), m);
        assertTrue(result.cycles() >= cost.cycles() - fabric.tail(),
                where + ": " + result.cycles() + " cycles against the cost model's " + cost.cycles());
        checked++;
    }

    @Test
    void randomLayersLeaveTheReferenceOutputsInTheOutputBuffer() {
        SplittableRandom rnd = new SplittableRandom(20261121);
        for (int seed = 0; seed < 120; seed++) {
            AcceleratorConfig config = randomAccelerator(rnd);
            Fabric fabric = ProgramCompiler.fabricOf(config.fabric());
            Layer layer = LayerRunnerTest.randomLayer(rnd);
            if (Taps.of(layer).maxPerFilter() > fabric.maxFanIn()) {
                continue;
            }
            Tensors data = Tensors.random(layer, fabric.w(), seed);
            check("seed " + seed + " chosen", config, layer, Mapper.map(fabric, layer).mapping(), data);
            List<Mapping> all = Mapper.candidates(fabric, layer);
            check("seed " + seed + " candidate", config, layer, all.get(rnd.nextInt(all.size())), data);
        }
        System.out.println("accelerator: " + checked + " programs checked");
        assertTrue(checked > 150, "most random layers fit a filter into the accumulator: " + checked);
    }

    @Test
    void slotsClearTheirIdleLeavesWithAZeroWordWithOrWithoutPadding() {
        // Each 3-tap VN in a tree of its own (8 leaves): 5 idle leaves whose held products must be
        // cleared, or the sums carry the previous pass's products. Padding 1 takes the zero from
        // the padded input; padding 0 from one zero word after it.
        var fabric = new FabricConfig(64, 16, 48, 48, 8, 0, 8, 1);
        var config = new AcceleratorConfig(fabric, 4096, 4096, 4096, 1 << 14, 8);
        Mapping slots = LayerStrings.mapping("granule=row,vn=3,axis=rows,replicas=1,perPass=8,order=replicas,slot=8");
        // Chunks of 4, 4 and 1 taps: the last fold's passes leave idle the leaves that multiplied
        // in the passes before, so their products must be cleared.
        Mapping uneven = LayerStrings.mapping("granule=tap,vn=4,axis=rows,replicas=1,perPass=8,order=replicas,slot=8");
        for (int pad = 0; pad <= 1; pad++) {
            Layer layer = new Conv(3, 3, 3, 8, 9, 9, 1, pad);
            Tensors data = Tensors.random(layer, 16, 40 + pad);
            check("slots, padding " + pad, config, layer, slots, data);
            check("uneven slots, padding " + pad, config, layer, uneven, data);
            var program = ProgramCompiler.compile(config, layer, slots, data.inputs(), data.weights());
            int side = 9 + 2 * pad;
            assertEquals(3 * side * side + (pad == 0 ? 1 : 0), program.inputs().length,
                    "one zero word after an unpadded input");
        }
    }

    @Test
    void outputsArePlacedSoThatAWavesSumsUseDifferentBanks() {
        // 8 filters' outputs 169 apart: at fixed addresses 3 or 4 of a wave's sums shared a bank.
        var fabric = new FabricConfig(64, 16, 48, 48, 8, 0, 8, 1);
        var config = new AcceleratorConfig(fabric, 4096, 4096, 2048, 1 << 14, 8);
        Layer layer = new Conv(3, 3, 2, 8, 13, 13, 1, 1);
        Mapping m = LayerStrings.mapping("granule=row,vn=3,axis=rows,replicas=1,perPass=8,order=replicas");
        Tensors data = Tensors.random(layer, 16, 9);
        check("placement", config, layer, m, data);
        var program = ProgramCompiler.compile(config, layer, m, data.inputs(), data.weights());
        int[] address = program.addresses();
        assertArrayEquals(java.util.stream.IntStream.range(0, program.outputs()).toArray(),
                java.util.Arrays.stream(address).sorted().toArray(), "a permutation of the output buffer");
        for (int p = 0; p < 169; p++) {
            java.util.Set<Integer> banks = new java.util.HashSet<>();
            for (int k = 0; k < 8; k++) {
                banks.add(config.outputBank(address[k * 169 + p]));
            }
            assertEquals(8, banks.size(), "position " + p + ": the 8 filters' outputs in 8 banks");
        }
    }

    @Test
    void aProgramLargerThanTheProgramMemoryIsRefusedWithItsSize() {
        var fabric = new FabricConfig(8, 8, 32, 32, 2, 0, 1, 1);
        var config = new AcceleratorConfig(fabric, 256, 256, 256, 16, 4);
        Layer layer = new Fc(8, 2, 3);
        Tensors data = Tensors.random(layer, 8, 1);
        var e = assertThrows(IllegalArgumentException.class, () -> ProgramCompiler.compile(config, layer,
                Mapper.map(ProgramCompiler.fabricOf(fabric), layer).mapping(), data.inputs(), data.weights()));
        assertTrue(e.getMessage().contains("program memory"), e.getMessage());
    }

    @Test
    void aProgramWithoutEndStopsWithBad() {
        var fabric = new FabricConfig(8, 8, 32, 32, 2, 0, 1, 1);
        var config = new AcceleratorConfig(fabric, 256, 256, 256, 4, 4);
        var model = new AcceleratorModel(config);
        // An empty program memory reads as ISSUE rows that send nothing and make no wave: the
        // controller runs them (rows 0..3 in start + 1 .. start + 4) and stops with bad when the row
        // counter runs past the last row; done shows from the cycle after.
        var program = new ProgramCompiler.Program(List.of(), List.of(), new long[0], new long[0], 0, new int[0], 0, 0);
        var result = HostSession.run(model, program, 100);
        assertTrue(result.bad());
        assertEquals(6, result.cycles());
    }

    @Test
    void aWaveBeforeAnyConfigStopsWithBad() {
        var fabric = new FabricConfig(8, 8, 32, 32, 2, 0, 1, 1);
        var config = new AcceleratorConfig(fabric, 256, 256, 256, 4, 4);
        var idle = new ProgramRow.Issue(Collections.nCopies(2, ProgramRow.RootWord.IDLE),
                Collections.nCopies(8, MsControl.DN), 0, false, List.of(ProgramRow.DrainLane.IDLE));
        var wave = new ProgramRow.Issue(idle.roots(), idle.ctl(), 0, true, idle.drains());
        var program = new ProgramCompiler.Program(List.of(idle, wave, new ProgramRow.End()), List.of(), new long[0],
                new long[0], 0, new int[0], 1, 0);
        var result = HostSession.run(new AcceleratorModel(config), program, 100);
        // The ART would lose the wave's products: row 1, in start + 2, stops the controller.
        assertTrue(result.bad());
        assertEquals(3, result.cycles());
    }

    @Test
    void twoDrainLanesWritingOneBankStopWithBadAndOtherBanksAreFine() {
        var fabric = new FabricConfig(8, 8, 32, 32, 2, 0, 2, 1);
        var config = new AcceleratorConfig(fabric, 256, 256, 256, 4, 4);
        assertEquals(2, config.drainLanes());
        assertEquals(4, config.outputBanks(), "twice the drain lanes");
        var idle = new ProgramRow.Issue(Collections.nCopies(2, ProgramRow.RootWord.IDLE),
                Collections.nCopies(8, MsControl.DN), 0, false,
                List.of(ProgramRow.DrainLane.IDLE, ProgramRow.DrainLane.IDLE));
        // Lanes that take no entry write 0; lane 0 into bank 3 row 5, lane 1 into bank 2 or 3.
        var apart = new ProgramRow.Issue(idle.roots(), idle.ctl(), 0, false,
                List.of(new ProgramRow.DrainLane(false, true, false, 0, 5, 3),
                        new ProgramRow.DrainLane(false, true, false, 0, 5, 2)));
        var clash = new ProgramRow.Issue(idle.roots(), idle.ctl(), 0, false,
                List.of(apart.drains().get(0), new ProgramRow.DrainLane(false, true, false, 0, 6, 3)));
        var fine = HostSession.run(new AcceleratorModel(config), new ProgramCompiler.Program(List.of(apart,
                new ProgramRow.End()), List.of(), new long[0], new long[0], 0, new int[0], 1, 0), 100);
        assertFalse(fine.bad());
        var result = HostSession.run(new AcceleratorModel(config), new ProgramCompiler.Program(List.of(idle, clash,
                new ProgramRow.End()), List.of(), new long[0], new long[0], 0, new int[0], 1, 0), 100);
        // Bank 3 takes one write a cycle: row 1, in start + 2, stops the controller.
        assertTrue(result.bad());
        assertEquals(3, result.cycles());
    }
}
