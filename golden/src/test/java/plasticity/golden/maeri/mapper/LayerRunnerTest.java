package plasticity.golden.maeri.mapper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Given a random layer, fabric and seed, the fabric's outputs equal the nested-loop reference,
 * the step-by-step replay costs what the cost model says, and no cost beats its lower bounds
 * (docs/spec/maeri.md, "Mapper").
 */
class LayerRunnerTest {

    static Fabric randomFabric(SplittableRandom rnd) {
        int n = 1 << rnd.nextInt(1, 7);
        int dnBw = 1 << rnd.nextInt(0, Integer.numberOfTrailingZeros(n) + 1);
        int rnBw = 1 << rnd.nextInt(0, Integer.numberOfTrailingZeros(n) + 1);
        int levels = Integer.numberOfTrailingZeros(n / dnBw);
        return new Fabric(n, dnBw, rnBw, 8, 32, rnd.nextInt(0, levels + 1));
    }

    static Layer randomLayer(SplittableRandom rnd) {
        Layer dense = switch (rnd.nextInt(4)) {
            case 0, 1 -> {
                int r = rnd.nextInt(1, 5);
                int s = rnd.nextInt(1, 5);
                int pad = rnd.nextInt(0, 3);
                int x = Math.max(1, r - 2 * pad) + rnd.nextInt(0, 7);
                int y = Math.max(1, s - 2 * pad) + rnd.nextInt(0, 7);
                yield new Conv(r, s, rnd.nextInt(1, 5), rnd.nextInt(1, 6), x, y, rnd.nextInt(1, 4),
                        pad);
            }
            case 2 -> new Fc(rnd.nextInt(1, 41), rnd.nextInt(1, 9), rnd.nextInt(1, 5));
            default -> new Lstm(rnd.nextInt(1, 11), rnd.nextInt(1, 6), rnd.nextInt(1, 4));
        };
        if (rnd.nextInt(3) > 0) {
            return dense;
        }
        Layer sparse = new Sparse(dense, new double[] {0.3, 0.5, 0.9}[rnd.nextInt(3)],
                rnd.nextInt());
        return Taps.of(sparse).total() == 0 ? dense : sparse;
    }

    private static void check(String what, Fabric fabric, Layer layer, Mapping m, Tensors data) {
        LayerRunner.Run run = LayerRunner.run(fabric, layer, m, data.inputs(), data.weights());
        String where = what + ": " + layer.describe() + " on " + fabric.describe() + " with "
                + m;
        assertArrayEquals(Reference.outputs(layer, data.inputs(), data.weights()), run.outputs(),
                where);
        assertEquals(run.cost().cycles(), run.replayed(), "replayed cycles, " + where);
        assertTrue(run.cost().cycles() >= run.cost().lowerBound(), where);
        assertTrue(run.cost().cycles() >= LayerBound.of(fabric, layer).value(), where);
        assertEquals(run.cost().macs(), Taps.of(layer).macs(), where);
        assertEquals(run.cost().collected(), run.activity().collected(), where);
        assertEquals(run.cost().weightWords() + run.cost().activationWords(),
                Activity.sum(run.activity().dnWords()), where);
    }

    @Test
    void randomLayersMatchTheReferenceUnderTheChosenAndOtherMappings() {
        SplittableRandom rnd = new SplittableRandom(20240617);
        for (int seed = 0; seed < 150; seed++) {
            Fabric fabric = randomFabric(rnd);
            Layer layer = randomLayer(rnd);
            Tensors data = Tensors.random(layer, fabric.w(), seed);
            Mapper.Choice choice = Mapper.map(fabric, layer);
            check("seed " + seed + " chosen", fabric, layer, choice.mapping(), data);
            List<Mapping> all = Mapper.candidates(fabric, layer);
            for (int j = 0; j < 3; j++) {
                check("seed " + seed + " candidate", fabric, layer,
                        all.get(rnd.nextInt(all.size())), data);
            }
        }
    }

    @Test
    void theChoiceIsTheFirstOfTheCheapestItEnumerated() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int seed = 0; seed < 60; seed++) {
            Fabric fabric = randomFabric(rnd);
            Layer layer = randomLayer(rnd);
            Mapper.Choice choice = Mapper.map(fabric, layer);
            List<Mapping> all = Mapper.candidates(fabric, layer);
            assertEquals(all.size(), choice.candidates());
            long best = Long.MAX_VALUE;
            Mapping first = null;
            for (Mapping m : all) {
                Cost c = CostModel.cost(fabric, layer, m);
                assertTrue(c.cycles() >= c.lowerBound(), m.toString());
                if (c.cycles() < best) {
                    best = c.cycles();
                    first = m;
                }
            }
            String where = layer.describe() + " on " + fabric.describe();
            assertEquals(best, choice.cost().cycles(), where);
            assertEquals(first, choice.mapping(), where);
        }
    }

    @Test
    void aHandCountedFullyConnectedLayer() {
        // fc:IN=8,OUT=2,BATCH=3 on N=8, dnBw=2, rnBw=1, in VNs of 4 taps, 2 per pass.
        // Two passes (chunk 0 of both neurons, then chunk 1). Each loads 4 distinct weights per
        // tree (4 cycles), then 3 steps of 4 distinct inputs per tree (the two neurons' VNs are in
        // different trees, so the multicast costs a slot in each): 4 + 3 x 4 = 16 cycles.
        // Tail: R 0 + product register 1 + L 3 + collection 1 = 5. Total 2 x 16 + 5 = 37.
        Fabric fabric = new Fabric(8, 2, 1, 8, 32, 0);
        Layer layer = new Fc(8, 2, 3);
        Mapping m = new Mapping(Granule.TAP, 4, Mapping.Axis.ROWS, 1, 2,
                Mapping.Order.REPLICAS_ADJACENT);
        Cost cost = CostModel.cost(fabric, layer, m);
        assertEquals(37, cost.cycles());
        assertEquals(2, cost.passes());
        assertEquals(16, cost.weightWords());
        assertEquals(2 * 3 * 8, cost.activationWords());
        assertEquals(12, cost.collected());
        check("hand-counted", fabric, layer, m, Tensors.random(layer, 8, 1));
    }

    @Test
    void aStrideOneConvolutionReusesActivationsOverTheLinks() {
        Fabric fabric = Fabric.of(64, 8, 8);
        Layer layer = new Conv(3, 3, 6, 6, 20, 20, 1, 0);
        Mapper.Choice choice = Mapper.map(fabric, layer);
        assertTrue(choice.cost().linkedRows() > 0, choice.mapping().describe());
        LayerRunner.Run run = LayerRunner.run(fabric, layer, choice.mapping(),
                Tensors.random(layer, 16, 3).inputs(), Tensors.random(layer, 16, 3).weights());
        assertTrue(Activity.sum(run.activity().msLinked()) > 0);
        check("links", fabric, layer, choice.mapping(), Tensors.random(layer, 16, 3));
    }

    @Test
    void paddedRowsCarryTheirChainsIntoTheNextRow() {
        // 3 x 3, padding 1: a row after the first skips one of its two priming steps, its chains
        // holding the previous row's right padding as its left padding; 5 x 5, padding 2, two of
        // four. Without padding every row primes in full.
        Fabric fabric = Fabric.of(64, 8, 8);
        Mapping m = LayerStrings.mapping("granule=row,vn=3,axis=rows,replicas=1,perPass=8,order=replicas");
        Layer padded = new Conv(3, 3, 2, 8, 13, 13, 1, 1);
        Cost cost = CostModel.cost(fabric, padded, m);
        assertEquals(13, cost.linkedRows() / cost.passes());
        assertEquals(cost.passes() * (2 + 12 * 1), cost.primingSteps());
        check("carried 3x3", fabric, padded, m, Tensors.random(padded, 8, 5));

        Mapping m5 = LayerStrings.mapping("granule=row,vn=5,axis=rows,replicas=1,perPass=8,order=replicas");
        Layer padded5 = new Conv(5, 5, 1, 8, 9, 9, 1, 2);
        Cost cost5 = CostModel.cost(fabric, padded5, m5);
        assertEquals(cost5.passes() * (4 + 8 * 2), cost5.primingSteps());
        check("carried 5x5", fabric, padded5, m5, Tensors.random(padded5, 8, 6));

        Layer unpadded = new Conv(3, 3, 2, 8, 15, 15, 1, 0);
        Cost plain = CostModel.cost(fabric, unpadded, m);
        assertEquals(plain.passes() * 13 * 2, plain.primingSteps());
        check("unpadded", fabric, unpadded, m, Tensors.random(unpadded, 8, 7));
    }

    @Test
    void foldsApartKeepEachPassToOneFoldsWords() {
        // 6 filters, 3 folds of 3-tap rows (one channel, 3 filter rows), 4 chunks a pass: mixed,
        // the second pass holds filters 4, 5 of fold 0 and 0, 1 of fold 1 (5 passes in all);
        // apart, every fold takes 2 passes (6), none of whose steps needs two folds' words.
        Fabric fabric = Fabric.of(16, 4, 4);
        Layer layer = new Conv(3, 3, 1, 6, 8, 8, 1, 0);
        String base = "granule=row,vn=3,axis=rows,replicas=1,perPass=4,order=replicas";
        Cost mixed = CostModel.cost(fabric, layer, LayerStrings.mapping(base));
        Cost apart = CostModel.cost(fabric, layer, LayerStrings.mapping(base + ",folds=apart"));
        assertEquals(5, mixed.passes());
        assertEquals(6, apart.passes());
        check("folds apart", fabric, layer, LayerStrings.mapping(base + ",folds=apart"),
                Tensors.random(layer, 8, 12));
    }

    @Test
    void sparseFiltersGetVnsOfTheirOwnSizes() {
        Layer layer = new Sparse(new Fc(30, 6, 2), 0.5, 11);
        Taps taps = Taps.of(layer);
        assertEquals(90, 180 - taps.total());
        long sizes = java.util.Arrays.stream(taps.perFilter).mapToInt(t -> t.length).distinct()
                .count();
        assertTrue(sizes > 1, "filters keep different numbers of weights");
        check("sparse", Fabric.of(32, 4, 4), layer, Mapper.map(Fabric.of(32, 4, 4), layer)
                .mapping(), Tensors.random(layer, 16, 5));
    }
}
