package plasticity.golden.adam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The fixed-point network against the float one over 10 000 random genomes (docs/spec/adam.md,
 * "Error against float"): every in-range output within its propagated bound, and the figures the
 * spec states.
 */
class FixedErrorStudyTest {

    @Test
    void tenThousandGenomesStayWithinTheirBoundsAndTheDocumentedFigures() {
        FixedErrorStatistics s = FixedErrorStudy.run(1, 10_000);
        assertEquals(0, s.boundViolations(), "outputs above their bound");
        assertTrue(s.maxBoundRatio() <= 1.0, "error / bound " + s.maxBoundRatio());
        ErrorSummary in = s.inRange();
        // The spec's table, measured with seed 1; each figure rounded up.
        assertTrue(in.count() > 10_000, "in-range outputs " + in.count());
        assertTrue(in.p90() <= 0.0054, "p90 " + in.p90());
        assertTrue(in.p99() <= 0.023, "p99 " + in.p99());
        assertTrue(in.p999() <= 0.15, "p99.9 " + in.p999());
        assertTrue(in.max() <= 0.75, "max " + in.max());
        assertTrue(s.byDepth().get(0).depth() == 1 && s.byDepth().get(0).errors().max() <= 0.039,
                "one layer: " + s.byDepth().get(0));
        int counted = s.unreachedOutputs() + in.count() + s.outOfRange().count();
        int perDepth = s.byDepth().stream().mapToInt(r -> r.errors().count()).sum();
        assertEquals(in.count(), perDepth);
        assertTrue(counted > 2 * s.genomes() && counted <= RandomFeedForwardGenomes.MAX_OUTPUTS * s.genomes());
    }

    @Test
    void theStudyIsDeterministic() {
        assertEquals(FixedErrorStudy.run(5, 300), FixedErrorStudy.run(5, 300));
    }

    @Test
    void quantilesAreNearestRank() {
        ErrorSummary s = ErrorSummary.of(new double[] {0.5, 0.0, 0.001, 0.25, 0.0005, 0.1, 0.2, 0.3, 0.4, 0.002});
        assertEquals(10, s.count());
        assertEquals(2, s.withinStep());     // 0 and 0.0005; 0.001 is just above one step, 0.0009765625
        assertEquals(0.1, s.median());       // the 5th of 10
        assertEquals(0.4, s.p90());          // the 9th
        assertEquals(0.5, s.p99());          // the 10th
        assertEquals(0.5, s.max());
        assertEquals(0, ErrorSummary.of(new double[0]).count());
    }
}
