package plasticity.golden.neat.tasks;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of {@link Task#check}: the score that is compared with the threshold and, for an
 * episodic task, the return of every episode it is the mean of.
 *
 * @param scoreName      what the score is, e.g. {@code "mean return over 100 episodes"}
 * @param episodeReturns empty for a task without episodes (XOR)
 */
public record Verdict(String scoreName, double score, double threshold, boolean solved,
        List<Double> episodeReturns) {

    public Verdict {
        episodeReturns = List.copyOf(episodeReturns);
    }

    /** One line, e.g. {@code mean return over 100 episodes 500.000 (min 500.000, max 500.000; solved at >= 475): solved}. */
    public String describe() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%s %.3f (", scoreName, score));
        if (!episodeReturns.isEmpty()) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double r : episodeReturns) {
                min = Math.min(min, r);
                max = Math.max(max, r);
            }
            s.append(String.format(Locale.ROOT, "min %.3f, max %.3f; ", min, max));
        }
        s.append(String.format(Locale.ROOT, "solved at >= %s): %s", plain(threshold),
                solved ? "solved" : "not solved"));
        return s.toString();
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
