package plasticity.golden.neat.config;

/** neat-python's {@code fitness_criterion}: max, min or mean of the population's fitnesses. */
public enum FitnessCriterion {
    MAX, MIN, MEAN;

    public double apply(double[] fitnesses) {
        return switch (this) {
            case MAX -> SpeciesFitnessFunction.MAX.apply(fitnesses);
            case MIN -> SpeciesFitnessFunction.MIN.apply(fitnesses);
            case MEAN -> SpeciesFitnessFunction.MEAN.apply(fitnesses);
        };
    }
}
