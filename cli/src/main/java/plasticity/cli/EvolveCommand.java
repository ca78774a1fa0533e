package plasticity.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import plasticity.golden.neat.config.NeatConfig;
import plasticity.golden.neat.evolution.GenerationReport;
import plasticity.golden.neat.evolution.Reporter;
import plasticity.golden.neat.tasks.EpisodicTask;
import plasticity.golden.neat.tasks.OperatorSet;
import plasticity.golden.neat.tasks.Task;
import plasticity.golden.neat.tasks.TaskRun;
import plasticity.golden.neat.tasks.Tasks;
import plasticity.golden.neat.tasks.Verdict;
import plasticity.hdl.AtomicDirectory;

@Command(name = "evolve", mixinStandardHelpOptions = true,
    description = {"Evolve a network with NEAT on the golden model (docs/spec/neat.md, \"Tasks\"): a line per"
        + " generation, then run.csv, fitness.png and winner.json (docs/spec/genome-json.md) in --out.",
        "The last line is 'solved at generation G' or 'not solved after G generations'; the exit code is 0"
        + " either way.",
        "--replay FILE reruns a winner's solved check."})
final class EvolveCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--env", paramLabel = "ENV", description = "the task: xor, cartpole, mountaincar, acrobot, pendulum")
  String env;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "run seed (default 1); the same seed gives the same run")
  int seed;

  @Option(names = "--ops", paramLabel = "SET", defaultValue = "standard",
      description = "operator set: standard (neat-python v0.92 in double precision) or hardware (EvE's operators"
          + " bit for bit, networks in ADAM's fixed point: docs/spec/eve.md)")
  Ops ops;

  /** The command-line names of the operator sets. */
  enum Ops {
    standard(OperatorSet.STANDARD), hardware(OperatorSet.HARDWARE);

    final OperatorSet set;

    Ops(OperatorSet set) {
      this.set = set;
    }
  }

  @Option(names = "--config", paramLabel = "FILE", description = "a neat-python style INI config (default: the env's built-in one)")
  Path config;

  @Option(names = "--generations", paramLabel = "G", defaultValue = "300",
      description = "at most G generations (default 300, as neat-python's XOR example)")
  int generations;

  @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: target/runs/<env>-<seed>)")
  Path out;

  @Option(names = "--replay", paramLabel = "FILE", description = "load a winner.json and run its env's solved check")
  Path replay;

  @Override
  public Integer call() {
    if (replay != null) {
      return replay();
    }
    if (env == null) {
      throw new Errors.UserError("give --env ENV (one of " + String.join(", ", Tasks.names())
          + "), or --replay FILE");
    }
    if (generations < 1) {
      throw new Errors.UserError("--generations " + generations + ": give at least 1");
    }
    Task task = task(env);
    String configName;
    String configText;
    if (config != null) {
      configName = config.toString();
      try {
        configText = Files.readString(config, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new Errors.UserError("cannot read NEAT config " + config + ": " + e.getMessage());
      }
    } else {
      configName = Tasks.defaultConfigName(task);
      configText = Tasks.defaultConfigText(task);
    }
    NeatConfig neat = Tasks.config(task, configName, configText);
    try {
      ops.set.operators(neat.genome());
    } catch (IllegalArgumentException e) {
      throw new Errors.UserError(configName + ": --ops " + ops + ": " + e.getMessage());
    }
    Path dir = out != null ? out : Path.of("target", "runs", task.name() + "-" + seed);

    PrintWriter o = spec.commandLine().getOut();
    o.printf("plasticity: evolving %s (%s) with seed %d, ops %s, config %s, pop %d, at most %d generations%n",
        task.name(), task.title(), seed, ops, configName, neat.run().popSize(), generations);
    o.flush();
    List<GenerationReport> reports = new ArrayList<>();
    List<Double> seconds = new ArrayList<>();
    long start = System.nanoTime();
    Reporter progress = r -> {
      reports.add(r);
      seconds.add((System.nanoTime() - start) / 1e9);
      o.printf(Locale.ROOT, "gen %4d  best %12.4f  mean %12.4f  species %3d  genes %6.2f (%.2f nodes, %.2f connections)%n",
          r.generation(), r.bestFitness(), r.meanFitness(), r.speciesCount(),
          r.meanNodes() + r.meanEnabledConnections(), r.meanNodes(), r.meanEnabledConnections());
      o.flush();
    };
    TaskRun.Result result = TaskRun.run(task, neat, ops.set, seed, generations, progress);
    double wall = (System.nanoTime() - start) / 1e9;

    ObjectNode root = GenomeJson.header(task.name(), seed, ops.set.id());
    root.put("fitness", result.fitness());
    root.put("generation", result.generation());
    root.put("solved", result.solved());
    ObjectNode check = root.putObject("check");
    check.put("score", result.verdict().score());
    check.put("threshold", result.verdict().threshold());
    check.put("what", result.verdict().scoreName());
    ObjectNode cfg = root.putObject("config");
    cfg.put("file", configName);
    cfg.put("pop_size", neat.run().popSize());
    cfg.put("fitness_criterion", neat.run().fitnessCriterion().name().toLowerCase(Locale.ROOT));
    cfg.put("fitness_threshold", neat.run().fitnessThreshold());
    cfg.put("num_inputs", neat.genome().numInputs());
    cfg.put("num_outputs", neat.genome().numOutputs());
    cfg.put("max_generations", generations);

    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("run.csv", csv(reports, seconds).getBytes(StandardCharsets.UTF_8));
    files.put("fitness.png", FitnessPlot.png(task.name() + " (" + task.title() + "), seed " + seed
        + ": fitness over generations", task instanceof EpisodicTask
            ? "fitness (mean return of " + EpisodicTask.TRAINING_EPISODES + " episodes)" : "fitness",
        reports, task.fitnessThreshold()));
    files.put("winner.json", GenomeJson.text(root, result.winner()).getBytes(StandardCharsets.UTF_8));
    Path written = AtomicDirectory.write(dir, files);

    if (result.extinct()) {
      o.printf("plasticity: every species stagnated after generation %d (reset_on_extinction = False)%n",
          result.generations() - 1);
    }
    o.printf("plasticity: winner genome %d from generation %d (%d nodes, %d enabled connections), training fitness %s%n",
        result.winner().key(), result.generation(), result.winner().nodes().size(),
        result.winner().enabledConnections(), fmt(result.fitness()));
    o.printf("plasticity: check: %s%n", result.verdict().describe());
    o.printf(Locale.ROOT, "plasticity: wrote run.csv, fitness.png, winner.json to %s (%.1f s)%n", written, wall);
    if (result.solved()) {
      o.printf("solved at generation %d%n", result.generation());
    } else {
      o.printf("not solved after %d generations%n", result.generations());
    }
    o.flush();
    return 0;
  }

  private Integer replay() {
    GenomeJson.Winner w = GenomeJson.read(replay);
    Task task;
    try {
      task = Tasks.byName(w.env());
    } catch (IllegalArgumentException e) {
      throw new Errors.UserError(replay + ": env: " + e.getMessage());
    }
    try {
      w.genome().check(task.numInputs(), task.numOutputs(), true);
    } catch (IllegalStateException e) {
      throw new Errors.UserError(replay + ": genome does not fit " + task.name() + ": " + e.getMessage());
    }
    Verdict v;
    try {
      v = task.check(TaskRun.network(task, w.ops(), w.genome()), w.seed());
    } catch (IllegalArgumentException e) {
      throw new Errors.UserError(replay + ": genome cannot run with ops " + w.ops().id() + ": " + e.getMessage());
    }
    PrintWriter o = spec.commandLine().getOut();
    o.printf("plasticity: replaying genome %d from %s on %s (%s), seed %d, ops %s%n", w.genome().key(), replay,
        task.name(), task.title(), w.seed(), w.ops().id());
    if (!v.episodeReturns().isEmpty()) {
      StringJoiner j = new StringJoiner(" ");
      v.episodeReturns().forEach(r -> j.add(String.format(Locale.ROOT, "%.1f", r)));
      o.printf("episode returns: %s%n", j);
    }
    o.printf("%s: %s%n", task.name(), v.describe());
    o.flush();
    return 0;
  }

  private static Task task(String name) {
    try {
      return Tasks.byName(name);
    } catch (IllegalArgumentException e) {
      throw new Errors.UserError("--env " + name + ": " + e.getMessage());
    }
  }

  /** The run, one row per generation; full-precision numbers, wall time in the last column. */
  static String csv(List<GenerationReport> reports, List<Double> seconds) {
    StringBuilder s = new StringBuilder("generation,best,mean,species,mean_nodes,mean_connections,seconds\n");
    for (int i = 0; i < reports.size(); i++) {
      GenerationReport r = reports.get(i);
      s.append(r.generation()).append(',').append(r.bestFitness()).append(',').append(r.meanFitness())
          .append(',').append(r.speciesCount()).append(',').append(r.meanNodes()).append(',')
          .append(r.meanEnabledConnections()).append(',')
          .append(String.format(Locale.ROOT, "%.3f", seconds.get(i))).append('\n');
    }
    return s.toString();
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }
}
