package plasticity.golden.neat.tasks;

import java.util.Objects;
import plasticity.golden.neat.FeedForwardNetwork;
import plasticity.golden.neat.Network;
import plasticity.golden.neat.Genome;
import plasticity.golden.neat.Rng;
import plasticity.golden.neat.config.NeatConfig;
import plasticity.golden.neat.evolution.CompleteExtinctionException;
import plasticity.golden.neat.evolution.GenerationReport;
import plasticity.golden.neat.evolution.Population;
import plasticity.golden.neat.evolution.Reporter;

/**
 * Evolves networks for a {@link Task} with an {@link OperatorSet} (docs/spec/neat.md, "Tasks"):
 * the population of {@code Rng.seeded(seed)}; each generation's genomes scored by
 * {@link Task#fitness} with that generation; when the config's fitness criterion reaches its
 * threshold, the generation's best genome is {@linkplain Task#check checked} and the run stops
 * if it passes. The same task, config and seed give the same run.
 */
public final class TaskRun {

    /**
     * The outcome of a run.
     *
     * @param winner      the genome that passed the check, or else the genome with the highest
     *                    training fitness of the run (the first of equals)
     * @param fitness     the winner's training fitness
     * @param generation  the winner's generation
     * @param generations generations evaluated
     * @param verdict     the check of the winner
     * @param extinct     the run ended early because every species stagnated
     *                    ({@code reset_on_extinction = False})
     */
    public record Result(Genome winner, double fitness, int generation, int generations, boolean solved,
            Verdict verdict, boolean extinct) {
    }

    private TaskRun() {
    }

    public static Result run(Task task, NeatConfig config, int seed, int maxGenerations, Reporter reporter) {
        return run(task, config, OperatorSet.STANDARD, seed, maxGenerations, reporter);
    }

    /** A run with the given operator set; its networks are evaluated the set's way. */
    public static Result run(Task task, NeatConfig config, OperatorSet ops, int seed, int maxGenerations,
            Reporter reporter) {
        Objects.requireNonNull(reporter, "reporter");
        if (config.genome().numInputs() != task.numInputs() || config.genome().numOutputs() != task.numOutputs()) {
            throw new IllegalArgumentException(task.name() + " needs num_inputs = " + task.numInputs()
                    + " and num_outputs = " + task.numOutputs() + ", the config has "
                    + config.genome().numInputs() + " and " + config.genome().numOutputs());
        }
        Population population = new Population(config, ops.operators(config.genome()), Rng.seeded(seed));
        Tracker tracker = new Tracker(population, reporter, ops);
        boolean extinct = false;
        try {
            population.run(g -> task.fitness(network(task, ops, g), seed, population.generation()),
                    maxGenerations, tracker, g -> tracker.confirm(task, g, seed));
        } catch (CompleteExtinctionException e) {
            extinct = true;
        }
        if (tracker.solvedGenome != null) {
            return new Result(tracker.solvedGenome, tracker.solvedFitness, tracker.solvedGeneration,
                    tracker.generations, true, tracker.lastVerdict, false);
        }
        Verdict verdict = task.check(network(task, ops, tracker.best), seed);
        return new Result(tracker.best, tracker.bestFitness, tracker.bestGeneration, tracker.generations,
                false, verdict, extinct);
    }

    /** The standard (double-precision) network of a genome for this task. */
    public static FeedForwardNetwork network(Task task, Genome genome) {
        return FeedForwardNetwork.create(genome, task.numInputs(), task.numOutputs());
    }

    /** The network of a genome for this task, evaluated as the operator set evaluates it. */
    public static Network network(Task task, OperatorSet ops, Genome genome) {
        return ops.network(genome, task.numInputs(), task.numOutputs());
    }

    /** Follows the run: the best genome so far, the last check, the solving genome. */
    private static final class Tracker implements Reporter {
        private final Population population;
        private final Reporter downstream;
        Genome best;
        double bestFitness;
        int bestGeneration;
        int generations;
        Verdict lastVerdict;
        Genome solvedGenome;
        double solvedFitness;
        int solvedGeneration;

        private final OperatorSet ops;

        Tracker(Population population, Reporter downstream, OperatorSet ops) {
            this.population = population;
            this.downstream = downstream;
            this.ops = ops;
        }

        boolean confirm(Task task, Genome candidate, int seed) {
            lastVerdict = task.check(network(task, ops, candidate), seed);
            return lastVerdict.solved();
        }

        @Override
        public void generation(GenerationReport report) {
            generations = report.generation() + 1;
            // Called before reproduction: the population still holds the evaluated genomes.
            if (best == null || report.bestFitness() > bestFitness) {
                best = population.genomes().get(report.bestGenomeKey());
                bestFitness = report.bestFitness();
                bestGeneration = report.generation();
            }
            downstream.generation(report);
        }

        @Override
        public void speciesStagnant(int speciesKey, int generation) {
            downstream.speciesStagnant(speciesKey, generation);
        }

        @Override
        public void extinction(int generation) {
            downstream.extinction(generation);
        }

        @Override
        public void solved(int generation, Genome genome, double fitness) {
            solvedGenome = genome;
            solvedFitness = fitness;
            solvedGeneration = generation;
            downstream.solved(generation, genome, fitness);
        }
    }
}
