package plasticity.golden.adam;

import java.util.List;

/**
 * What {@link FixedErrorStudy} measured: the fixed-point network against neat-python's float
 * network over random genomes (docs/spec/adam.md, "Error against float"), for
 * docs/results/adam.md. Only evaluated outputs count: an output no input reaches is 0 on both
 * sides.
 *
 * @param seed             the {@link plasticity.golden.neat.Rng} seed
 * @param genomes          genomes drawn, one input vector each
 * @param unreachedOutputs outputs no input reaches (left out of the summaries)
 * @param inRange          errors where the float network stayed in the Q5.10 range
 * @param outOfRange       errors where it left the range (the fixed network saturated)
 * @param boundViolations  in-range outputs whose error exceeded their {@link FixedErrorBound}
 * @param maxBoundRatio    the largest error / bound among in-range outputs: how tight the bound is
 * @param byDepth          the in-range errors by the output's depth (its layer + 1), ascending
 */
public record FixedErrorStatistics(int seed, int genomes, int unreachedOutputs, ErrorSummary inRange,
        ErrorSummary outOfRange, int boundViolations, double maxBoundRatio, List<DepthRow> byDepth) {

    public FixedErrorStatistics {
        byDepth = List.copyOf(byDepth);
    }

    /** The in-range errors of the outputs in layer {@code depth - 1}. */
    public record DepthRow(int depth, ErrorSummary errors) {
    }
}
