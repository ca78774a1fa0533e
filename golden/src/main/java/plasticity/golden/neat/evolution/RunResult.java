package plasticity.golden.neat.evolution;

import plasticity.golden.neat.Genome;

/**
 * The outcome of {@link Population#run}.
 *
 * @param best        the fittest genome seen in any generation (the first of equals)
 * @param generations generations evaluated
 * @param solved      whether the fitness criterion reached the threshold; then the solving
 *                    generation is generations - 1
 */
public record RunResult(Genome best, double bestFitness, int generations, boolean solved) {
}
