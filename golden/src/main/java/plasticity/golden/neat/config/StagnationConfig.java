package plasticity.golden.neat.config;

/** The {@code [DefaultStagnation]} section (defaults: mean, 15, 0 as neat-python v0.92). */
public record StagnationConfig(SpeciesFitnessFunction speciesFitnessFunc, int maxStagnation,
        int speciesElitism) {

    public StagnationConfig {
        if (speciesFitnessFunc == null) {
            throw new IllegalArgumentException("species_fitness_func is missing");
        }
        if (maxStagnation < 1) {
            throw new IllegalArgumentException("max_stagnation = " + maxStagnation + " must be >= 1");
        }
        if (speciesElitism < 0) {
            throw new IllegalArgumentException("species_elitism = " + speciesElitism + " must be >= 0");
        }
    }
}
