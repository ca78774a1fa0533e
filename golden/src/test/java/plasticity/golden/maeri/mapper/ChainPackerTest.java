package plasticity.golden.maeri.mapper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import plasticity.golden.maeri.AcceleratorConfig;
import plasticity.golden.maeri.AcceleratorModel;
import plasticity.golden.maeri.FabricConfig;

/**
 * Given a layer, dense or pruned, the chain packer (docs/spec/maeri.md, "Chain packing") puts every
 * kept weight in exactly one VN, keeps each pass within N leaves and rnBw VNs, gives each DN tree one
 * head word a step, and the packed layer computes the nested-loop reference on the fabric and on
 * the accelerator.
 */
class ChainPackerTest {

    private static Mapping chain(Fabric fabric) {
        return new Mapping(Granule.CHAIN, fabric.n(), Mapping.Axis.ROWS, 1, fabric.rnBw(),
                Mapping.Order.REPLICAS_ADJACENT, 0, false, 0);
    }

    @Test
    void chainsAreRunsOfKeptTapsAStrideApartCutFromTheRight() {
        // One row of S = 5, stride 1, taps 0, 1, 2 and 4 kept; trees of 2 leaves.
        ConvShape shape = new ConvShape(1, 5, 1, 1, 1, 9, 1, 0);
        List<int[]> out = new ArrayList<>();
        ChainPacker.chains(shape, new int[] {0, 1, 2, 4}, 2, 7, out);
        assertEquals(List.of("[7, 1, 2]", "[7, 0, 1]", "[7, 4, 1]"),
                out.stream().map(Arrays::toString).toList());
        // Stride 2: taps 0, 2, 4 chain; 1 stands alone.
        ConvShape strided = new ConvShape(1, 5, 1, 1, 1, 9, 2, 0);
        out.clear();
        ChainPacker.chains(strided, new int[] {0, 1, 2, 4}, 4, 0, out);
        assertEquals(List.of("[0, 0, 3]", "[0, 1, 1]"),
                out.stream().map(Arrays::toString).toList());
    }

    @Test
    void everyKeptWeightIsInOneVnAndEveryTreeTakesOneHeadWordAStep() {
        SplittableRandom rnd = new SplittableRandom(20261121);
        for (int seed = 0; seed < 200; seed++) {
            Fabric fabric = LayerRunnerTest.randomFabric(rnd);
            Layer layer = PackedLayers.randomPrunedConv(rnd);
            Taps taps = Taps.of(layer);
            Mapping m = chain(fabric);
            Chunking ch = Chunking.of(fabric, taps, m);
            String where = "seed " + seed + ": " + layer.describe() + " on " + fabric.describe();
            PackedLayers.assertEveryKeptWeightInOneVn(taps, ch, where);
            ConvShape shape = taps.shape;
            for (int[] chunks : ch.passes) {
                PassLayout p = new PassLayout(ch, m, chunks);
                assertTrue(p.vns() <= fabric.rnBw(), where + ": " + p.vns() + " VNs in a pass");
                assertTrue(p.leaves <= fabric.n(), where + ": " + p.leaves + " leaves in a pass");
                // A leaf is a head unless it takes its right neighbour's word of the step before.
                int tree = fabric.treeSize();
                for (int first = 0; first < p.leaves; first += tree) {
                    Set<Long> heads = new HashSet<>();
                    for (int i = first; i < Math.min(first + tree, p.leaves); i++) {
                        boolean linked = i + 1 < p.leaves && !p.leafIdle[i] && !p.leafIdle[i + 1]
                                && p.leafKey[i] + shape.stride() == p.leafKey[i + 1];
                        if (!p.leafIdle[i] && !linked) {
                            heads.add(p.leafKey[i]);
                        }
                    }
                    assertTrue(heads.size() <= 1, where + ": tree at leaf " + first + " takes "
                            + heads.size() + " words a step");
                }
            }
        }
    }

    @Test
    void packedLayersComputeTheReferenceOnTheFabricAndTheAccelerator() {
        PackedLayers.assertRandomLayersComputeTheReference(7, (fabric, rnd) -> chain(fabric));
    }

    @Test
    void aDenseLayerGivenChainsIsCostedAsItRuns() {
        // A dense layer's chains: its passes are the packer's, not the dense layer's repeated ones.
        Layer layer = new Conv(3, 3, 2, 5, 6, 6, 1, 1);
        Fabric fabric = Fabric.of(16, 4, 4);
        Mapping m = chain(fabric);
        Tensors data = Tensors.random(layer, fabric.w(), 3);
        LayerRunner.Run run = LayerRunner.run(fabric, layer, m, data.inputs(), data.weights());
        assertArrayEquals(Reference.outputs(layer, data.inputs(), data.weights()), run.outputs());
        assertEquals(run.cost().cycles(), run.replayed());
    }

    @Test
    void aHalfPrunedConvolutionIsPackedAndBeatsTheSystolicArray() {
        // 3 x 3, 16 channels, 32 filters, 13 x 13, half the weights pruned, N = 64, dnBw = rnBw = 16.
        Layer layer = new Sparse(new Conv(3, 3, 16, 32, 13, 13, 1, 1), 0.5, 1);
        Fabric fabric = Fabric.of(64, 16, 16);
        Mapper.Choice choice = Mapper.map(fabric, layer);
        assertEquals(Granule.CHAIN, choice.mapping().granule());
        long systolic = SystolicArray.of(64).cycles(layer.shape());
        assertTrue(choice.cost().cycles() < systolic,
                choice.cost().cycles() + " cycles against the systolic array's " + systolic);
        // Every row of every pass runs with its forwarding links: a step is one cycle.
        assertEquals(choice.cost().rows(), choice.cost().linkedRows());
    }

    @Test
    void spreadOpeningsLetMostVnsTakeTwoChains() {
        // A dense 3 x 3 layer at N = 256, dnBw = rnBw = 8 (trees of 32, 3-tap chains): VNs opened at
        // the trees' ends go on into the next tree, 5.57 taps a sum; opened as early as they fit,
        // the 8 VNs crowd the first trees, one chain each, 3.43.
        Layer layer = new Conv(3, 3, 16, 32, 13, 13, 1, 1);
        Fabric fabric = Fabric.of(256, 8, 8);
        Cost cost = CostModel.cost(fabric, layer, chain(fabric));
        assertTrue(cost.macs() >= 5.5 * cost.collected(), cost.macs() + " MACs, " + cost.collected() + " sums");
        assertEquals(Granule.CHAIN, Mapper.map(fabric, layer).mapping().granule());
    }

    @Test
    void chainsAcrossTreeBoundariesFillTheLeavesATreeWouldLeaveIdle() {
        // 3-tap rows on trees of 4 leaves: kept within its tree a chain leaves a leaf idle, so at
        // most 12 of 16 leaves work; across the boundaries, a chain begun at a tree's end takes its
        // head word in the next tree and the leaves before the head take theirs over the links.
        Layer layer = new Conv(3, 3, 8, 8, 10, 10, 1, 1);
        Fabric fabric = Fabric.of(16, 4, 4);
        Taps taps = Taps.of(layer);
        Chunking within = ChainPacker.pack(fabric, taps, fabric.n(), fabric.rnBw(), false);
        Chunking across = ChainPacker.pack(fabric, taps, fabric.n(), fabric.rnBw(), true);
        assertTrue(across.passes.size() < within.passes.size(),
                across.passes.size() + " passes across, " + within.passes.size() + " within");
        Mapping m = chain(fabric);
        Chunking chosen = Chunking.of(fabric, taps, m);
        assertEquals(across.passes.size(), chosen.passes.size());
        int straddling = 0;
        for (int[] chunks : chosen.passes) {
            PassLayout p = new PassLayout(chosen, m, chunks);
            for (int b = fabric.treeSize(); b < p.leaves; b += fabric.treeSize()) {
                boolean linked = !p.leafIdle[b - 1] && !p.leafIdle[b]
                        && p.leafKey[b - 1] + 1 == p.leafKey[b];
                straddling += linked ? 1 : 0;
            }
        }
        assertTrue(straddling > 0, "no chain crosses a tree boundary");
        Cost cost = CostModel.cost(fabric, layer, m);
        assertTrue(cost.utilization() > 0.75, "utilization " + cost.utilization());
        assertEquals(cost.rows(), cost.linkedRows());
        Tensors data = Tensors.random(layer, fabric.w(), 5);
        long[] expected = Reference.outputs(layer, data.inputs(), data.weights());
        LayerRunner.Run run = LayerRunner.run(fabric, layer, m, data.inputs(), data.weights());
        assertArrayEquals(expected, run.outputs());
        assertEquals(cost.cycles(), run.replayed());
        AcceleratorConfig config = new AcceleratorConfig(new FabricConfig(16, fabric.w(), fabric.acc(),
                fabric.acc(), 4, 0, 4, 1), 4096, 4096, 4096, 1 << 14, 8);
        var program = ProgramCompiler.compile(config, layer, m, data.inputs(), data.weights());
        var result = HostSession.run(new AcceleratorModel(config), program, 10_000_000);
        assertFalse(result.bad());
        assertArrayEquals(expected, result.outputs());
        // A pruned layer too: the one MaeriCommandTest runs on the Verilated accelerator (--seed 1
        // prunes with seed 2).
        Taps pruned = Taps.of(new Sparse(new Conv(3, 3, 4, 8, 8, 8, 1, 0), 0.4, 2));
        assertTrue(ChainPacker.pack(fabric, pruned, fabric.n(), fabric.rnBw(), true).passes.size()
                < ChainPacker.pack(fabric, pruned, fabric.n(), fabric.rnBw(), false).passes.size());
    }

    @Test
    void aChainMappingTakesOneReplicaAlongRowsAndNoSlotsOrAlignment() {
        assertThrows(IllegalArgumentException.class, () -> LayerStrings.mapping(
                "granule=chain,vn=16,axis=rows,replicas=2,perPass=4,order=replicas"));
        assertThrows(IllegalArgumentException.class, () -> LayerStrings.mapping(
                "granule=chain,vn=16,axis=rows,replicas=1,perPass=4,order=replicas,align=4"));
        Mapping m = LayerStrings.mapping("granule=chain,vn=16,axis=rows,replicas=1,perPass=4,order=replicas");
        assertEquals(Granule.CHAIN, m.granule());
        assertEquals("granule=chain,vn=16,axis=rows,replicas=1,perPass=4,order=replicas",
                LayerStrings.mapping(m));
    }
}
