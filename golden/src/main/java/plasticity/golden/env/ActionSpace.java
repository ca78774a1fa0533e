package plasticity.golden.env;

/**
 * What an environment accepts as an action: Gymnasium's {@code Discrete(n)} or a
 * {@code Box(low, high)} of real values (docs/spec/environments.md, "Interface").
 */
public sealed interface ActionSpace {

    /** Actions 0..n-1, passed to {@link Environment#step(int)}. */
    record Discrete(int n) implements ActionSpace {
        public Discrete {
            if (n < 1) {
                throw new IllegalArgumentException("Discrete action space needs n >= 1, got " + n);
            }
        }
    }

    /**
     * Real vectors, passed to {@link Environment#step(double[])}; {@code low[i] <= high[i]}.
     * The environment says what it does outside the bounds (Pendulum-v1 clips).
     */
    record Box(double[] low, double[] high) implements ActionSpace {
        public Box {
            low = low.clone();
            high = high.clone();
            if (low.length != high.length || low.length == 0) {
                throw new IllegalArgumentException("Box bounds need the same nonzero length, got "
                        + low.length + " and " + high.length);
            }
        }

        /** The number of components of an action. */
        public int size() {
            return low.length;
        }

        @Override
        public double[] low() {
            return low.clone();
        }

        @Override
        public double[] high() {
            return high.clone();
        }
    }
}
