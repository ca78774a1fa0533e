package plasticity.golden.neat.config;

/** The one range check for every rate and probability: a value in [0, 1]. */
final class Probability {

    private Probability() {
    }

    static void require(String key, double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException(key + " = " + p + " is not a probability: use a value in [0, 1]");
        }
    }
}
