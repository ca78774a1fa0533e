package plasticity.golden.maeri.mapper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import plasticity.golden.maeri.AcceleratorConfig;
import plasticity.golden.maeri.AcceleratorModel;
import plasticity.golden.maeri.FabricConfig;

/**
 * VNs aligned to DN trees (docs/spec/maeri.md, "Aligned trees"): no VN crosses a tree, a tree
 * holds one fold's VNs, the leaves skipped are idle leaves of the VN before them, and the layer's
 * outputs are still the nested loops'.
 */
class AlignedTreesTest {

    /** The passes of {@code layer} under the mapping {@code spec} on N = {@code n}. */
    private static List<PassLayout> passes(Layer layer, String spec, int n) {
        Mapping m = LayerStrings.mapping(spec);
        Chunking ch = new Chunking(Taps.of(layer), m.granule(), m.vnMax());
        List<PassLayout> out = new ArrayList<>();
        PassLayout.forEachPass(ch, m, n, chunks -> out.add(new PassLayout(ch, m, chunks)));
        return out;
    }

    @Test
    void aVnThatWouldCrossATreeStartsTheNextOneAndTheVnBeforeItTakesTheGap() {
        // 9-tap filters cut into chunks of 5 and 4 taps; N = 16 in trees of 8. Packed, the second
        // 5-tap VN would take leaves 5-9, across the trees' boundary at 8: aligned, the first VN
        // takes leaves 5-7 as idle leaves and the second starts at 8; a third (13-17) fits no more.
        Conv layer = new Conv(3, 3, 1, 4, 6, 6, 1, 0);
        PassLayout first = passes(layer,
                "granule=tap,vn=5,axis=rows,replicas=1,perPass=16,order=replicas,align=8", 16).get(0);
        assertEquals(List.of(8, 5), first.vnSizes());
        boolean[] idle = new boolean[13];
        idle[5] = idle[6] = idle[7] = true;
        assertArrayEquals(idle, first.leafIdle);
        assertEquals(0, first.leafVn[7], "the gap belongs to the VN before it");
        // Packed, the same mapping puts three VNs in the pass, the second across the boundary.
        assertEquals(List.of(5, 5, 5), passes(layer,
                "granule=tap,vn=5,axis=rows,replicas=1,perPass=16,order=replicas", 16).get(0).vnSizes());
    }

    @Test
    void aTreeHoldsOneFoldsVns() {
        // 3-tap VNs (filter rows) of 3 filters: fold 0 takes leaves 0-2, 3-5 and, not crossing
        // the boundary at 8, 8-10; fold 1's first VN must not share that tree, and the next tree
        // starts at 16 = N: the pass closes with fold 0 alone.
        List<PassLayout> passes = passes(new Conv(3, 3, 1, 3, 6, 6, 1, 0),
                "granule=row,vn=3,axis=rows,replicas=1,perPass=16,order=replicas,align=8", 16);
        assertEquals(List.of(3, 5, 3), passes.get(0).vnSizes());
        assertArrayEquals(new int[] {0, 0, 1, 0, 2, 0}, passes.get(0).chunks);
        assertArrayEquals(new int[] {0, 1, 1, 1, 2, 1}, passes.get(1).chunks);
        assertEquals(3, passes.size());
    }

    @Test
    void alignedTreesSendOneFoldsWordsAndRunFaster() {
        // 5-tap VNs at N = 64 in two trees of 32: packed, the seventh VN crosses into the second
        // tree and the trees hold two folds' VNs, so a step sends both folds' words; aligned,
        // each tree holds six VNs of one fold (30 leaves, 2 idle).
        Fabric fabric = Fabric.of(64, 2, 2);
        Conv layer = new Conv(3, 3, 8, 16, 8, 8, 1, 1);
        Mapping aligned = LayerStrings.mapping("granule=tap,vn=5,axis=rows,replicas=1,perPass=12,order=replicas,align=32");
        Mapping packed = LayerStrings.mapping("granule=tap,vn=5,axis=rows,replicas=1,perPass=12,order=replicas");
        Cost a = CostModel.cost(fabric, layer, aligned);
        Cost p = CostModel.cost(fabric, layer, packed);
        assertEquals(8371, a.cycles());
        assertEquals(10688, p.cycles());
        assertTrue(Mapper.candidates(fabric, layer).contains(aligned), "the search offers it");
        Tensors data = Tensors.random(layer, 16, 5);
        LayerRunner.Run run = LayerRunner.run(fabric, layer, aligned, data.inputs(), data.weights());
        assertArrayEquals(Reference.outputs(layer, data.inputs(), data.weights()), run.outputs());
        assertEquals(a.cycles(), run.cost().cycles(), "the runner counts what the cost model does");
    }

    @Test
    void theAcceleratorRunsAlignedMappingsWithAndWithoutPadding() {
        // Without padding the idle leaves' zero word is the one appended after the input.
        var fabricConfig = new FabricConfig(64, 16, 48, 48, 2, 0, 2, 1);
        var config = new AcceleratorConfig(fabricConfig, 4096, 4096, 4096, 1 << 15, 8);
        Mapping aligned = LayerStrings.mapping("granule=tap,vn=5,axis=rows,replicas=1,perPass=12,order=replicas,align=32");
        for (int pad = 0; pad <= 1; pad++) {
            Conv layer = new Conv(3, 3, 4, 16, 6, 6, 1, pad);
            Tensors data = Tensors.random(layer, 16, 11 + pad);
            var program = ProgramCompiler.compile(config, layer, aligned, data.inputs(), data.weights());
            var result = HostSession.run(new AcceleratorModel(config), program, 10_000_000);
            assertFalse(result.bad(), "padding " + pad);
            assertArrayEquals(Reference.outputs(layer, data.inputs(), data.weights()), result.outputs(),
                    "padding " + pad);
        }
    }

    @Test
    void anAlignmentThatIsNotAPowerOfTwoOrDoesNotFitIsRefused() {
        var odd = assertThrows(IllegalArgumentException.class, () -> LayerStrings.mapping(
                "granule=row,vn=3,axis=rows,replicas=1,perPass=8,order=replicas,align=12"));
        assertTrue(odd.getMessage().startsWith("mapping 'granule=row,vn=3,")
                && odd.getMessage().contains("power of two"), odd.getMessage());
        // Three replicas of a 5-tap VN, each in a group of 8 leaves of its own... 24 > N = 16.
        var wide = assertThrows(IllegalArgumentException.class, () -> CostModel.cost(Fabric.of(16, 2, 2),
                new Conv(3, 3, 1, 2, 6, 6, 1, 0), LayerStrings.mapping(
                        "granule=tap,vn=5,axis=rows,replicas=3,perPass=1,order=replicas,align=8")));
        assertTrue(wide.getMessage().startsWith("impossible tiling: 3 replicas of a VN of 5 taps"),
                wide.getMessage());
    }
}
