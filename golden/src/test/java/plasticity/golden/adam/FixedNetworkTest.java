package plasticity.golden.adam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static plasticity.golden.adam.TestGenomes.disabled;
import static plasticity.golden.adam.TestGenomes.genome;
import static plasticity.golden.adam.TestGenomes.link;
import static plasticity.golden.adam.TestGenomes.node;

import java.util.List;
import org.junit.jupiter.api.Test;
import plasticity.golden.fixed.Formats;
import plasticity.golden.neat.Activation;
import plasticity.golden.neat.Aggregation;
import plasticity.golden.neat.FeedForwardNetwork;
import plasticity.golden.neat.Genome;
import plasticity.golden.neat.NodeGene;
import plasticity.golden.neat.Rng;

/** ADAM's fixed-point network (docs/spec/adam.md, "Genome to fixed point", "Evaluation order"). */
class FixedNetworkTest {

    /**
     * Values that are exact in Q5.10 all the way: hidden 2 = relu(0.25 + 2 (0.5 * 1.5 - 0.25 * 2))
     * = 0.75; output 0 = clamped(-0.5 + (0.75 * 0.5 + 0.5 * 1)) = 0.375; output 1 =
     * identity(7 + 7 * (0.5 * 7.5)) = 33.25, saturated to 32 - 2^-10; and -8 + 7 * (1 * -7) = -57
     * saturates to -32.
     */
    @Test
    void evaluatesLayersWithExactValuesAndSaturatesAt32() {
        Genome g = genome(node(0, -0.5, 1.0, Activation.CLAMPED), node(1, 7.0, 7.0, Activation.IDENTITY),
                node(2, 0.25, 2.0, Activation.RELU),
                link(-1, 2, 1.5), link(-2, 2, 2.0), link(2, 0, 0.5), link(-1, 0, 1.0), link(-1, 1, 7.5));
        FixedNetwork net = FixedNetwork.create(g, 2, 2);
        assertArrayEquals(new long[] {384, Formats.ACTIVATION.maxRaw()}, net.activateRaw(512, -256));
        assertArrayEquals(new double[] {0.375, 32 - 0x1.0p-10}, net.activate(0.5, -0.25));
        assertEquals(2, net.order().depth());
        assertEquals(-32.0, Formats.ACTIVATION.toDouble(FixedNetwork.create(
                genome(node(0, -8.0, 7.0, Activation.IDENTITY), link(-1, 0, -7.0)), 1, 1).activateRaw(1024)[0]));
    }

    /**
     * The sum is rounded before the response multiplies it (fixed-point.md, "Operations"): one
     * step times 0.5 is half a step, rounded up to one; times response 0.5, half a step again,
     * rounded up to one. A single rounding of the exact 0.25 step would give 0.
     */
    @Test
    void roundsTheSumThenThePreActivationHalfUp() {
        Genome g = genome(node(0, 0.0, 0.5, Activation.IDENTITY), link(-1, 0, 0.5));
        FixedNetwork net = FixedNetwork.create(g, 1, 1);
        assertEquals(1, net.activateRaw(1)[0]);
        assertEquals(2, net.activateRaw(5)[0]);    // 2.5 -> 3 steps, times 0.5: 1.5 -> 2 (once: 1.25 -> 1)
        assertEquals(0, net.activateRaw(-1)[0]);   // -0.5 -> 0: ties go up, also below zero
        assertEquals(0, net.activateRaw(-3)[0]);   // -1.5 -> -1, times 0.5: -0.5 -> 0 (once: -0.75 -> -1)
    }

    @Test
    void anOutputNoInputReachesIsZeroWhateverItsBias() {
        Genome g = genome(node(0, 3.0, 1.0, Activation.SIGMOID), node(1, 3.0, 1.0, Activation.SIGMOID),
                link(-1, 0, 1.0));
        FixedNetwork net = FixedNetwork.create(g, 1, 2);
        long[] out = net.activateRaw(1024);
        assertEquals(AdamActivation.SIGMOID.apply(4 * 1024), out[0]);
        assertEquals(0, out[1]);
        assertEquals(0, net.order().depthOf(1));
    }

    @Test
    void disabledLinksAreSkippedAndMayCloseACycle() {
        Genome g = genome(node(0, 0.0, 1.0, Activation.IDENTITY), node(2, 0.0, 1.0, Activation.IDENTITY),
                node(3, 0.0, 1.0, Activation.IDENTITY),
                link(-1, 2, 1.0), link(2, 3, 2.0), disabled(3, 2, 5.0), link(3, 0, 1.0), disabled(-1, 0, 3.0));
        assertEquals(2048, FixedNetwork.create(g, 1, 1).activateRaw(1024)[0]);
    }

    @Test
    void aCycleOfEnabledLinksIsRefusedAndNamed() {
        Genome g = genome(node(0, 0.0, 1.0, Activation.IDENTITY), node(2, 0.0, 1.0, Activation.IDENTITY),
                node(3, 0.0, 1.0, Activation.IDENTITY),
                link(-1, 2, 1.0), link(2, 3, 1.0), link(3, 2, 1.0), link(3, 0, 1.0));
        var e = assertThrows(IllegalArgumentException.class, () -> FixedNetwork.create(g, 1, 1));
        assertTrue(e.getMessage().contains("cycle among its enabled connections, 2 -> 3 -> 2"), e.getMessage());
        Genome self = genome(node(0, 0.0, 1.0, Activation.IDENTITY), link(-1, 0, 1.0), link(0, 0, 1.0));
        e = assertThrows(IllegalArgumentException.class, () -> FixedNetwork.create(self, 1, 1));
        assertTrue(e.getMessage().contains("0 -> 0"), e.getMessage());
    }

    @Test
    void aggregationsOtherThanSumAreRefusedNamingTheNode() {
        for (Aggregation a : Aggregation.values()) {
            if (a == Aggregation.SUM) {
                continue;
            }
            // Node 5 is not even evaluated: acceptance does not depend on the topology.
            Genome g = genome(node(0, 0.0, 1.0, Activation.RELU), new NodeGene(5, 0.0, 1.0, Activation.RELU, a),
                    link(-1, 0, 1.0));
            var e = assertThrows(IllegalArgumentException.class, () -> FixedNetwork.create(g, 1, 1));
            assertTrue(e.getMessage().contains("node 5 aggregates with '" + a.configName() + "'"), e.getMessage());
        }
    }

    @Test
    void activationsTheUnitLacksAreRefusedNamingNodeAndFunction() {
        Genome g = genome(node(0, 0.0, 1.0, Activation.SIGMOID), node(4, 0.0, 1.0, Activation.SIN),
                link(-1, 4, 1.0), link(4, 0, 1.0));
        var e = assertThrows(IllegalArgumentException.class, () -> FixedNetwork.create(g, 1, 1));
        assertTrue(e.getMessage().contains("node 4 uses activation 'sin'"), e.getMessage());
    }

    @Test
    void attributesRoundHalfUpAndSaturate() {
        // bias 0.1 -> floor(102.4 + 0.5) = 102; response 40 -> 32 - 2^-10; weight -40 -> -32
        Genome g = genome(node(0, 0.1, 1.0, Activation.IDENTITY), node(1, 0.0, 40.0, Activation.IDENTITY),
                link(-1, 0, 0.0), link(-1, 1, -40.0));
        FixedNetwork net = FixedNetwork.create(g, 1, 2);
        long[] out = net.activateRaw(1);
        assertEquals(102, out[0]);
        // sum -32 (one step times -32), times 32767/1024, narrowed: -1023.97 steps -> -1024
        assertEquals(-1024, out[1]);
        Genome nan = genome(node(0, 0.0, 1.0, Activation.IDENTITY), link(-1, 0, Double.NaN));
        var e = assertThrows(IllegalArgumentException.class, () -> FixedNetwork.create(nan, 1, 1));
        assertTrue(e.getMessage().contains("connection (-1, 0) weight is NaN"), e.getMessage());
    }

    @Test
    void inputsConvertHalfUpAndSaturate() {
        assertEquals(512, FixedNetwork.toInput(0.5));
        assertEquals(1, FixedNetwork.toInput(0x1.0p-11));   // half a step rounds up
        assertEquals(0, FixedNetwork.toInput(-0x1.0p-11));  // and so does minus half a step
        assertEquals(Formats.ACTIVATION.maxRaw(), FixedNetwork.toInput(100.0));
        assertEquals(Formats.ACTIVATION.minRaw(), FixedNetwork.toInput(-100.0));
        assertThrows(IllegalArgumentException.class, () -> FixedNetwork.toInput(Double.NaN));
    }

    @Test
    void badShapesAndInputsAreRefused() {
        Genome g = genome(node(0, 0.0, 1.0, Activation.IDENTITY), link(-3, 0, 1.0));
        var e = assertThrows(IllegalArgumentException.class, () -> FixedNetwork.create(g, 2, 1));
        assertTrue(e.getMessage().contains("input pin -3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FixedNetwork.create(g, 3, 2));
        assertTrue(e.getMessage().contains("lacks output node 1"), e.getMessage());
        FixedNetwork net = FixedNetwork.create(g, 3, 1);
        assertThrows(IllegalArgumentException.class, () -> net.activateRaw(1, 2));
        assertThrows(IllegalArgumentException.class, () -> net.activateRaw(0, 0, 32768));
    }

    /** The same nodes as neat-python's network are evaluated, and the same outputs stay 0. */
    @Test
    void evaluatesTheNodesTheFloatNetworkEvaluates() {
        Rng rng = Rng.seeded(11);
        for (int i = 0; i < 2000; i++) {
            RandomFeedForwardGenomes.Sample s = RandomFeedForwardGenomes.next(rng, i);
            FeedForwardNetwork reference = FeedForwardNetwork.create(s.genome(), s.numInputs(), s.numOutputs());
            FixedNetwork fixed = FixedNetwork.create(s.genome(), s.numInputs(), s.numOutputs());
            assertEquals(reference.evaluatedNodes(), fixed.order().steps().size(), s.genome().toString());
            double[] x = new double[s.numInputs()];
            double[] want = reference.activate(x);
            double[] got = fixed.activate(x);
            for (int k = 0; k < s.numOutputs(); k++) {
                if (fixed.order().depthOf(k) == 0) {
                    assertEquals(0.0, want[k]);
                    assertEquals(0.0, got[k]);
                }
            }
            List<EvaluationOrder.Step> steps = fixed.order().steps();
            for (int j = 1; j < steps.size(); j++) {
                EvaluationOrder.Step a = steps.get(j - 1);
                EvaluationOrder.Step b = steps.get(j);
                assertTrue(a.layer() < b.layer() || a.layer() == b.layer() && a.node() < b.node(), "layer order");
            }
        }
    }
}
