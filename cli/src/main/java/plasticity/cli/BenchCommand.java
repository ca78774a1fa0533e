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
        + " thread, beside Encog 3.4's NEAT on the same tasks in the same JVM; median of --timed-runs runs"
        + " after 3 warm-up runs."})
final class BenchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", defaultValue = "generate", paramLabel = "<what>",
      description = "what to measure: generate (default) or neat")
  String what;

  @Option(names = "--cold-runs", defaultValue = "5", description = "fresh JVMs for the cold median (default 5)")
  int coldRuns;

  @Option(names = "--warm-runs", defaultValue = "20", description = "timed warm runs (default 20)")
  int warmRuns;

  @Option(names = "--generations", paramLabel = "G",
      description = "neat: generations per run (default 100 for XOR, 20 for CartPole-v1)")
  Integer generations;

  @Option(names = "--timed-runs", paramLabel = "N", defaultValue = "5", description = "neat: timed runs (default 5)")
  int timedRuns;

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
    if (!what.equals("generate")) {
      throw new Errors.UserError("bench: unknown benchmark '" + what + "'; available: generate, neat");
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

  private Integer neat() throws IOException {
    if (generations != null && generations < 1) {
      throw new Errors.UserError("--generations " + generations + ": give at least 1");
    }
    if (timedRuns < 1) {
      throw new Errors.UserError("--timed-runs " + timedRuns + ": give at least 1");
    }
    PrintWriter o = spec.commandLine().getOut();
    List<String> rows = NeatBench.run(o, generations, timedRuns);
    rows.forEach(o::println);
    o.printf("bench: done, %d tasks; JVM %s, %d cores%n", NeatBench.CASES.size(),
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
    o.flush();
    if (report != null) {
      Files.createDirectories(report.toAbsolutePath().getParent());
      Files.writeString(report, NeatBench.markdown(rows, timedRuns));
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
