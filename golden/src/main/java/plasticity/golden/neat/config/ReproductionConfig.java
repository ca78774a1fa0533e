package plasticity.golden.neat.config;

/** The {@code [DefaultReproduction]} section (defaults: 0, 0.2, 2 as neat-python v0.92). */
public record ReproductionConfig(int elitism, double survivalThreshold, int minSpeciesSize) {

    public ReproductionConfig {
        if (elitism < 0) {
            throw new IllegalArgumentException("elitism = " + elitism + " must be >= 0");
        }
        if (!(survivalThreshold > 0.0 && survivalThreshold <= 1.0)) {
            throw new IllegalArgumentException("survival_threshold = " + survivalThreshold
                    + " must be in (0, 1]");
        }
        if (minSpeciesSize < 1) {
            throw new IllegalArgumentException("min_species_size = " + minSpeciesSize + " must be >= 1");
        }
    }
}
