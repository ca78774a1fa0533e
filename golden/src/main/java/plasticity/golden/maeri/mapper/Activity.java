package plasticity.golden.maeri.mapper;

/**
 * What every switch did in a run of {@link LayerRunner} (docs/spec/maeri.md, "Layer runner").
 *
 * @param msProducts  per multiplier switch, the products it made (priming steps included)
 * @param msLinked    per multiplier switch, the activations it took from its forwarding link
 * @param dnWords     per DN tree, the words its root sent (weights and activations)
 * @param adderSteps  per adder switch (heap order), the steps in which it was configured
 *                    (not idle) and reduced a vector whose sums were collected
 * @param collected   sums that left on the collection lines
 */
public record Activity(long[] msProducts, long[] msLinked, long[] dnWords, long[] adderSteps,
        long collected) {

    static long max(long[] counts) {
        long max = 0;
        for (long c : counts) {
            max = Math.max(max, c);
        }
        return max;
    }

    static long min(long[] counts) {
        long min = Long.MAX_VALUE;
        for (long c : counts) {
            min = Math.min(min, c);
        }
        return counts.length == 0 ? 0 : min;
    }

    static long sum(long[] counts) {
        long sum = 0;
        for (long c : counts) {
            sum += c;
        }
        return sum;
    }

    /** "min 12, max 40, total 1200". */
    public static String summary(long[] counts) {
        return "min " + min(counts) + ", max " + max(counts) + ", total " + sum(counts);
    }
}
