package plasticity.golden.neat.evolution;

import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import plasticity.golden.neat.Genome;
import plasticity.golden.neat.GenomeOperators;
import plasticity.golden.neat.Rng;
import plasticity.golden.neat.config.NeatConfig;

/**
 * neat-python v0.92's {@code Population} (neat/population.py): the generation loop shared by all
 * operator sets (docs/spec/neat.md, "Generation loop"). Deterministic: the same configuration,
 * operators and seed give the same run.
 */
public final class Population {

    private final NeatConfig config;
    private final Rng rng;
    private final Reproduction reproduction;
    private final SpeciesSet speciesSet;
    private NavigableMap<Integer, Genome> population;
    private int generation;
    private Genome best;
    private double bestFitness = Double.NEGATIVE_INFINITY;

    /** Creates pop_size genomes (keys 1..pop_size) and speciates them as generation 0. */
    public Population(NeatConfig config, GenomeOperators operators, Rng rng) {
        this.config = Objects.requireNonNull(config, "config");
        this.rng = Objects.requireNonNull(rng, "rng");
        this.reproduction = new Reproduction(config.reproduction(), config.stagnation(), operators);
        this.speciesSet = new SpeciesSet(config.speciesSet(), operators);
        this.population = reproduction.createNew(config.run().popSize(), rng);
        speciesSet.speciate(population, generation);
    }

    public NavigableMap<Integer, Genome> genomes() {
        return java.util.Collections.unmodifiableNavigableMap(population);
    }

    public SpeciesSet species() {
        return speciesSet;
    }

    public int generation() {
        return generation;
    }

    /**
     * Runs at most {@code maxGenerations} generations: evaluate every genome (ascending key), track
     * the best, stop when fitness_criterion over the population >= fitness_threshold (unless
     * no_fitness_termination), reproduce, handle extinction, speciate.
     *
     * @throws CompleteExtinctionException when every species stagnates and reset_on_extinction is
     *                                     false
     */
    public RunResult run(ToDoubleFunction<Genome> fitnessFunction, int maxGenerations, Reporter reporter) {
        return run(fitnessFunction, maxGenerations, reporter, genome -> true);
    }

    /**
     * As {@link #run(ToDoubleFunction, int, Reporter)}, but reaching the fitness threshold only
     * makes the generation's best genome a candidate: the run stops, solved, when {@code confirm}
     * accepts it (a task's own "solved" test, e.g. 100 fresh episodes), and otherwise goes on to
     * reproduction as if the threshold had not been reached. {@code confirm} must not draw from
     * this population's {@link Rng}.
     */
    public RunResult run(ToDoubleFunction<Genome> fitnessFunction, int maxGenerations, Reporter reporter,
            Predicate<Genome> confirm) {
        Objects.requireNonNull(confirm, "confirm");
        if (maxGenerations < 1) {
            throw new IllegalArgumentException("maxGenerations = " + maxGenerations + " must be >= 1");
        }
        for (int k = 0; k < maxGenerations; k++) {
            // Looked up by key only (stagnation, reproduction), never iterated: a hash map.
            Map<Integer, Double> fitness = new HashMap<>();
            double[] values = new double[population.size()];
            Genome genBest = null;
            double genBestFitness = 0;
            double sum = 0;
            double nodes = 0;
            double connections = 0;
            int i = 0;
            for (Genome g : population.values()) {
                double f = fitnessFunction.applyAsDouble(g);
                if (Double.isNaN(f)) {
                    throw new IllegalArgumentException("fitness of genome " + g.key() + " is NaN");
                }
                fitness.put(g.key(), f);
                values[i++] = f;
                sum += f;
                nodes += g.nodeGenes().size();
                connections += g.enabledConnections();
                if (genBest == null || f > genBestFitness) {
                    genBest = g;
                    genBestFitness = f;
                }
            }
            int n = population.size();
            reporter.generation(new GenerationReport(generation, n, genBestFitness, sum / n,
                    speciesSet.species().size(), nodes / n, connections / n, genBest.key()));
            if (best == null || genBestFitness > bestFitness) {
                best = genBest;
                bestFitness = genBestFitness;
            }
            if (!config.run().noFitnessTermination()) {
                double criterion = config.run().fitnessCriterion().apply(values);
                if (criterion >= config.run().fitnessThreshold() && confirm.test(genBest)) {
                    reporter.solved(generation, genBest, genBestFitness);
                    return new RunResult(best, bestFitness, k + 1, true);
                }
            }
            int gen = generation;
            population = reproduction.reproduce(speciesSet, fitness, config.run().popSize(), generation,
                    rng, s -> reporter.speciesStagnant(s.key(), gen));
            if (speciesSet.species().isEmpty()) {
                reporter.extinction(generation);
                if (!config.run().resetOnExtinction()) {
                    throw new CompleteExtinctionException(generation);
                }
                population = reproduction.createNew(config.run().popSize(), rng);
            }
            speciesSet.speciate(population, generation);
            generation++;
        }
        return new RunResult(best, bestFitness, maxGenerations, false);
    }
}
