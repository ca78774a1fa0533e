package plasticity.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.encog.mathutil.randomize.factory.BasicRandomFactory;
import org.encog.ml.CalculateScore;
import org.encog.ml.MLMethod;
import org.encog.ml.data.basic.BasicMLData;
import org.encog.ml.ea.train.basic.TrainEA;
import org.encog.neural.neat.NEATNetwork;
import org.encog.neural.neat.NEATPopulation;
import org.encog.neural.neat.NEATUtil;
import plasticity.golden.env.XorTask;
import plasticity.golden.neat.Rng;
import plasticity.golden.neat.config.NeatConfig;
import plasticity.golden.neat.config.RunConfig;
import plasticity.golden.neat.evolution.Population;
import plasticity.golden.neat.evolution.Reporter;
import plasticity.golden.neat.standard.StandardOperators;
import plasticity.golden.neat.tasks.EpisodicTask;
import plasticity.golden.neat.tasks.Task;
import plasticity.golden.neat.tasks.TaskRun;
import plasticity.golden.neat.tasks.Tasks;

/**
 * {@code plasticity bench neat}: generations per second of our NEAT (standard operators) and of
 * Encog 3.4's NEAT on the same tasks, in the same JVM, one thread each. Both sides score their
 * networks through the same code: XOR through {@link XorTask#fitness}, CartPole-v1 through
 * {@link EpisodicTask#fitness(UnaryOperator, int, int)} (same episodes per generation, same
 * inputs, same action rule), so only the NEAT implementation and its network differ.
 *
 * <p>Each run is a fresh population evolved for a fixed number of generations with the fitness
 * termination switched off, so every run of a side does the same work; the figure is the median
 * of the timed runs, after warm-up runs.
 */
final class NeatBench {
  static final int SEED = 1;
  static final int WARM_UP_RUNS = 3;

  /** A benchmarked task, its population and its default number of generations per run. */
  record Case(String env, int popSize, int generations) {}

  static final List<Case> CASES = List.of(new Case("xor", 150, 100), new Case("cartpole", 250, 20));

  /** One side's figures on one case. */
  record Figures(String implementation, double gensPerSecond, double activationsPerSecond, double bestFitness) {}

  /** One timed run: seconds, network activations, best fitness seen in the run. */
  private record Run(double seconds, long activations, double bestFitness) {}

  private NeatBench() {}

  /** Runs both sides on every case; returns the Markdown table rows (header included). */
  static List<String> run(PrintWriter o, Integer generationsOverride, int timedRuns) {
    List<String> rows = new ArrayList<>();
    rows.add("| task | population | generations per run | implementation | generations/s | network activations/s "
        + "| best fitness of the run (median) |");
    rows.add("|---|---|---|---|---|---|---|");
    for (Case c : CASES) {
      int generations = generationsOverride != null ? generationsOverride : c.generations();
      Task task = Tasks.byName(c.env());
      List<Figures> figures = List.of(
          measure(o, task, "plasticity (standard)", generations, timedRuns, true, () -> ours(task, c.popSize(), generations)),
          measure(o, task, "Encog 3.4", generations, timedRuns, false, () -> encog(task, c.popSize(), generations)));
      for (Figures f : figures) {
        rows.add(String.format(Locale.ROOT, "| %s (%s) | %d | %d | %s | %.1f | %s | %.3f |", task.name(),
            task.title(), c.popSize(), generations, f.implementation(), f.gensPerSecond(),
            millions(f.activationsPerSecond()), f.bestFitness()));
      }
      o.printf(Locale.ROOT, "bench neat: %s: plasticity %.1f generations/s, Encog %.1f generations/s (%.2fx)%n",
          task.name(), figures.get(0).gensPerSecond(), figures.get(1).gensPerSecond(),
          figures.get(0).gensPerSecond() / figures.get(1).gensPerSecond());
      o.flush();
    }
    return rows;
  }

  /**
   * Warm-up, then the timed runs. Ours must repeat itself exactly (same seed, same work); Encog cannot be
   * fully seeded (NEATCrossover calls Math.random(), NEATMutateAddNode makes an unseeded Random), so its
   * runs differ a little and its activations/s and best fitness are medians too.
   */
  private static Figures measure(PrintWriter o, Task task, String name, int generations, int timedRuns,
      boolean deterministic, java.util.function.Supplier<Run> oneRun) {
    o.printf("bench neat: %s, %s: %d warm-up + %d timed runs of %d generations ...%n", task.name(), name,
        WARM_UP_RUNS, timedRuns, generations);
    o.flush();
    for (int i = 0; i < WARM_UP_RUNS; i++) {
      oneRun.get();
    }
    double[] seconds = new double[timedRuns];
    double[] activationRates = new double[timedRuns];
    double[] best = new double[timedRuns];
    Run first = null;
    for (int i = 0; i < timedRuns; i++) {
      Run r = oneRun.get();
      if (deterministic && first != null
          && (r.activations() != first.activations() || r.bestFitness() != first.bestFitness())) {
        throw new IllegalStateException(name + " on " + task.name() + " is not deterministic: "
            + first + " then " + r);
      }
      first = first == null ? r : first;
      seconds[i] = r.seconds();
      activationRates[i] = r.activations() / r.seconds();
      best[i] = r.bestFitness();
    }
    return new Figures(name, generations / BenchCommand.median(seconds), BenchCommand.median(activationRates),
        BenchCommand.median(best));
  }

  /** The task's score of any policy, through the same code our tasks use. */
  private static double score(Task task, UnaryOperator<double[]> policy, int generation) {
    if (task instanceof EpisodicTask episodic) {
      return episodic.fitness(policy, SEED, generation);
    }
    return XorTask.fitness(policy::apply);
  }

  /** Our generation loop: the built-in config with the given population and no fitness termination. */
  private static Run ours(Task task, int popSize, int generations) {
    NeatConfig builtIn = Tasks.defaultConfig(task);
    RunConfig r = builtIn.run();
    NeatConfig config = new NeatConfig(new RunConfig(popSize, r.fitnessCriterion(), r.fitnessThreshold(),
        r.resetOnExtinction(), true), builtIn.genome(), builtIn.speciesSet(), builtIn.stagnation(),
        builtIn.reproduction());
    long[] activations = {0};
    double[] best = {Double.NEGATIVE_INFINITY};
    long t0 = System.nanoTime();
    Population population = new Population(config, new StandardOperators(config.genome()), Rng.seeded(SEED));
    population.run(g -> {
      var network = TaskRun.network(task, g);
      return score(task, in -> {
        activations[0]++;
        return network.activate(in);
      }, population.generation());
    }, generations, report -> best[0] = Math.max(best[0], report.bestFitness()));
    return new Run((System.nanoTime() - t0) / 1e9, activations[0], best[0]);
  }

  /**
   * Encog's NEAT with its defaults (NEATPopulation: steepened sigmoid, 4 activation cycles, initial
   * connection density 0.1, survival rate 0.2; NEATUtil's operators and speciation), seeded, one
   * scoring thread.
   */
  private static Run encog(Task task, int popSize, int generations) {
    long[] activations = {0};
    int[] generation = {0};
    CalculateScore scoreFunction = new CalculateScore() {
      @Override
      public double calculateScore(MLMethod method) {
        NEATNetwork network = (NEATNetwork) method;
        return score(task, in -> {
          activations[0]++;
          return network.compute(new BasicMLData(in)).getData();
        }, generation[0]);
      }

      @Override
      public boolean shouldMinimize() {
        return false;
      }

      @Override
      public boolean requireSingleThreaded() {
        return true;
      }
    };
    long t0 = System.nanoTime();
    NEATPopulation population = new NEATPopulation(task.numInputs(), task.numOutputs(), popSize);
    population.setRandomNumberFactory(new BasicRandomFactory(SEED));
    population.reset();
    TrainEA train = NEATUtil.constructNEATTrainer(population, scoreFunction);
    train.setRandomNumberFactory(new BasicRandomFactory(SEED));
    train.setThreadCount(1);
    for (int g = 0; g < generations; g++) {
      generation[0] = g;
      train.iteration();
    }
    double best = train.getBestGenome().getScore();
    train.finishTraining();
    return new Run((System.nanoTime() - t0) / 1e9, activations[0], best);
  }

  /** docs/results/bench-neat.md: how it was measured, the table, the differences between the sides. */
  static String markdown(List<String> rows, int timedRuns) {
    return "# plasticity bench neat\n\n"
        + "NEAT generations per second, one thread, our golden model's standard operator set (neat-python v0.92 "
        + "semantics) beside Encog 3.4's NEAT in the same JVM. Each run is a fresh population (seed " + SEED
        + ") evolved for a fixed number of generations with fitness termination off, so every run of a side "
        + "does the same work; the figure is the median of " + timedRuns + " timed runs after " + WARM_UP_RUNS
        + " warm-up runs. Java " + System.getProperty("java.version") + ", "
        + Runtime.getRuntime().availableProcessors() + " cores.\n\n"
        + String.join("\n", rows) + "\n\n"
        + "Both sides score their networks through the same code: XOR is `4 - sum of squared errors` over the four "
        + "cases (`XorTask.fitness`); CartPole-v1 is the mean return of the same 5 episodes per generation, the "
        + "observation as input, push right when the single output is above 0.5 (`EpisodicTask.fitness`). "
        + "A network activation is one forward pass (one XOR case, one CartPole step).\n\n"
        + "Differences, honestly:\n\n"
        + "- **Algorithm.** Ours: the task's built-in config (neat-python's XOR config; the single-pole config "
        + "for CartPole), with neat-python v0.92's speciation, stagnation and reproduction. Encog: `NEATPopulation` "
        + "defaults (steepened sigmoid, initial connection density 0.1, survival rate 0.2) and `NEATUtil`'s "
        + "operators, speciation and innovation tracking. The populations therefore evolve differently.\n"
        + "- **Network.** Ours is feed-forward in layers, each node once per activation. Encog's `NEATNetwork` "
        + "relaxes the whole link list for 4 activation cycles per `compute` (its default) and adds a bias input.\n"
        + "- **Work per generation is not fixed on CartPole.** An episode lasts until the pole falls (at most 500 "
        + "steps), so a better population costs more per generation: compare the activations/s column as well "
        + "as generations/s, and the best fitness column to see how far each side got.\n"
        + "- **Threads.** Ours evaluates on the calling thread. Encog (`setThreadCount(1)`, a `CalculateScore` "
        + "that requires a single thread) evaluates on one worker thread of its executor, one task at a time, "
        + "while the calling thread waits.\n"
        + "- **Seeding.** Ours repeats itself exactly (the bench checks it). Encog is seeded through its "
        + "`RandomFactory`s but cannot be fully: `NEATCrossover` calls `Math.random()` and `NEATMutateAddNode` "
        + "makes an unseeded `Random`, so its runs differ a little; its activations/s and best fitness are "
        + "medians over the timed runs.\n"
        + "- **First iteration.** Encog's first `iteration()` scores the initial population and then its "
        + "first offspring, so G iterations score G + 1 populations; ours scores G.\n";
  }

  private static String millions(double perSecond) {
    return String.format(Locale.ROOT, "%.2f M", perSecond / 1e6);
  }
}
