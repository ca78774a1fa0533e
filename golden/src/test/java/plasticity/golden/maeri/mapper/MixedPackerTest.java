package plasticity.golden.maeri.mapper;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The mixed packer (docs/spec/maeri.md, "Mixed packing") puts every kept weight of a pruned layer
 * in exactly one VN, keeps each pass within N leaves and its part's VNs, computes the nested-loop
 * reference on the fabric and the accelerator, and on a half-pruned 3 x 3 layer at dnBw = rnBw = 8
 * beats both of its parts' packings alone.
 */
class MixedPackerTest {

    private static Mapping mixed(Fabric fabric, int words) {
        return new Mapping(Granule.MIXED, Math.min(fabric.n(), 2 * words), Mapping.Axis.ROWS, 1,
                fabric.rnBw() * words, Mapping.Order.REPLICAS_ADJACENT, 0, false, 0);
    }

    @Test
    void everyKeptWeightIsInOneVnAndPassesStayWithinTheFabric() {
        SplittableRandom rnd = new SplittableRandom(20261122);
        for (int seed = 0; seed < 200; seed++) {
            Fabric fabric = LayerRunnerTest.randomFabric(rnd);
            Layer layer = PackedLayers.randomPrunedConv(rnd);
            Taps taps = Taps.of(layer);
            Mapping m = mixed(fabric, 1 + rnd.nextInt(2));
            Chunking ch = Chunking.of(fabric, taps, m);
            String where = "seed " + seed + ": " + layer.describe() + " on " + fabric.describe();
            PackedLayers.assertEveryKeptWeightInOneVn(taps, ch, where);
            for (int[] chunks : ch.passes) {
                PassLayout p = new PassLayout(ch, m, chunks);
                assertTrue(p.vns() <= Math.max(fabric.rnBw(), m.perPass()), where + ": " + p.vns() + " VNs");
                assertTrue(p.leaves <= fabric.n(), where + ": " + p.leaves + " leaves in a pass");
            }
        }
    }

    @Test
    void packedLayersComputeTheReferenceOnTheFabricAndTheAccelerator() {
        PackedLayers.assertRandomLayersComputeTheReference(13, (fabric, rnd) -> mixed(fabric, 1 + rnd.nextInt(2)));
    }

    @Test
    void aHalfPrunedLayerRunsFasterMixedThanChainedOrShared() {
        // Trees of 8 leaves, 8 lines: packed chains carry the 3- and 2-tap runs well and the lone
        // taps poorly (one of 15 chain slots each); shared words carry lone taps, 2 a tree a step.
        Layer layer = new Sparse(new Conv(3, 3, 64, 96, 13, 13, 1, 1), 0.5, 1);
        Fabric fabric = Fabric.of(64, 8, 8);
        long mixed = CostModel.cost(fabric, layer, mixed(fabric, 2)).cycles();
        long shared = CostModel.cost(fabric, layer, new Mapping(Granule.SHARED, 4, Mapping.Axis.ROWS, 1, 16,
                Mapping.Order.REPLICAS_ADJACENT, 0, false, 0)).cycles();
        long chained = CostModel.cost(fabric, layer, new Mapping(Granule.CHAIN, 64, Mapping.Axis.ROWS, 1, 8,
                Mapping.Order.REPLICAS_ADJACENT, 0, false, 0)).cycles();
        assertTrue(mixed < 0.92 * Math.min(shared, chained), mixed + " mixed, " + shared + " shared, " + chained
                + " chained");
    }
}
