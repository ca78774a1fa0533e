package plasticity.golden.adam;

import java.util.Arrays;

/**
 * The distribution of a set of absolute errors |fixed - float| (docs/spec/adam.md, "Error
 * against float"). Quantiles are nearest-rank: the q-quantile of n sorted errors is the
 * ceil(q n)-th; all are 0 for an empty set.
 *
 * @param count       errors summarised
 * @param withinStep  how many are at most one Q5.10 step (2^-10)
 * @param median      the 0.5-quantile
 * @param p90         the 0.9-quantile
 * @param p99         the 0.99-quantile
 * @param p999        the 0.999-quantile
 * @param max         the largest
 */
public record ErrorSummary(int count, int withinStep, double median, double p90, double p99, double p999,
        double max) {

    /** The summary of {@code errors} (not modified). */
    public static ErrorSummary of(double[] errors) {
        double[] s = errors.clone();
        Arrays.sort(s);
        int within = 0;
        for (double e : s) {
            within += e <= 0x1.0p-10 ? 1 : 0;
        }
        return new ErrorSummary(s.length, within, quantile(s, 0.5), quantile(s, 0.9), quantile(s, 0.99),
                quantile(s, 0.999), s.length == 0 ? 0.0 : s[s.length - 1]);
    }

    private static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return 0.0;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
