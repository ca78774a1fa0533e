package plasticity.golden.adam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import plasticity.golden.neat.FeedForwardNetwork;
import plasticity.golden.neat.Rng;

/**
 * The fixed-point network against neat-python's float network (docs/spec/adam.md, "Error
 * against float"): {@code genomes} random genomes ({@link RandomFeedForwardGenomes}), each
 * evaluated once at inputs uniform in [-1, 1] by {@link FixedNetwork} and by
 * {@link FeedForwardNetwork}, every evaluated output's |fixed - float| checked against its
 * {@link FixedErrorBound} and summarised. Deterministic: one {@link Rng} from the seed draws
 * each genome and then its inputs.
 */
public final class FixedErrorStudy {
    private FixedErrorStudy() {}

    /** The statistics of {@code genomes} random genomes drawn from {@code seed}. */
    public static FixedErrorStatistics run(int seed, int genomes) {
        if (genomes < 1) {
            throw new IllegalArgumentException("the study needs at least one genome, got " + genomes);
        }
        Rng rng = Rng.seeded(seed);
        List<Double> inRange = new ArrayList<>();
        List<Double> outOfRange = new ArrayList<>();
        Map<Integer, List<Double>> byDepth = new TreeMap<>();
        int unreached = 0;
        int violations = 0;
        double maxRatio = 0.0;
        for (int g = 1; g <= genomes; g++) {
            RandomFeedForwardGenomes.Sample s = RandomFeedForwardGenomes.next(rng, g);
            double[] x = new double[s.numInputs()];
            for (int i = 0; i < x.length; i++) {
                x[i] = rng.uniform(-1.0, 1.0);
            }
            double[] reference = FeedForwardNetwork.create(s.genome(), s.numInputs(), s.numOutputs()).activate(x);
            FixedNetwork fixed = FixedNetwork.create(s.genome(), s.numInputs(), s.numOutputs());
            double[] got = fixed.activate(x);
            FixedErrorBound bound = FixedErrorBound.of(s.genome(), s.numInputs(), s.numOutputs(), x);
            for (int k = 0; k < s.numOutputs(); k++) {
                int depth = fixed.order().depthOf(k);
                if (depth == 0) {
                    unreached++;
                    continue;
                }
                double error = Math.abs(got[k] - reference[k]);
                if (!bound.inRange(k)) {
                    outOfRange.add(error);
                    continue;
                }
                inRange.add(error);
                byDepth.computeIfAbsent(depth, d -> new ArrayList<>()).add(error);
                violations += error > bound.bound(k) ? 1 : 0;
                maxRatio = Math.max(maxRatio, error / bound.bound(k));
            }
        }
        List<FixedErrorStatistics.DepthRow> rows = new ArrayList<>();
        for (Map.Entry<Integer, List<Double>> e : byDepth.entrySet()) {
            rows.add(new FixedErrorStatistics.DepthRow(e.getKey(), summary(e.getValue())));
        }
        return new FixedErrorStatistics(seed, genomes, unreached, summary(inRange), summary(outOfRange), violations,
                maxRatio, rows);
    }

    private static ErrorSummary summary(List<Double> errors) {
        double[] a = new double[errors.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = errors.get(i);
        }
        return ErrorSummary.of(a);
    }
}
