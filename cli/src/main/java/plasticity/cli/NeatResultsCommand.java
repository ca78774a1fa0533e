package plasticity.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import plasticity.golden.neat.config.NeatConfig;
import plasticity.golden.neat.evolution.Reporter;
import plasticity.golden.neat.tasks.OperatorSet;
import plasticity.golden.neat.tasks.Task;
import plasticity.golden.neat.tasks.TaskRun;
import plasticity.golden.neat.tasks.Tasks;

/**
 * The NEAT results page (docs/results/neat.md): every env evolved with the built-in config for
 * seeds 1..N, success rate and generations to solve. A command of its own rather than a
 * {@code bench} subcommand: it measures what NEAT achieves, not how fast the tool is, and none of
 * bench's options (cold/warm runs) apply.
 */
@Command(name = "neat-results", mixinStandardHelpOptions = true,
    description = {"Evolve every env with its built-in config for seeds 1..N with each operator set (standard:"
        + " neat-python v0.92 in double precision; hardware: EvE's operators with ADAM's fixed-point networks)"
        + " and write the results page: success rate, median generations to solve, wall time per generation,"
        + " and a PNG of generations to solve beside it.",
        "Budgets: xor 300 generations (neat-python's XOR example), the gym envs 100.",
        "One line per run, then a summary line. Same seeds, same table (except wall times)."})
final class NeatResultsCommand implements Callable<Integer> {
  static final String DEFAULT_ENVS = "xor,cartpole,acrobot,mountaincar";
  static final String PLOT_NAME = "neat-generations.png";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--seeds", paramLabel = "N", defaultValue = "10", description = "run seeds 1..N per env (default 10)")
  int seeds;

  @Option(names = "--envs", paramLabel = "E,E", split = ",", defaultValue = DEFAULT_ENVS,
      description = "envs, comma-separated (default " + DEFAULT_ENVS + ")")
  List<String> envs;

  @Option(names = "--ops", paramLabel = "SET,SET", split = ",", defaultValue = "standard,hardware",
      description = "operator sets, comma-separated (default standard,hardware)")
  List<EvolveCommand.Ops> ops;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "docs/results/neat.md",
      description = "the Markdown page (default docs/results/neat.md); the PNG goes beside it as " + PLOT_NAME)
  Path out;

  /** One evolution run. {@code generations} counts evaluated generations (solving generation + 1). */
  record RunOutcome(int seed, boolean solved, int generations, double seconds) {
    double secondsPerGeneration() {
      return seconds / generations;
    }
  }

  /** The runs of one env with one operator set. */
  record EnvResults(Task task, OperatorSet ops, int budget, int popSize, List<RunOutcome> runs) {
    List<RunOutcome> solvedRuns() {
      return runs.stream().filter(RunOutcome::solved).toList();
    }
  }

  /** XOR: neat-python's example runs 300 generations; the gym envs solve early or not at all. */
  static int budget(Task task) {
    return task.name().equals("xor") ? 300 : 100;
  }

  @Override
  public Integer call() {
    if (seeds < 1) {
      throw new Errors.UserError("--seeds " + seeds + ": give at least 1");
    }
    List<Task> tasks = new ArrayList<>();
    for (String e : envs) {
      try {
        tasks.add(Tasks.byName(e.strip()));
      } catch (IllegalArgumentException ex) {
        throw new Errors.UserError("--envs " + e + ": " + ex.getMessage());
      }
    }
    Path page = out.toAbsolutePath().normalize();
    Path plot = page.resolveSibling(PLOT_NAME);
    PrintWriter o = spec.commandLine().getOut();
    long start = System.nanoTime();
    List<EnvResults> results = new ArrayList<>();
    int solved = 0;
    for (Task task : tasks) {
      NeatConfig config = Tasks.defaultConfig(task);
      int budget = budget(task);
      for (EvolveCommand.Ops set : ops) {
        List<RunOutcome> runs = new ArrayList<>();
        for (int seed = 1; seed <= seeds; seed++) {
          long t0 = System.nanoTime();
          TaskRun.Result r = TaskRun.run(task, config, set.set, seed, budget, Reporter.silent());
          RunOutcome run = new RunOutcome(seed, r.solved(), r.solved() ? r.generation() + 1 : r.generations(),
              (System.nanoTime() - t0) / 1e9);
          runs.add(run);
          solved += run.solved() ? 1 : 0;
          o.printf(Locale.ROOT, "%-12s %-9s seed %3d  %-10s %4d generations  %7.2f s%n", task.name(), set, seed,
              run.solved() ? "solved" : "not solved", run.generations(), run.seconds());
          o.flush();
        }
        results.add(new EnvResults(task, set.set, budget, config.run().popSize(), runs));
      }
    }
    String markdown = markdown(results, seeds);
    byte[] png = GenerationsPlot.png(results);
    try {
      Files.createDirectories(page.getParent());
      Files.writeString(page, markdown, StandardCharsets.UTF_8);
      Files.write(plot, png);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + page + ": " + e.getMessage(), e);
    }
    int total = tasks.size() * ops.size() * seeds;
    o.printf(Locale.ROOT, "neat-results: %d of %d runs solved over %d envs and %d operator sets; wrote %s and %s"
        + " (%.1f s)%n", solved, total, tasks.size(), ops.size(), page, plot.getFileName(),
        (System.nanoTime() - start) / 1e9);
    o.flush();
    return 0;
  }

  static final String TABLE_HEADER = "| env | operator set | solved | median generations to solve | range "
      + "| vs standard | budget | wall time per generation (median) |";

  static String markdown(List<EnvResults> results, int seeds) {
    StringBuilder s = new StringBuilder();
    s.append("# NEAT results: success rate and generations to solve\n\n");
    s.append("Written by `plasticity neat-results --seeds ").append(seeds).append(" --envs ")
        .append(String.join(",", results.stream().map(r -> r.task().name()).toList()))
        .append("` (docs/spec/neat.md, \"Tasks\"). Each env is evolved with its built-in config ")
        .append("for run seeds 1 … ").append(seeds).append(", one run after the other on one thread; ")
        .append("everything but the wall times is deterministic (the same seeds give the same table).\n\n");
    s.append("- **solved**: the task's solved check passed within the budget — XOR fitness ≥ 3.9; ")
        .append("CartPole-v1 mean return ≥ 475, Acrobot-v1 ≥ −100, MountainCar-v0 ≥ −110, each over ")
        .append("100 episodes that training never used.\n");
    s.append("- **generations to solve**: generations evaluated, the solving generation included ")
        .append("(solved at generation 0 counts 1); median and range over the solved runs only.\n");
    s.append("- **budget**: XOR 300 generations (neat-python's XOR example); the gym envs 100 ")
        .append("(a generation of Acrobot or MountainCar costs 25 to 150 times one of XOR).\n");
    s.append("- **wall time per generation**: per run, wall time / generations evaluated; the median over ")
        .append("the env's runs. It includes the solved checks (100 episodes per candidate). Java ")
        .append(System.getProperty("java.version")).append(", ")
        .append(Runtime.getRuntime().availableProcessors()).append(" cores.\n");
    s.append("- **standard**: neat-python v0.92's operators in double precision (docs/spec/neat.md); ")
        .append("**hardware**: EvE's operators bit for bit (docs/spec/eve.md) on 64-bit genes ")
        .append("(docs/spec/gene-format.md), networks evaluated in ADAM's fixed point (docs/spec/adam.md). ")
        .append("Selection, speciation and the task are the same.\n");
    s.append("- **vs standard**: the median generations to solve of this set over the standard set's ")
        .append("(target for hardware: at most 2).\n\n");
    s.append(TABLE_HEADER).append('\n');
    s.append("|---|---|---|---|---|---|---|---|\n");
    for (EnvResults r : results) {
      List<RunOutcome> ok = r.solvedRuns();
      double[] perGen = r.runs().stream().mapToDouble(RunOutcome::secondsPerGeneration).toArray();
      double median = medianGenerations(r);
      double standard = results.stream().filter(x -> x.task() == r.task() && x.ops() == OperatorSet.STANDARD)
          .mapToDouble(NeatResultsCommand::medianGenerations).findFirst().orElse(Double.NaN);
      s.append(String.format(Locale.ROOT, "| %s (%s, pop %d) | %s | %d/%d | %s | %s | %s | %d | %s |%n",
          r.task().name(), r.task().title(), r.popSize(), r.ops().id(), ok.size(), r.runs().size(),
          ok.isEmpty() ? "—" : plain(median),
          ok.isEmpty() ? "—" : String.format(Locale.ROOT, "%.0f … %.0f", min(generations(r)), max(generations(r))),
          Double.isNaN(median) || Double.isNaN(standard) ? "—" : String.format(Locale.ROOT, "%.2f", median / standard),
          r.budget(), milliseconds(BenchCommand.median(perGen))));
    }
    s.append("\n![generations to solve per env and seed](").append(PLOT_NAME).append(")\n\n");
    s.append("## Runs\n\nGenerations evaluated per seed; `not solved` when the budget ran out.\n\n");
    s.append("| env | operator set |");
    for (int seed = 1; seed <= seeds; seed++) {
      s.append(" seed ").append(seed).append(" |");
    }
    s.append("\n|---|---|").append("---|".repeat(seeds)).append('\n');
    for (EnvResults r : results) {
      s.append("| ").append(r.task().name()).append(" | ").append(r.ops().id()).append(" |");
      for (RunOutcome run : r.runs()) {
        s.append(' ').append(run.solved() ? Integer.toString(run.generations()) : "not solved").append(" |");
      }
      s.append('\n');
    }
    return s.toString();
  }

  private static double[] generations(EnvResults r) {
    return r.solvedRuns().stream().mapToDouble(RunOutcome::generations).toArray();
  }

  /** The median generations to solve over the solved runs; NaN when none solved. */
  static double medianGenerations(EnvResults r) {
    double[] g = generations(r);
    return g.length == 0 ? Double.NaN : BenchCommand.median(g);
  }

  private static String plain(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  private static String milliseconds(double seconds) {
    return seconds >= 1 ? String.format(Locale.ROOT, "%.2f s", seconds)
        : String.format(Locale.ROOT, "%.1f ms", seconds * 1e3);
  }

  private static double min(double[] v) {
    double m = Double.POSITIVE_INFINITY;
    for (double x : v) {
      m = Math.min(m, x);
    }
    return m;
  }

  private static double max(double[] v) {
    double m = Double.NEGATIVE_INFINITY;
    for (double x : v) {
      m = Math.max(m, x);
    }
    return m;
  }
}
