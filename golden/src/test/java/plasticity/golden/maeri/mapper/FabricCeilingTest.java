package plasticity.golden.maeri.mapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fabric's ceiling (docs/spec/maeri.md, "A ceiling for any mapping") is an upper bound on
 * every mapping's utilization, reached where a step's limits are the only ones, and below the
 * systolic array where MAERI cannot beat it.
 */
class FabricCeilingTest {

    @Test
    void noMappingTheSearchOffersPassesIt() {
        SplittableRandom rnd = new SplittableRandom(20261121);
        int mappings = 0;
        double closest = 0;
        for (int seed = 0; seed < 120; seed++) {
            Fabric fabric = LayerRunnerTest.randomFabric(rnd);
            Layer layer = LayerRunnerTest.randomLayer(rnd);
            double ceiling = FabricCeiling.utilization(fabric, layer);
            for (Mapping m : Mapper.candidates(fabric, layer)) {
                double u = CostModel.cost(fabric, layer, m).utilization();
                assertTrue(u <= ceiling + 1e-12, "seed " + seed + ": " + layer.describe() + " on "
                        + fabric.describe() + " with " + LayerStrings.mapping(m) + ": " + u + " > " + ceiling);
                closest = Math.max(closest, u / ceiling);
                mappings++;
            }
        }
        assertTrue(mappings > 10_000, mappings + " mappings");
        assertTrue(closest > 0.95, "some mapping comes near: " + closest);
    }

    @Test
    void aDenseThreeByThreeLayerAtEightTreesAndLinesIsHeldByItsChains() {
        // No padding, so every product counts; 3-tap rows: a one-cycle step holds at most
        // rnBw + dnBw - 1 = 15 chains, 45 products of 64; without links a step of W cycles feeds
        // at most 2 W products per VN-tree touch, fewer. The weights (4 608 words) add 0.1%.
        Layer layer = new Conv(3, 3, 64, 64, 58, 58, 1, 0);
        double ceiling = FabricCeiling.utilization(Fabric.of(64, 8, 8), layer);
        assertEquals(45.0 / 64, ceiling, 0.002);
        // At dnBw = rnBw = 16 the chains fill the leaves: nothing but the layer's bound holds it.
        assertEquals(1.0, FabricCeiling.utilization(Fabric.of(64, 16, 16), layer), 0.01);
    }

    @Test
    void aLinkedStepThatMixesChainLengthsIsNeverCostedAboveItsCost() {
        // N = 64, dnBw = rnBw = 8: one one-cycle step of 8 VNs holds 12 chains of 5 taps (60
        // leaves) and 3 of 1 in its 15 slots, 63 products for 1 cycle of words and 1 of sums. Costed
        // length by length, the 5-tap chains fill the leaves and the 1-tap ones would need a step
        // of their own: the bound must not exceed what this one step costs, at any lambda.
        Fabric fabric = Fabric.of(64, 8, 8);
        java.util.TreeMap<Integer, Long> chains = new java.util.TreeMap<>(java.util.Map.of(5, 12L, 1, 3L));
        for (double lambda : new double[] {0, 0.25, 0.5, 0.75, 1}) {
            double cost = lambda + (1 - lambda) * 8 / 8;
            assertTrue(FabricCeiling.cheapest(fabric, 63, chains, lambda, FabricCeiling.Links.ONE_CYCLE) <= cost + 1e-12, "lambda " + lambda);
        }
    }

    @Test
    void halfPrunedAlexNetConv3CannotBeatTheSystolicArrayAtN256AndBandwidthEight() {
        // 256 multipliers, 8 trees of 32 leaves, 8 lines: at most about 47 products a cycle (19% of
        // N) whatever the steps, where a tie with the 16 x 16 systolic array needs 39%.
        Layer layer = new Sparse(new Conv(3, 3, 256, 384, 13, 13, 1, 1), 0.5, 1);
        double ceiling = FabricCeiling.utilization(Fabric.of(256, 8, 8), layer);
        double tie = SystolicArray.of(256).utilization(layer);
        assertTrue(ceiling < 0.21, "ceiling " + ceiling);
        assertTrue(tie > 0.39, "tie " + tie);
        // Nor would a fabric whose links held their value for a whole step: chains in longer
        // steps take more heads per cycle, but the lines and the trees' words still hold it at 37%.
        double held = FabricCeiling.utilization(Fabric.of(256, 8, 8), layer, LayerBound.of(Fabric.of(256, 8, 8), layer),
                FabricCeiling.Links.HELD);
        assertTrue(held > ceiling && held < 0.38, "held links " + held);
    }

    @Test
    void heldLinksNeverLowerTheCeiling() {
        // Steps of one cycle are steps of any length: the held-link bound relaxes the fabric's.
        SplittableRandom rnd = new SplittableRandom(7);
        for (int seed = 0; seed < 60; seed++) {
            Fabric fabric = LayerRunnerTest.randomFabric(rnd);
            Layer layer = LayerRunnerTest.randomLayer(rnd);
            LayerBound bound = LayerBound.of(fabric, layer);
            double oneCycle = FabricCeiling.utilization(fabric, layer, bound);
            double held = FabricCeiling.utilization(fabric, layer, bound, FabricCeiling.Links.HELD);
            assertTrue(held >= oneCycle - 1e-12, "seed " + seed + ": " + layer.describe() + " on "
                    + fabric.describe() + ": held " + held + " < one-cycle " + oneCycle);
        }
    }
}
