package plasticity.golden.maeri.mapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The shared-word packer (docs/spec/maeri.md, "Shared-word packing") puts every kept weight of a
 * pruned layer in exactly one VN, keeps each pass within N leaves and perPass VNs, lets each DN
 * tree need at most perPass / rnBw words a step and each VN reach into at most two trees; the
 * packed layer computes the nested-loop reference on the fabric and on the accelerator; and on the
 * 90%-pruned AlexNet conv3 at N = 256, dnBw = rnBw = 8 it beats the systolic array.
 */
class SharedPackerTest {

    private static Mapping shared(Fabric fabric, int words) {
        return new Mapping(Granule.SHARED, Math.min(fabric.n(), 2 * words), Mapping.Axis.ROWS, 1,
                fabric.rnBw() * words, Mapping.Order.REPLICAS_ADJACENT, 0, false, 0);
    }

    /** A power of two from 1 to the tree's leaves, with rnBw x it at most N. */
    private static int randomWords(Fabric fabric, SplittableRandom rnd) {
        int most = 1;
        while (2 * most <= fabric.treeSize() && fabric.rnBw() * 2 * most <= fabric.n()) {
            most *= 2;
        }
        return 1 << rnd.nextInt(Integer.numberOfTrailingZeros(most) + 1);
    }

    @Test
    void everyKeptWeightIsInOneVnAndATreeNeedsAtMostItsWordsAStep() {
        SplittableRandom rnd = new SplittableRandom(20261122);
        for (int seed = 0; seed < 300; seed++) {
            Fabric fabric = LayerRunnerTest.randomFabric(rnd);
            Layer layer = PackedLayers.randomPrunedConv(rnd);
            Taps taps = Taps.of(layer);
            int words = randomWords(fabric, rnd);
            Mapping m = shared(fabric, words);
            Chunking ch = Chunking.of(fabric, taps, m);
            String where = "seed " + seed + ": " + layer.describe() + " on " + fabric.describe() + ", " + words
                    + " words";
            PackedLayers.assertEveryKeptWeightInOneVn(taps, ch, where);
            int tree = fabric.treeSize();
            for (int[] chunks : ch.passes) {
                PassLayout p = new PassLayout(ch, m, chunks);
                assertTrue(p.vns() <= m.perPass(), where + ": " + p.vns() + " VNs in a pass");
                assertTrue(p.leaves <= fabric.n(), where + ": " + p.leaves + " leaves in a pass");
                for (int first = 0; first < p.leaves; first += tree) {
                    Set<Long> needed = new HashSet<>();
                    for (int i = first; i < Math.min(first + tree, p.leaves); i++) {
                        if (!p.leafIdle[i]) {
                            needed.add(p.leafKey[i]);
                        }
                    }
                    assertTrue(needed.size() <= words, where + ": tree at leaf " + first + " needs "
                            + needed.size() + " words a step");
                }
                for (int v = 0; v < p.vns(); v++) {
                    int start = -1;
                    int end = -1;
                    for (int i = 0; i < p.leaves; i++) {
                        if (p.leafVn[i] == v && !p.leafIdle[i]) {
                            start = start < 0 ? i : start;
                            end = i;
                        }
                    }
                    assertTrue(end / tree - start / tree <= 1, where + ": VN " + v + " spans leaves " + start
                            + ".." + end);
                }
            }
        }
    }

    @Test
    void packedLayersComputeTheReferenceOnTheFabricAndTheAccelerator() {
        PackedLayers.assertRandomLayersComputeTheReference(11, (fabric, rnd) -> shared(fabric, randomWords(fabric, rnd)));
    }

    @Test
    void ninetyPercentPrunedAlexNetConv3BeatsTheSystolicArrayAtN256AndBandwidthEight() {
        // Trees of 32 leaves, 8 lines: cut in order, a tree's VNs rarely share a word, and packed
        // chains (one cycle a step, 15 chains of about one kept tap) make 6% of the multipliers
        // busy, where a tie with the 16 x 16 systolic array needs 7.9%. Eight words a tree shared
        // by its VNs, 64 VNs a pass: about 10%.
        Layer layer = new Sparse(new Conv(3, 3, 256, 384, 13, 13, 1, 1), 0.9, 1);
        Fabric fabric = Fabric.of(256, 8, 8);
        Cost cost = CostModel.cost(fabric, layer, shared(fabric, 8));
        long systolic = SystolicArray.of(256).cycles(layer.shape());
        assertTrue(cost.cycles() < 0.85 * systolic, cost.cycles() + " cycles against the systolic array's " + systolic);
    }

    @Test
    void aSharedMappingIsForPrunedLayersWithOneReplicaAlongRows() {
        assertThrows(IllegalArgumentException.class, () -> LayerStrings.mapping(
                "granule=shared,vn=8,axis=rows,replicas=2,perPass=32,order=replicas"));
        Mapping m = LayerStrings.mapping("granule=shared,vn=8,axis=rows,replicas=1,perPass=32,order=replicas");
        assertEquals(Granule.SHARED, m.granule());
        assertEquals("granule=shared,vn=8,axis=rows,replicas=1,perPass=32,order=replicas", LayerStrings.mapping(m));
        Fabric fabric = Fabric.of(64, 8, 8);
        Taps dense = Taps.of(new Conv(3, 3, 4, 4, 6, 6, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> SharedPacker.pack(fabric, dense, 16));
        assertFalse(SharedPacker.offered(dense));
    }
}
