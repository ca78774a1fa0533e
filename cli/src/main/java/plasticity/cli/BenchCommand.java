package plasticity.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import plasticity.gen.blocks.AccumulatorChain;
import plasticity.gen.blocks.AdderTree;
import plasticity.gen.blocks.AdderTreeConfig;
import plasticity.hdl.GeneratedDesign;
import plasticity.hdl.Hdl;
import plasticity.hdl.Module;

/**
 * Measures elaboration + checks + emission (everything but the disk write). Cold: the first
 * generation in a fresh JVM, median over several JVMs started for the purpose. Warm: the
 * median of repeated generations in one JVM after a warm-up.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Print performance figures.", "generate: elaboration+emission time, cold and warm medians.",
        "neat: NEAT generations per second on XOR (population 150) and CartPole-v1 (population 250), one"
        + " thread, beside Encog 3.4's NEAT on the same tasks in the same JVM; in each of --forks fresh JVMs"
        + " the sides take turns, warm up until the JIT compiler is quiet, then make --timed-runs runs each"
        + " (median wall time, and generations per CPU-second of the process); medians over the JVMs.",
        "sim: Verilator cycles per second of the N = 64 MAERI accelerator running one layer through its host port."})
final class BenchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", defaultValue = "generate", paramLabel = "<what>",
      description = "what to measure: generate (default), neat or sim")
  String what;

  @Option(names = "--cold-runs", defaultValue = "5", description = "fresh JVMs for the cold median (default 5)")
  int coldRuns;

  @Option(names = "--warm-runs", defaultValue = "20", description = "timed warm runs (default 20)")
  int warmRuns;

  @Option(names = "--generations", paramLabel = "G",
      description = "neat: generations per run (default 100 for XOR, 20 for CartPole-v1)")
  Integer generations;

  @Option(names = "--timed-runs", paramLabel = "N",
      description = "neat: timed runs per side (default 31 for XOR, 11 for CartPole-v1)")
  Integer timedRuns;

  @Option(names = "--forks", paramLabel = "N", defaultValue = "3",
      description = "neat: fresh JVMs, each measuring both sides; the figures are the medians over them (default 3)")
  int forks;

  @Option(names = "--fork-once", hidden = true, description = "internal: measure in this JVM, print the figures")
  boolean forkOnce;

  @Option(names = "--report", paramLabel = "FILE", description = "also write the table as Markdown to FILE")
  Path report;

  @Option(names = "--cold-once", hidden = true, description = "internal: one cold generation, print ms")
  String coldOnce;

  record Case(String name, Supplier<Module> top) {}

  static final List<Case> CASES = List.of(
      new Case("chain of 1000 32-bit enable-accumulators", () -> new AccumulatorChain(1000, 32)),
      new Case("256-input adder tree (W=16, K=1)", () -> new AdderTree(new AdderTreeConfig(256, 16, 1))));

  @Override
  public Integer call() throws Exception {
    if (what.equals("neat")) {
      return neat();
    }
    if (what.equals("sim")) {
      return sim();
    }
    if (!what.equals("generate")) {
      throw new Errors.UserError("bench: unknown benchmark '" + what + "'; available: generate, neat, sim");
    }
    if (coldOnce != null) {
      Case c = CASES.get(Integer.parseInt(coldOnce));
      System.out.println(time(c) / 1e6);
      return 0;
    }
    List<String> rows = new ArrayList<>();
    rows.add("| design | modules | Verilog bytes | cold median (ms) | warm median (ms) |");
    rows.add("|---|---|---|---|---|");
    for (int i = 0; i < CASES.size(); i++) {
      Case c = CASES.get(i);
      System.out.printf("bench: %s: %d cold JVMs ...%n", c.name(), coldRuns);
      double[] cold = new double[coldRuns];
      for (int r = 0; r < coldRuns; r++) {
        cold[r] = coldInFreshJvm(i);
      }
      System.out.printf("bench: %s: %d warm runs ...%n", c.name(), warmRuns);
      for (int r = 0; r < 5; r++) {
        time(c);
      }
      double[] warm = new double[warmRuns];
      for (int r = 0; r < warmRuns; r++) {
        warm[r] = time(c) / 1e6;
      }
      GeneratedDesign d = Hdl.generate("bench", Map.of(), c.top());
      long bytes = d.verilogFiles().stream().mapToLong(f -> d.files().get(f).length()).sum();
      rows.add(String.format("| %s | %d | %d | %.0f | %.1f |", c.name(), d.verilogFiles().size(), bytes,
          median(cold), median(warm)));
    }
    rows.forEach(System.out::println);
    System.out.printf("bench: done, %d designs; JVM %s, %d cores%n", CASES.size(),
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
    if (report != null) {
      Files.createDirectories(report.toAbsolutePath().getParent());
      Files.writeString(report, "# plasticity bench generate\n\nElaboration, checks and Verilog emission "
          + "(no disk writes). Cold: first generation in a fresh JVM, median of " + coldRuns
          + " JVMs; warm: median of " + warmRuns + " runs after 5 warm-up runs. Java "
          + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
          + " cores.\n\n" + String.join("\n", rows) + "\n");
    }
    return 0;
  }

  /** The layer {@code bench sim} runs: a 3x3 convolution that keeps the N = 64 accelerator busy. */
  static final String SIM_LAYER = "conv:R=3,S=3,C=8,K=16,X=12,Y=12";

  /**
   * Verilator cycles per second of the N = 64 accelerator (dnBw = rnBw = 8, W = 16, ACC = 48): one
   * layer's host session (load, run, read back) replayed through the RTL's host port, every port
   * compared every cycle, as {@code plasticity maeri --engine rtl} does; the median wall time of
   * {@code --timed-runs} runs after the build, process start and trace reading included.
   */
  private Integer sim() throws IOException {
    PrintWriter o = spec.commandLine().getOut();
    var fabric = MaeriCommand.fabric(List.of());
    var layer = plasticity.golden.maeri.mapper.LayerStrings.layer(SIM_LAYER, 1, 0);
    var data = plasticity.golden.maeri.mapper.Tensors.random(layer, fabric.w(), 1);
    var mapping = plasticity.golden.maeri.mapper.Mapper.map(fabric, layer).mapping();
    double[] seconds = new double[timedRuns == null ? 5 : Math.max(1, timedRuns)];
    AcceleratorRtl.Outcome r = null;
    for (int i = 0; i < seconds.length; i++) {
      r = AcceleratorRtl.run(fabric, Map.of(), layer, mapping, data.inputs(), data.weights(),
          Path.of("target", "bench-sim")); // the accelerator's defaults
      if (!r.verdict().passed()) {
        throw new Errors.UserError("bench sim: the RTL differs from the accelerator model: " + r.verdict().summary());
      }
      seconds[i] = r.seconds();
    }
    Arrays.sort(seconds);
    double median = seconds[seconds.length / 2];
    String line = String.format(java.util.Locale.ROOT, "| %s | %s | %d | %d | %.3f | %.0f |", r.top(), SIM_LAYER,
        r.traceCycles(), r.session().cycles(), median, r.traceCycles() / median);
    o.println("| accelerator | layer | simulated cycles | of them start to done | median wall (s) | cycles/s |");
    o.println("|---|---|---|---|---|---|");
    o.println(line);
    o.flush();
    if (report != null) {
      Files.createDirectories(report.toAbsolutePath().getParent());
      Files.writeString(report, "# plasticity bench sim\n\nVerilator (" + "trace harness: every port compared every"
          + " cycle, process start and trace reading included), median of " + seconds.length + " runs.\n\n"
          + "| accelerator | layer | simulated cycles | of them start to done | median wall (s) | cycles/s |\n"
          + "|---|---|---|---|---|---|\n" + line + "\n");
    }
    return 0;
  }

  private Integer neat() throws IOException, InterruptedException {
    if (generations != null && generations < 1) {
      throw new Errors.UserError("--generations " + generations + ": give at least 1");
    }
    if (timedRuns != null && timedRuns < 1) {
      throw new Errors.UserError("--timed-runs " + timedRuns + ": give at least 1");
    }
    if (forks < 1) {
      throw new Errors.UserError("--forks " + forks + ": give at least 1");
    }
    PrintWriter o = spec.commandLine().getOut();
    if (forkOnce) {
      List<List<NeatBench.Figures>> figures = NeatBench.measureAll(o, generations, timedRuns);
      for (int c = 0; c < figures.size(); c++) {
        for (int side = 0; side < figures.get(c).size(); side++) {
          o.println(NeatBench.figuresLine(c, side, figures.get(c).get(side)));
        }
      }
      o.flush();
      return 0;
    }
    double loadBefore = NeatBench.loadAverage();
    List<List<NeatBench.Figures>> figures = NeatBench.inFreshJvms(o, forks, generations, timedRuns);
    double loadAfter = NeatBench.loadAverage();
    List<String> rows = NeatBench.rows(o, figures, generations, timedRuns);
    rows.forEach(o::println);
    o.printf(java.util.Locale.ROOT, "bench: done, %d tasks; JVM %s, %d cores, load average %.1f before, %.1f after%n",
        NeatBench.CASES.size(), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
        loadBefore, loadAfter);
    o.flush();
    if (report != null) {
      Files.createDirectories(report.toAbsolutePath().getParent());
      Files.writeString(report, NeatBench.markdown(rows, forks, loadBefore, loadAfter));
    }
    return 0;
  }

  private static long time(Case c) {
    long t0 = System.nanoTime();
    Hdl.generate("bench", Map.of(), c.top());
    return System.nanoTime() - t0;
  }

  private static double coldInFreshJvm(int index) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "bench", "--cold-once", String.valueOf(index))
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes()).trim();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("cold bench JVM failed: " + out);
    }
    String[] lines = out.split("\n");
    return Double.parseDouble(lines[lines.length - 1].trim());
  }

  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
