package plasticity.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
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
 * {@link EpisodicTask#policyFitness(UnaryOperator, int, int)} (same episodes per generation, same
 * inputs, same action rule), so only the NEAT implementation and its network differ.
 *
 * <p>Each run is a fresh population evolved for a fixed number of generations with the fitness
 * termination switched off, so every run of a side does the same work. The sides take turns, run
 * by run, through a warm-up that lasts until the JIT compiler is quiet and then the timed runs;
 * the figures are the median run time and the process CPU time over the timed runs (see
 * {@link #measure} and the method section of {@link #markdown}).
 */
final class NeatBench {
  static final int SEED = 1;
  /** Warm-up per side: at least this many runs and this much time, so that both sides are JIT-compiled. */
  static final int WARM_UP_RUNS = 3;
  static final double WARM_UP_SECONDS = 3.0;
  /** Warm-up goes on until the JIT compiler has worked for less than this fraction of the last QUIET_SECONDS. */
  static final double QUIET_COMPILATION = 0.01;
  static final double QUIET_SECONDS = 3.0;
  static final double MAX_WARM_UP_SECONDS = 120.0;
  /** CPU time of the whole JVM (all threads: Encog scores and breeds on a worker thread). */
  private static final com.sun.management.OperatingSystemMXBean PROCESS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  /**
   * A benchmarked task, its population, its default generations per run and timed runs per side (an XOR run
   * takes a few hundredths of a second, so more of them: the process CPU clock ticks in 10 ms).
   */
  record Case(String env, int popSize, int generations, int timedRuns) {}

  static final List<Case> CASES = List.of(new Case("xor", 150, 100, 31), new Case("cartpole", 250, 20, 11));

  /** One side's figures on one case. */
  record Figures(String implementation, double gensPerSecond, double gensPerCpuSecond, double activationsPerSecond,
      double bestFitness) {}

  /** One timed run: seconds, network activations, best fitness seen in the run; CPU seconds added by measure. */
  private record Run(double seconds, long activations, double bestFitness, double cpuSeconds) {
    Run(double seconds, long activations, double bestFitness) {
      this(seconds, activations, bestFitness, Double.NaN);
    }

    Run withCpuSeconds(double cpu) {
      return new Run(seconds, activations, bestFitness, cpu);
    }
  }

  private NeatBench() {}

  /**
   * Measures both sides on every case in this JVM (one fork); per case, the figures of ours then Encog's.
   * Prints progress and each case's comparison.
   */
  static List<List<Figures>> measureAll(PrintWriter o, Integer generationsOverride, Integer timedRunsOverride) {
    List<List<Figures>> all = new ArrayList<>();
    for (Case c : CASES) {
      int generations = generations(c, generationsOverride);
      Task task = Tasks.byName(c.env());
      List<Figures> figures = measure(o, task, generations, timedRuns(c, timedRunsOverride), List.of(
          new Side("plasticity (standard)", true, () -> ours(task, c.popSize(), generations)),
          new Side("Encog 3.4", false, () -> encog(task, c.popSize(), generations))));
      o.println(comparison(task, figures));
      o.flush();
      all.add(figures);
    }
    return all;
  }

  static int generations(Case c, Integer override) {
    return override != null ? override : c.generations();
  }

  static int timedRuns(Case c, Integer override) {
    return override != null ? override : c.timedRuns();
  }

  /** One line: both sides' generations/s and per CPU-second, and our ratio to Encog's. */
  static String comparison(Task task, List<Figures> figures) {
    Figures ours = figures.get(0);
    Figures encog = figures.get(1);
    return String.format(Locale.ROOT, "bench neat: %s: plasticity %.1f generations/s, Encog %.1f generations/s "
        + "(%.2fx); per CPU-second %.1f and %.1f (%.2fx)", task.name(), ours.gensPerSecond(), encog.gensPerSecond(),
        ours.gensPerSecond() / encog.gensPerSecond(), ours.gensPerCpuSecond(), encog.gensPerCpuSecond(),
        ours.gensPerCpuSecond() / encog.gensPerCpuSecond());
  }

  /** How a fork hands its figures to the parent: one line per case and side. */
  static String figuresLine(int caseIndex, int side, Figures f) {
    return String.format(Locale.ROOT, "%s %d %d %s %s %s %s %s", FIGURES, caseIndex, side, f.implementation().replace(' ', '_'),
        Double.toString(f.gensPerSecond()), Double.toString(f.gensPerCpuSecond()),
        Double.toString(f.activationsPerSecond()), Double.toString(f.bestFitness()));
  }

  static final String FIGURES = "bench-neat-figures";

  /**
   * Runs {@code forks} fresh JVMs ({@code plasticity bench neat --fork-once}), one after the other, passing their
   * progress through; returns, per case and side, the median of each figure over the forks.
   */
  static List<List<Figures>> inFreshJvms(PrintWriter o, int forks, Integer generationsOverride,
      Integer timedRunsOverride) throws IOException, InterruptedException {
    List<List<List<Figures>>> results = new ArrayList<>();
    for (int f = 0; f < forks; f++) {
      o.printf("bench neat: fork %d of %d (a fresh JVM) ...%n", f + 1, forks);
      o.flush();
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), Main.class.getName(), "bench", "neat", "--fork-once"));
      if (generationsOverride != null) {
        command.add("--generations=" + generationsOverride);
      }
      if (timedRunsOverride != null) {
        command.add("--timed-runs=" + timedRunsOverride);
      }
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      Figures[][] fork = new Figures[CASES.size()][2];
      try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (line.startsWith(FIGURES + " ")) {
            String[] w = line.split(" ");
            fork[Integer.parseInt(w[1])][Integer.parseInt(w[2])] = new Figures(w[3].replace('_', ' '),
                Double.parseDouble(w[4]), Double.parseDouble(w[5]), Double.parseDouble(w[6]), Double.parseDouble(w[7]));
          } else {
            o.println(line);
            o.flush();
          }
        }
      }
      if (p.waitFor() != 0) {
        throw new IllegalStateException("bench neat: fork " + (f + 1) + " failed (exit code " + p.exitValue() + ")");
      }
      List<List<Figures>> perCase = new ArrayList<>();
      for (Figures[] sides : fork) {
        perCase.add(List.of(sides));
      }
      results.add(perCase);
    }
    List<List<Figures>> medians = new ArrayList<>();
    for (int c = 0; c < CASES.size(); c++) {
      List<Figures> sides = new ArrayList<>();
      for (int side = 0; side < 2; side++) {
        List<Figures> overForks = new ArrayList<>();
        for (List<List<Figures>> r : results) {
          overForks.add(r.get(c).get(side));
        }
        sides.add(new Figures(overForks.get(0).implementation(), median(overForks, Figures::gensPerSecond),
            median(overForks, Figures::gensPerCpuSecond), median(overForks, Figures::activationsPerSecond),
            median(overForks, Figures::bestFitness)));
      }
      medians.add(sides);
    }
    return medians;
  }

  private static double median(List<Figures> figures, ToDoubleFunction<Figures> value) {
    return BenchCommand.median(figures.stream().mapToDouble(value).toArray());
  }

  /** The Markdown table rows (header included) and, to {@code o}, each case's comparison. */
  static List<String> rows(PrintWriter o, List<List<Figures>> figures, Integer generationsOverride,
      Integer timedRunsOverride) {
    List<String> rows = new ArrayList<>();
    rows.add("| task | population | generations per run | timed runs | implementation | generations/s "
        + "| generations per CPU-second | network activations/s | best fitness of the run (median) |");
    rows.add("|---|---|---|---|---|---|---|---|---|");
    for (int i = 0; i < CASES.size(); i++) {
      Case c = CASES.get(i);
      Task task = Tasks.byName(c.env());
      for (Figures f : figures.get(i)) {
        rows.add(String.format(Locale.ROOT, "| %s (%s) | %d | %d | %d | %s | %.1f | %.1f | %s | %.3f |", task.name(),
            task.title(), c.popSize(), generations(c, generationsOverride), timedRuns(c, timedRunsOverride),
            f.implementation(), f.gensPerSecond(), f.gensPerCpuSecond(), millions(f.activationsPerSecond()),
            f.bestFitness()));
      }
      o.println(comparison(task, figures.get(i)) + " (medians over the forks)");
    }
    return rows;
  }

  /** One benchmarked implementation: its name, whether its runs must repeat exactly, one run. */
  private record Side(String name, boolean deterministic, Supplier<Run> oneRun) {}

  /**
   * Warm-up, then the timed runs, the sides taking turns (run i of each side one after the other, the side
   * going first alternating). Taking turns puts both sides under the same JIT state (they share the fitness
   * code, whose call sites see both sides' networks) and the same machine load, which on a shared machine
   * drifts over a measurement.
   *
   * <p>Warm-up lasts until each side has made {@value #WARM_UP_RUNS} runs and spent {@value #WARM_UP_SECONDS} s,
   * and then until the JIT compiler is quiet: it compiled for less than {@value #QUIET_COMPILATION} of the
   * time over the last {@value #QUIET_SECONDS} s (whole rounds of one run per side), at most
   * {@value #MAX_WARM_UP_SECONDS} s in all. A fixed handful of runs (an XOR run is a few hundredths of a
   * second) left both sides half compiled; on a loaded machine the compiler threads get little CPU and the
   * XOR warm-up took 15 s, so no fixed time is enough.
   *
   * <p>Ours must repeat itself exactly (same seed, same work); Encog cannot be fully seeded (NEATCrossover
   * calls Math.random(), NEATMutateAddNode makes an unseeded Random), so its runs differ a little and its
   * activations/s and best fitness are medians too.
   */
  private static List<Figures> measure(PrintWriter o, Task task, int generations, int timedRuns, List<Side> sides) {
    o.printf(Locale.ROOT, "bench neat: %s: %s taking turns; warm-up (>= %d runs and %.0f s each, then until the JIT "
        + "compiler is quiet), then %d timed runs of %d generations each ...%n", task.name(),
        sides.stream().map(Side::name).toList(), WARM_UP_RUNS, WARM_UP_SECONDS, timedRuns, generations);
    o.flush();
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    double[] warmUpSeconds = new double[sides.size()];
    long warmUpStart = System.nanoTime();
    // The quiet window: since when the compiler has worked for less than QUIET_COMPILATION of the time.
    long quietSince = warmUpStart;
    long compiledMsThen = jit.getTotalCompilationTime();
    for (int round = 0; ; round++) {
      for (int i : turns(sides.size(), round)) {
        warmUpSeconds[i] += sides.get(i).oneRun().get().seconds();
      }
      long now = System.nanoTime();
      long compiledMs = jit.getTotalCompilationTime();
      if ((compiledMs - compiledMsThen) / 1e3 >= QUIET_COMPILATION * (now - quietSince) / 1e9) {
        quietSince = now;
        compiledMsThen = compiledMs;
      }
      boolean quiet = (now - quietSince) / 1e9 >= QUIET_SECONDS;
      boolean enough = round + 1 >= WARM_UP_RUNS && Arrays.stream(warmUpSeconds).min().getAsDouble() >= WARM_UP_SECONDS;
      if (enough && (quiet || (now - warmUpStart) / 1e9 >= MAX_WARM_UP_SECONDS)) {
        o.printf(Locale.ROOT, "bench neat: %s: warm-up done after %d rounds, %.1f s%s%n", task.name(), round + 1,
            (now - warmUpStart) / 1e9, quiet ? "" : " (the JIT compiler was still busy)");
        break;
      }
    }
    Run[][] runs = new Run[sides.size()][timedRuns];
    for (int round = 0; round < timedRuns; round++) {
      for (int i : turns(sides.size(), round)) {
        long cpu0 = PROCESS.getProcessCpuTime();
        runs[i][round] = sides.get(i).oneRun().get().withCpuSeconds((PROCESS.getProcessCpuTime() - cpu0) / 1e9);
        Run first = runs[i][0];
        Run r = runs[i][round];
        if (sides.get(i).deterministic()
            && (r.activations() != first.activations() || r.bestFitness() != first.bestFitness())) {
          throw new IllegalStateException(sides.get(i).name() + " on " + task.name() + " is not deterministic: "
              + first + " then " + r);
        }
      }
    }
    List<Figures> figures = new ArrayList<>();
    for (int i = 0; i < sides.size(); i++) {
      double[] seconds = Arrays.stream(runs[i]).mapToDouble(Run::seconds).toArray();
      double[] activationRates = Arrays.stream(runs[i]).mapToDouble(r -> r.activations() / r.seconds()).toArray();
      double[] best = Arrays.stream(runs[i]).mapToDouble(Run::bestFitness).toArray();
      double cpuSeconds = Arrays.stream(runs[i]).mapToDouble(Run::cpuSeconds).sum();
      figures.add(new Figures(sides.get(i).name(), generations / BenchCommand.median(seconds),
          (double) generations * timedRuns / cpuSeconds, BenchCommand.median(activationRates),
          BenchCommand.median(best)));
    }
    return figures;
  }

  /** The order of the sides in a round: as listed in even rounds, reversed in odd ones. */
  private static List<Integer> turns(int sides, int round) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < sides; i++) {
      order.add(round % 2 == 0 ? i : sides - 1 - i);
    }
    return order;
  }

  /** The task's score of any policy, through the same code our tasks use. */
  private static double score(Task task, UnaryOperator<double[]> policy, int generation) {
    if (task instanceof EpisodicTask episodic) {
      return episodic.policyFitness(policy, SEED, generation);
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

  /** The system load average over the last minute (other processes compete for the cores), -1 if unknown. */
  static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** docs/results/bench-neat.md: how it was measured, the table, the differences between the sides. */
  static String markdown(List<String> rows, int forks, double loadBefore, double loadAfter) {
    return "# plasticity bench neat\n\n"
        + "NEAT generations per second, one thread, our golden model's standard operator set (neat-python v0.92 "
        + "semantics) beside Encog 3.4's NEAT, in the same JVM. Written by `plasticity bench neat --report "
        + "docs/results/bench-neat.md`. Java " + System.getProperty("java.version") + ", "
        + Runtime.getRuntime().availableProcessors() + " cores, load average "
        + String.format(Locale.ROOT, "%.1f before and %.1f after", loadBefore, loadAfter)
        + " the measurement (other work on the machine competes for the cores; see the CPU-second column).\n\n"
        + String.join("\n", rows) + "\n\n"
        + "## Method\n\n"
        + "- **Same work for both.** Each run is a fresh population (seed " + SEED + ") of the given size, evolved "
        + "for a fixed number of generations with fitness termination off, so a run of a side always does the "
        + "same number of generations whatever its progress. Both sides score their networks through the same "
        + "code: XOR is `4 - sum of squared errors` over the four cases (`XorTask.fitness`); CartPole-v1 is the "
        + "mean return of the same 5 episodes per generation, the observation as input, push right when the "
        + "single output is above 0.5 (`EpisodicTask.fitness`). A network activation is one forward pass (one "
        + "XOR case, one CartPole step).\n"
        + "- **Fresh JVMs.** Each figure is the median over " + forks + " fresh JVMs (forks), each of which warms "
        + "up and measures both sides. The JIT compiles each JVM a little differently, and the differences can be "
        + "large: in 2 of about 20 JVMs we saw Encog run XOR almost twice as fast as in the others.\n"
        + "- **Taking turns.** The two sides alternate run by run (the side going first alternates too), through "
        + "the warm-up and the timed runs, so both meet the same JIT state (they share the fitness code) and the "
        + "same machine load.\n"
        + "- **Warm-up.** At least " + WARM_UP_RUNS + " runs and " + (int) WARM_UP_SECONDS + " s per side, then "
        + "until the JIT compiler has worked for less than " + (int) (QUIET_COMPILATION * 100) + "% of the time "
        + "over the last " + (int) QUIET_SECONDS + " s (at most " + (int) MAX_WARM_UP_SECONDS + " s in all). "
        + "A fixed number of warm-up runs is not enough: an XOR run takes a few hundredths of a second, and on "
        + "a busy machine the compiler threads get little CPU.\n"
        + "- **generations/s** = generations per run / median wall-clock time of a fork's timed runs. **generations per "
        + "CPU-second** = a fork's timed generations / the process CPU time over them (every thread: "
        + "Encog's worker, the JIT compiler, the garbage collector). Their ratio is roughly the share of a core the "
        + "side got while it ran. On an idle machine the two figures agree; on a busy one the wall-clock figures "
        + "favour Encog, whose threads block and wake at every generation: Linux schedules such threads ahead "
        + "of a thread that computes without a pause, as ours does (at a load average of about 8 on this "
        + "2-core machine we saw Encog get about 90% of a core and ours about 55%). The CPU figure does not "
        + "depend on that share; the process CPU clock ticks in 10 ms, hence more timed runs for XOR.\n"
        + "- **One thread.** Ours evolves and evaluates on the calling thread. Encog: `setThreadCount(1)` and a "
        + "`CalculateScore` that requires a single thread; it breeds and scores on one worker thread of its "
        + "executor, one task at a time, while the calling thread waits.\n"
        + "- **Seeding.** Ours repeats itself exactly (the bench checks it). Encog is seeded through its "
        + "`RandomFactory`s but cannot be fully: `NEATCrossover` calls `Math.random()` and `NEATMutateAddNode` "
        + "makes an unseeded `Random`, so its runs differ a little; its activations/s and best fitness are "
        + "medians over the timed runs.\n\n"
        + "## Differences between the sides\n\n"
        + "- **Algorithm.** Ours: the task's built-in config (neat-python's XOR config; the single-pole config "
        + "for CartPole), with neat-python v0.92's speciation, stagnation and reproduction. Encog: `NEATPopulation` "
        + "defaults (steepened sigmoid, initial connection density 0.1, survival rate 0.2) and `NEATUtil`'s "
        + "operators, speciation and innovation tracking. The populations therefore evolve differently.\n"
        + "- **Scoring.** Ours scores every genome of every generation, elites included, as neat-python does. "
        + "Encog copies a species' elites into the next generation with their score and scores only the new "
        + "children, so it makes fewer network activations per generation.\n"
        + "- **Network.** Ours is feed-forward in layers, each node once per activation. Encog's `NEATNetwork` "
        + "relaxes the whole link list for 4 activation cycles per `compute` (its default) and adds a bias input.\n"
        + "- **Work per generation is not fixed on CartPole.** An episode lasts until the pole falls (at most 500 "
        + "steps), so a better population costs more per generation: compare the activations/s column as well "
        + "as generations/s, and the best fitness column to see how far each side got.\n"
        + "- **First iteration.** Encog's first `iteration()` scores the initial population and then its "
        + "first offspring, so G iterations score G + 1 populations; ours scores G.\n";
  }

  private static String millions(double perSecond) {
    return String.format(Locale.ROOT, "%.2f M", perSecond / 1e6);
  }
}
