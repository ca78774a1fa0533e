package plasticity.golden.neat.evolution;

/**
 * The statistics of one evaluated generation.
 *
 * @param meanNodes               mean node-gene count over the population
 * @param meanEnabledConnections  mean enabled-connection count (neat-python's size() pair)
 */
public record GenerationReport(int generation, int populationSize, double bestFitness,
        double meanFitness, int speciesCount, double meanNodes, double meanEnabledConnections,
        int bestGenomeKey) {
}
