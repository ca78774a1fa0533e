package plasticity.golden.neat;

import java.util.Locale;
import java.util.Optional;

/**
 * neat-python's activation functions ({@code neat/activations.py}, same in v0.92 and later), in
 * double precision with StrictMath. The input scalings (5.0 for sigmoid, 2.5 for tanh) and clamps
 * are neat-python's, not the NEAT paper's 4.9.
 */
public enum Activation {
    SIGMOID {
        @Override
        public double apply(double z) {
            double c = clamp(5.0 * z, -60.0, 60.0);
            return 1.0 / (1.0 + StrictMath.exp(-c));
        }
    },
    TANH {
        @Override
        public double apply(double z) {
            return StrictMath.tanh(clamp(2.5 * z, -60.0, 60.0));
        }
    },
    SIN {
        @Override
        public double apply(double z) {
            return StrictMath.sin(clamp(5.0 * z, -60.0, 60.0));
        }
    },
    GAUSS {
        @Override
        public double apply(double z) {
            double c = clamp(z, -3.4, 3.4);
            return StrictMath.exp(-5.0 * c * c);
        }
    },
    RELU {
        @Override
        public double apply(double z) {
            return z > 0.0 ? z : 0.0;
        }
    },
    SOFTPLUS {
        @Override
        public double apply(double z) {
            double c = clamp(5.0 * z, -60.0, 60.0);
            return 0.2 * StrictMath.log(1.0 + StrictMath.exp(c));
        }
    },
    IDENTITY {
        @Override
        public double apply(double z) {
            return z;
        }
    },
    CLAMPED {
        @Override
        public double apply(double z) {
            return clamp(z, -1.0, 1.0);
        }
    },
    INV {
        @Override
        public double apply(double z) {
            // Python raises ZeroDivisionError on 1.0 / 0.0 and neat-python returns 0.0 for it.
            return z == 0.0 ? 0.0 : 1.0 / z;
        }
    },
    LOG {
        @Override
        public double apply(double z) {
            return StrictMath.log(Math.max(1e-7, z));
        }
    },
    EXP {
        @Override
        public double apply(double z) {
            return StrictMath.exp(clamp(z, -60.0, 60.0));
        }
    },
    ABS {
        @Override
        public double apply(double z) {
            return Math.abs(z);
        }
    },
    HAT {
        @Override
        public double apply(double z) {
            return Math.max(0.0, 1.0 - Math.abs(z));
        }
    },
    SQUARE {
        @Override
        public double apply(double z) {
            return z * z;
        }
    },
    CUBE {
        @Override
        public double apply(double z) {
            return z * z * z;
        }
    };

    public abstract double apply(double z);

    /** The name used in INI files, e.g. {@code sigmoid}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The function named {@code name} in an INI file, if neat-python has one by that name. */
    public static Optional<Activation> byConfigName(String name) {
        for (Activation a : values()) {
            if (a.configName().equals(name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** Python's max(lo, min(hi, z)). */
    static double clamp(double z, double lo, double hi) {
        return Math.max(lo, Math.min(hi, z));
    }
}
