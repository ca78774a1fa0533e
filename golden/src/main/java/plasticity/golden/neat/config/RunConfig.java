package plasticity.golden.neat.config;

/**
 * The {@code [NEAT]} section (neat-python v0.92 {@code Config}).
 *
 * @param fitnessCriterion how the population's fitnesses are reduced before the threshold test
 */
public record RunConfig(int popSize, FitnessCriterion fitnessCriterion, double fitnessThreshold,
        boolean resetOnExtinction, boolean noFitnessTermination) {

    public RunConfig {
        if (popSize < 1) {
            throw new IllegalArgumentException("pop_size = " + popSize + " must be >= 1");
        }
        if (Double.isNaN(fitnessThreshold)) {
            throw new IllegalArgumentException("fitness_threshold is NaN");
        }
    }
}
