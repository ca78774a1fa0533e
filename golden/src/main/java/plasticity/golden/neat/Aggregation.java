package plasticity.golden.neat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * neat-python's aggregation functions ({@code neat/aggregations.py} v0.92), applied to the
 * weighted inputs of a node in the order given (ascending connection key). Sums are plain
 * left-to-right double additions (CPython <= 3.11 {@code sum}, not 3.12's compensated sum).
 * A node in a feed-forward network always has at least one input; for an empty list, sum gives
 * 0, product 1 (as Python), and the others 0 (where Python would raise).
 */
public enum Aggregation {
    SUM {
        @Override
        public double apply(double[] x) {
            double s = 0.0;
            for (double v : x) {
                s += v;
            }
            return s;
        }
    },
    PRODUCT {
        @Override
        public double apply(double[] x) {
            double p = 1.0;
            for (double v : x) {
                p *= v;
            }
            return p;
        }
    },
    MAX {
        @Override
        public double apply(double[] x) {
            if (x.length == 0) {
                return 0.0;
            }
            double m = x[0];
            for (double v : x) {
                if (v > m) {
                    m = v;
                }
            }
            return m;
        }
    },
    MIN {
        @Override
        public double apply(double[] x) {
            if (x.length == 0) {
                return 0.0;
            }
            double m = x[0];
            for (double v : x) {
                if (v < m) {
                    m = v;
                }
            }
            return m;
        }
    },
    /** Python's max(x, key=abs): the first value of largest magnitude, sign kept. */
    MAXABS {
        @Override
        public double apply(double[] x) {
            if (x.length == 0) {
                return 0.0;
            }
            double m = x[0];
            for (double v : x) {
                if (Math.abs(v) > Math.abs(m)) {
                    m = v;
                }
            }
            return m;
        }
    },
    /** neat-python's median2: the mean for n <= 2, else the middle value or the mean of the two. */
    MEDIAN {
        @Override
        public double apply(double[] x) {
            int n = x.length;
            if (n <= 2) {
                return MEAN.apply(x);
            }
            double[] s = x.clone();
            Arrays.sort(s);
            if (n % 2 == 1) {
                return s[n / 2];
            }
            return (s[n / 2 - 1] + s[n / 2]) / 2.0;
        }
    },
    MEAN {
        @Override
        public double apply(double[] x) {
            return x.length == 0 ? 0.0 : SUM.apply(x) / x.length;
        }
    };

    public abstract double apply(double[] weightedInputs);

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Aggregation> byConfigName(String name) {
        for (Aggregation a : values()) {
            if (a.configName().equals(name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
