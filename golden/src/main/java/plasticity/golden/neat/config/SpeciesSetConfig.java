package plasticity.golden.neat.config;

/** The {@code [DefaultSpeciesSet]} section. */
public record SpeciesSetConfig(double compatibilityThreshold) {

    public SpeciesSetConfig {
        if (!(compatibilityThreshold > 0) || Double.isInfinite(compatibilityThreshold)) {
            throw new IllegalArgumentException("compatibility_threshold = " + compatibilityThreshold
                    + " must be a finite number > 0");
        }
    }
}
