package plasticity.golden.neat.config;

import java.util.Arrays;

/**
 * neat-python's {@code stat_functions} ({@code neat/math_util.py} v0.92), used for
 * {@code species_fitness_func}. MEDIAN is neat-python's {@code median}: the element at index
 * n/2 of the sorted list (the upper median for even n); MEDIAN2 averages the two middle ones.
 */
public enum SpeciesFitnessFunction {
    MAX, MIN, MEAN, MEDIAN, MEDIAN2;

    public double apply(double[] v) {
        if (v.length == 0) {
            throw new IllegalArgumentException(this + " of no values");
        }
        double[] s = v.clone();
        switch (this) {
            case MAX:
                return Arrays.stream(v).max().getAsDouble();
            case MIN:
                return Arrays.stream(v).min().getAsDouble();
            case MEAN: {
                double sum = 0.0;
                for (double x : v) {
                    sum += x;
                }
                return sum / v.length;
            }
            case MEDIAN:
                Arrays.sort(s);
                return s[s.length / 2];
            default: {
                int n = s.length;
                if (n <= 2) {
                    return MEAN.apply(v);
                }
                Arrays.sort(s);
                return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2.0;
            }
        }
    }
}
