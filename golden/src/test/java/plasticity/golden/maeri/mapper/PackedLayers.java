package plasticity.golden.maeri.mapper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import plasticity.golden.maeri.AcceleratorConfig;
import plasticity.golden.maeri.AcceleratorModel;

/** What every packer's tests check: its layers, its VNs and their outputs. */
final class PackedLayers {

    private PackedLayers() {}

    /** A small pruned convolution with more than one output row, some weights kept. */
    static Layer randomPrunedConv(SplittableRandom rnd) {
        while (true) {
            int r = rnd.nextInt(1, 5);
            int s = rnd.nextInt(2, 6);
            int pad = rnd.nextInt(0, 2);
            int x = Math.max(1, r - 2 * pad) + rnd.nextInt(1, 6);
            int y = Math.max(1, s - 2 * pad) + rnd.nextInt(0, 6);
            Layer dense = new Conv(r, s, rnd.nextInt(1, 5), rnd.nextInt(1, 9), x, y,
                    rnd.nextInt(1, 3), pad);
            Layer sparse = new Sparse(dense, new double[] {0.3, 0.5, 0.9}[rnd.nextInt(3)],
                    rnd.nextInt());
            if (Taps.of(sparse).total() > 0 && sparse.shape().xo() > 1) {
                return sparse;
            }
        }
    }

    /** Every kept weight of {@code taps} is in one VN of {@code ch}, and every VN in one pass. */
    static void assertEveryKeptWeightInOneVn(Taps taps, Chunking ch, String where) {
        for (int k = 0; k < taps.perFilter.length; k++) {
            int[] sorted = ch.list[k].clone();
            Arrays.sort(sorted);
            assertArrayEquals(taps.perFilter[k], sorted, where + ", filter " + k);
        }
        Set<Long> seen = new HashSet<>();
        for (int[] chunks : ch.passes) {
            for (int j = 0; j < chunks.length; j += 2) {
                assertTrue(seen.add((long) chunks[j] << 32 | chunks[j + 1]), where);
            }
        }
        assertEquals(ch.chunks, seen.size(), where);
    }

    /**
     * On 60 random accelerators, random pruned layers whose filters fit the accumulator, under the
     * mapping {@code mapping} gives for the fabric, compute the reference ({@link
     * #assertComputesTheReference}); most layers fit.
     */
    static void assertRandomLayersComputeTheReference(long seed,
            BiFunction<Fabric, SplittableRandom, Mapping> mapping) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int checked = 0;
        for (int i = 0; i < 60; i++) {
            AcceleratorConfig config = AcceleratorModelTest.randomAccelerator(rnd);
            Fabric fabric = ProgramCompiler.fabricOf(config.fabric());
            Layer layer = randomPrunedConv(rnd);
            if (Taps.of(layer).maxPerFilter() <= fabric.maxFanIn()) {
                assertComputesTheReference(config, layer, mapping.apply(fabric, rnd), i);
                checked++;
            }
        }
        assertTrue(checked > 40, "most layers fit a filter into the accumulator: " + checked);
    }

    /**
     * {@code layer} under {@code m}, with data drawn from {@code seed}, gives the nested loops'
     * outputs on the runner (in the cost model's cycles) and on the accelerator model.
     */
    static void assertComputesTheReference(AcceleratorConfig config, Layer layer, Mapping m, int seed) {
        Fabric fabric = ProgramCompiler.fabricOf(config.fabric());
        Tensors data = Tensors.random(layer, fabric.w(), seed);
        long[] expected = Reference.outputs(layer, data.inputs(), data.weights());
        String where = "seed " + seed + ": " + layer.describe() + " on " + config + ", " + LayerStrings.mapping(m);
        LayerRunner.Run run = LayerRunner.run(fabric, layer, m, data.inputs(), data.weights());
        assertArrayEquals(expected, run.outputs(), where);
        assertEquals(run.cost().cycles(), run.replayed(), where);
        var program = ProgramCompiler.compile(config, layer, m, data.inputs(), data.weights());
        var result = HostSession.run(new AcceleratorModel(config), program, 10_000_000);
        assertFalse(result.bad(), where);
        assertArrayEquals(expected, result.outputs(), where);
    }
}
