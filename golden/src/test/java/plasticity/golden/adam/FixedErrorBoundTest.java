package plasticity.golden.adam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static plasticity.golden.adam.TestGenomes.genome;
import static plasticity.golden.adam.TestGenomes.link;
import static plasticity.golden.adam.TestGenomes.node;

import org.junit.jupiter.api.Test;
import plasticity.golden.neat.Activation;
import plasticity.golden.neat.Genome;

/** The propagated bound on |fixed - float| (docs/spec/adam.md, "Error against float"). */
class FixedErrorBoundTest {
    private static final double H = 0x1.0p-11;

    @Test
    void oneNodeIsTheFormula() {
        Genome g = genome(node(0, 0.5, 2.0, Activation.TANH), link(-1, 0, 1.5), link(-2, 0, -0.25));
        double x1 = 0.3;
        double x2 = -0.7;
        double e1 = Math.abs(Math.floor(x1 * 1024 + 0.5) / 1024 - x1);
        double e2 = Math.abs(Math.floor(x2 * 1024 + 0.5) / 1024 - x2);
        double want = AdamActivation.TANH.maxError() + 2.5 * (2.0 * (1.5 * e1 + 0.25 * e2 + H) + H) + 1e-9;
        FixedErrorBound b = FixedErrorBound.of(g, 2, 1, x1, x2);
        assertEquals(want, b.bound(0), 1e-15);
        assertTrue(b.inRange(0));
    }

    /** An output downstream of a float value beyond 32 has no bound; one beside it keeps its own. */
    @Test
    void leavingTheRangeMakesTheBoundInfiniteDownstreamOnly() {
        Genome g = genome(node(0, 0.0, 1.0, Activation.SIGMOID), node(1, 0.0, 1.0, Activation.RELU),
                node(2, 7.0, 7.0, Activation.IDENTITY),
                link(-1, 2, 7.0), link(2, 0, 1.0), link(-1, 1, 1.0));
        FixedErrorBound b = FixedErrorBound.of(g, 1, 2, 1.0);   // node 2: 7 + 7 * 7 = 56
        assertFalse(b.inRange(0));
        assertTrue(b.inRange(1));
    }

    /** A zero weight or response carries no error, even from out of range. */
    @Test
    void zeroWeightsAndResponsesCutTheErrorPath() {
        Genome g = genome(node(0, 0.0, 1.0, Activation.RELU), node(2, 7.0, 7.0, Activation.IDENTITY),
                node(3, 0.0, 0.0, Activation.IDENTITY),
                link(-1, 2, 7.0), link(2, 0, 0.0), link(2, 3, 1.0), link(3, 0, 1.0));
        FixedErrorBound b = FixedErrorBound.of(g, 1, 1, 1.0);
        assertTrue(b.inRange(0), "bound " + b.bound(0));
    }

    @Test
    void attributesTheHardwareCannotHoldExactlyAreRefused() {
        Genome g = genome(node(0, 0.1, 1.0, Activation.RELU), link(-1, 0, 1.0));
        var e = assertThrows(IllegalArgumentException.class, () -> FixedErrorBound.of(g, 1, 1, 0.5));
        assertTrue(e.getMessage().contains("node 0 bias = 0.1 is not exact"), e.getMessage());
    }
}
