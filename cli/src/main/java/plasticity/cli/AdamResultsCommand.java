package plasticity.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import plasticity.gen.Designs;
import plasticity.golden.adam.AdamConfig;
import plasticity.golden.adam.AdamNetwork;
import plasticity.golden.adam.CartPolePopulationStudy;
import plasticity.golden.adam.CartPolePopulationStudy.StepCost;
import plasticity.golden.adam.ErrorSummary;
import plasticity.golden.adam.FixedErrorStatistics;
import plasticity.golden.adam.FixedErrorStudy;
import plasticity.golden.adam.FixedNetwork;
import plasticity.golden.neat.Genome;
import plasticity.golden.neat.Rng;
import plasticity.golden.neat.config.NeatConfig;
import plasticity.golden.neat.evolution.Population;
import plasticity.golden.neat.evolution.Reporter;
import plasticity.golden.neat.tasks.OperatorSet;
import plasticity.golden.neat.tasks.Task;
import plasticity.golden.neat.tasks.TaskRun;
import plasticity.golden.neat.tasks.Tasks;
import plasticity.golden.neat.tasks.Verdict;
import plasticity.hdl.DesignWriter;
import plasticity.hdl.GeneratedDesign;
import plasticity.tb.gate.YosysSynth;

/**
 * ADAM's results page (docs/results/adam.md): the fixed-point error study, evolved winners scored
 * in float, in fixed point and on the engine's cycle model, a CartPole population on the array
 * beside one genome at a time, and the Yosys figures of an 8 x 8 array.
 */
@Command(name = "adam-results", mixinStandardHelpOptions = true,
    description = {"Measure ADAM and write its results page: fixed point against float over random networks"
        + " (with the documented bound), the scores of evolved CartPole and Acrobot winners in float, in fixed"
        + " point and on ADAM's cycle model, array utilization and cycles per environment step for a CartPole"
        + " population beside one genome at a time, and Yosys cells of an 8 x 8 array.",
        "Deterministic except wall times; Yosys must be installed for the synthesis section."})
final class AdamResultsCommand implements Callable<Integer> {
  static final String[] WINNER_ENVS = {"cartpole", "acrobot"};

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "docs/results/adam.md",
      description = "the Markdown page (default docs/results/adam.md)")
  Path out;

  @Option(names = "--seed", defaultValue = "1", description = "seed of the error study and of the evolution runs (default 1)")
  int seed;

  @Option(names = "--genomes", defaultValue = "10000", description = "random networks in the error study (default 10000)")
  int genomes;

  @Option(names = "--population", defaultValue = "150", description = "CartPole population on the array (default 150)")
  int population;

  @Option(names = "--generations", defaultValue = "5",
      description = "generations the CartPole population evolves (hardware operators) before it is measured (default 5)")
  int generations;

  @Option(names = "--synth-rows", defaultValue = "8", description = "rows and columns of the synthesised array (default 8)")
  int synthSide;

  @Override
  public Integer call() throws IOException {
    if (genomes < 1 || population < 1 || generations < 1) {
      throw new Errors.UserError("--genomes, --population and --generations must be at least 1");
    }
    if (population > AdamConfig.DEFAULT.pes()) {
      throw new Errors.UserError("--population " + population + ": the default array has " + AdamConfig.DEFAULT.pes()
          + " PEs, one genome each");
    }
    if (synthSide < 1 || synthSide > AdamConfig.MAX_SIDE) {
      throw new Errors.UserError("--synth-rows " + synthSide + ": the array has 1.." + AdamConfig.MAX_SIDE + " rows");
    }
    PrintStream o = System.out;
    StringBuilder page = new StringBuilder();
    page.append("# ADAM results\n\n")
        .append(String.format(Locale.ROOT, "Written by `plasticity adam-results --seed %d --genomes %d --population %d"
            + " --generations %d` (docs/spec/adam.md). Everything but the wall time is deterministic.%n%n",
            seed, genomes, population, generations));

    long t0 = System.nanoTime();
    o.printf("adam-results: error study over %d random networks ...%n", genomes);
    page.append(errorSection(FixedErrorStudy.run(seed, genomes)));

    page.append(winnerSection(o));

    o.printf("adam-results: CartPole population of %d on the %d x %d array ...%n", population,
        AdamConfig.DEFAULT.rows(), AdamConfig.DEFAULT.cols());
    page.append(populationSection(populationGenomes()));

    o.printf("adam-results: Yosys on a %d x %d array ...%n", synthSide, synthSide);
    page.append(synthesisSection());

    page.append(String.format(Locale.ROOT, "%nWall time of the whole command: %.0f s (Java %s, %d cores).%n",
        (System.nanoTime() - t0) / 1e9, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors()));
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Files.writeString(out, page.toString(), StandardCharsets.UTF_8);
    o.println("adam-results: wrote " + out);
    return 0;
  }

  // ---- fixed point against float ----------------------------------------------------------------

  private static String errorSection(FixedErrorStatistics s) {
    StringBuilder b = new StringBuilder("## Fixed point against float\n\n");
    b.append(String.format(Locale.ROOT, "`FixedErrorStudy.run(%d, %d)` (docs/spec/adam.md, \"Error against float\"):"
        + " |FixedNetwork − neat-python's float network| per evaluated output, %d outputs no input reaches left"
        + " out. **%d in-range outputs exceed their documented bound** (`FixedErrorBound`); the largest"
        + " error / bound is %.8f.%n%n", s.seed(), s.genomes(), s.unreachedOutputs(), s.boundViolations(),
        s.maxBoundRatio()));
    b.append("| outputs | count | ≤ 1 step (2^-10) | median | p90 | p99 | p99.9 | max |\n|---|---|---|---|---|---|---|---|\n");
    b.append(row("float in range (bound applies)", s.inRange()));
    for (FixedErrorStatistics.DepthRow d : s.byDepth()) {
      b.append(row("depth " + d.depth(), d.errors()));
    }
    b.append(row("float out of range (fixed saturates)", s.outOfRange()));
    return b.append('\n').toString();
  }

  private static String row(String label, ErrorSummary e) {
    return String.format(Locale.ROOT, "| %s | %d | %.1f%% | %.3g | %.3g | %.3g | %.3g | %.3g |%n", label, e.count(),
        e.count() == 0 ? 0.0 : 100.0 * e.withinStep() / e.count(), e.median(), e.p90(), e.p99(), e.p999(), e.max());
  }

  // ---- evolved winners --------------------------------------------------------------------------

  private String winnerSection(PrintStream o) {
    StringBuilder b = new StringBuilder("## Evolved winners in float and in fixed point\n\n");
    b.append(String.format(Locale.ROOT, "Each env evolved with its built-in config, run seed %d, up to 100 generations,"
        + " with each operator set (standard: float networks; hardware: EvE's operators, ADAM's fixed-point"
        + " networks). The winner is then scored by the task's solved check (mean return over 100 episodes"
        + " training never used) three ways: neat-python's float network, `FixedNetwork` (Q5.10), and the"
        + " genome scheduled on ADAM's cycle model (`AdamNetwork`: host writes, run, reads, one PE). The last two"
        + " must agree exactly, and do.%n%n", seed));
    b.append("| env | operator set | generations | nodes, enabled links | float | fixed point | ADAM model |"
        + " ADAM cycles per step | solved (fixed) |\n|---|---|---|---|---|---|---|---|---|\n");
    for (String env : WINNER_ENVS) {
      Task task = Tasks.byName(env);
      for (OperatorSet ops : OperatorSet.values()) {
        o.printf("adam-results: evolving %s with the %s operators ...%n", env, ops.id());
        TaskRun.Result r = TaskRun.run(task, Tasks.defaultConfig(task), ops, seed, 100, Reporter.silent());
        Genome w = r.winner();
        Verdict floatScore = task.check(TaskRun.network(task, w), seed);
        Verdict fixedScore = task.check(FixedNetwork.create(w, task.numInputs(), task.numOutputs()), seed);
        AdamNetwork adam = AdamNetwork.create(w, task.numInputs(), task.numOutputs(), AdamConfig.DEFAULT);
        Verdict adamScore = task.check(adam, seed);
        if (!adamScore.episodeReturns().equals(fixedScore.episodeReturns())) {
          throw new IllegalStateException(env + ": ADAM's cycle model and FixedNetwork disagree on the winner's episodes");
        }
        b.append(String.format(Locale.ROOT, "| %s | %s | %d%s | %d, %d | %.2f | %.2f | %.2f | %.1f | %s |%n",
            task.title(), ops.id(), r.generations(), r.solved() ? "" : " (not solved)", w.nodes().size(),
            w.enabledConnections(), floatScore.score(), fixedScore.score(), adamScore.score(),
            (double) adam.runCycles() / adam.activations(), fixedScore.solved() ? "yes" : "no"));
      }
    }
    return b.append('\n').toString();
  }

  // ---- the population on the array --------------------------------------------------------------

  /** CartPole's built-in config with pop_size overridden, evolved by the hardware operators. */
  private List<Genome> populationGenomes() {
    Task task = Tasks.byName("cartpole");
    String text = Tasks.defaultConfigText(task).replaceFirst("(?m)^pop_size\\s*=.*$", "pop_size = " + population);
    NeatConfig config = Tasks.config(task, "cartpole.ini (pop_size " + population + ")", text);
    Population p = new Population(config, OperatorSet.HARDWARE.operators(config.genome()), Rng.seeded(seed));
    p.run(g -> task.fitness(OperatorSet.HARDWARE.network(g, task.numInputs(), task.numOutputs()), seed, p.generation()),
        generations, Reporter.silent());
    return new ArrayList<>(p.genomes().values());
  }

  private String populationSection(List<Genome> pop) {
    List<StepCost> steps = CartPolePopulationStudy.run(pop, AdamConfig.DEFAULT, ((long) seed << 32));
    int pes = AdamConfig.DEFAULT.pes();
    long genomeSteps = steps.stream().mapToLong(StepCost::live).sum();
    StringBuilder b = new StringBuilder("## A CartPole population on the array\n\n");
    b.append(String.format(Locale.ROOT, "%d genomes of a CartPole-v1 population (built-in config, pop_size %d,"
        + " hardware operators, %d generations from seed %d), each in its own environment, stepped in lock-step"
        + " until every episode ended: %d environment steps, %d genome-steps. Default array, %d x %d PEs"
        + " (`CartPolePopulationStudy`): the **population** mapping puts every genome in its own PE (schedules"
        + " loaded once) and runs the array once per step; **one genome at a time** gives the engine one network"
        + " per run (loaded, run, read, for each live genome in turn). Both sides' outputs equal FixedNetwork's at"
        + " every step. Utilization = MACs / (PEs x run cycles); the live PEs' utilization counts only the PEs"
        + " holding a live genome. Per environment step, as means over the steps named:%n%n",
        pop.size(), population, generations, seed, steps.size(), genomeSteps, AdamConfig.DEFAULT.rows(),
        AdamConfig.DEFAULT.cols()));
    b.append("| steps | live genomes | MACs | mapping | run cycles | utilization | live PEs' utilization |"
        + " host port cycles |\n|---|---|---|---|---|---|---|---|\n");
    int firstTen = Math.min(10, steps.size());
    b.append(popRows("the first", steps.subList(0, 1), pes));
    b.append(popRows("the first " + firstTen, steps.subList(0, firstTen), pes));
    b.append(popRows("all " + steps.size(), steps, pes));
    StepCost first = steps.get(0);
    b.append(String.format(Locale.ROOT, "%nIn the first step the population runs in %d cycles where one genome at a"
        + " time takes %d (%.0fx); later only a few genomes are still balancing (the mean over all steps is"
        + " %.1f live), so both mappings leave most PEs idle. The host port moves one 16-bit value per cycle, so a step's port cycles (observations in,"
        + " actions out: %.1f per live genome in the first step) exceed the array's run cycles: a wider port, or"
        + " observations written by the environment side, is what would make the population step array-bound.%n%n",
        first.runCycles(), first.aloneRunCycles(), (double) first.aloneRunCycles() / first.runCycles(),
        (double) genomeSteps / steps.size(), (double) first.hostCycles() / first.live()));
    return b.toString();
  }

  /** Two rows, population and one at a time, of the means over {@code steps}. */
  private static String popRows(String label, List<StepCost> steps, int pes) {
    double n = steps.size();
    double live = steps.stream().mapToLong(StepCost::live).sum() / n;
    double macs = steps.stream().mapToLong(StepCost::macs).sum() / n;
    double run = steps.stream().mapToLong(StepCost::runCycles).sum() / n;
    double host = steps.stream().mapToLong(StepCost::hostCycles).sum() / n;
    double aloneRun = steps.stream().mapToLong(StepCost::aloneRunCycles).sum() / n;
    double aloneHost = steps.stream().mapToLong(StepCost::aloneHostCycles).sum() / n;
    String format = "| %s | %.1f | %.1f | %s | %.1f | %.2f%% | %.1f%% | %.1f |%n";
    return String.format(Locale.ROOT, format, label, live, macs, "population", run, 100 * macs / (pes * run),
        100 * macs / (live * run), host)
        + String.format(Locale.ROOT, format, label, live, macs, "one at a time", aloneRun, 100 * macs / (pes * aloneRun),
        100 * macs / aloneRun, aloneHost);
  }

  // ---- synthesis --------------------------------------------------------------------------------

  private String synthesisSection() throws IOException {
    Map<String, String> settings = Map.of("ROWS", String.valueOf(synthSide), "COLS", String.valueOf(synthSide));
    GeneratedDesign d = Designs.byName("adam").generate(settings);
    Path dir = DesignWriter.write(d, Path.of("target", "adam-results", "synth"));
    YosysSynth.Result r = YosysSynth.run(d.top(), d.verilogFiles().stream().map(dir::resolve).toList(),
        YosysSynth.Target.GENERIC, dir);
    if (!r.ok()) {
      throw new IllegalStateException("Yosys failed on " + d.top() + ": " + String.join("; ", r.problems()));
    }
    StringBuilder b = new StringBuilder("## Synthesis\n\n");
    b.append(String.format(Locale.ROOT, "Yosys `synth` (generic gates), `check -assert`, no latch"
        + " (templates/yosys/synth.ys.vm), on `%s`: %d x %d PEs at the default depths (%d link, %d node and %d"
        + " value words per PE, ACC 48). **%d cells, no latch.** The buffers are register files here (one"
        + " flip-flop per bit, `$_DFFE_PP_`); a chip would use SRAM macros for them.%n%n", d.top(), synthSide,
        synthSide, AdamConfig.DEFAULT.linkDepth(), AdamConfig.DEFAULT.nodeDepth(), AdamConfig.DEFAULT.valueDepth(),
        r.cellCount()));
    b.append("| module | cells (one instance) | of which memory-bit flip-flops |\n|---|---|---|\n");
    for (String[] m : modules(r.stat())) {
      b.append("| ").append(m[0]).append(" | ").append(m[1]).append(" | ").append(m[2]).append(" |\n");
    }
    return b.toString();
  }

  /** Per module of a Yosys {@code stat} report: name, cells, {@code $_DFFE_PP_} cells. */
  static List<String[]> modules(String stat) {
    List<String[]> rows = new ArrayList<>();
    Matcher m = Pattern.compile("=== (\\S+) ===(.*?)(?==== |\\z)", Pattern.DOTALL).matcher(stat);
    while (m.find()) {
      if (m.group(1).equals("design")) {
        continue;
      }
      Matcher cells = Pattern.compile("Number of cells:\\s+(\\d+)").matcher(m.group(2));
      Matcher dffe = Pattern.compile("\\$_DFFE_PP_\\s+(\\d+)").matcher(m.group(2));
      rows.add(new String[] {"`" + m.group(1) + "`", cells.find() ? cells.group(1) : "?", dffe.find() ? dffe.group(1) : "0"});
    }
    return rows;
  }
}
