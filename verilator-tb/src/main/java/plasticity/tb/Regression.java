package plasticity.tb;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import plasticity.tb.process.ProcessRunner;
import plasticity.tb.process.ToolException;
import plasticity.tb.trace.Trace;
import plasticity.tb.verilator.BuildResult;
import plasticity.tb.verilator.VerilatorBuild;
import plasticity.tb.verilator.VerilatorSettings;

/**
 * Golden model against RTL over many seeds: builds once, runs every seed, prints one line per
 * seed, then each failure with the command that replays it, then {@code N passed, M failed}
 * as the last line (what CI greps).
 */
public final class Regression {
  private final String design;
  private final String replayHint;
  private final Dut dut;
  private final VerilatorSettings settings;
  private final VerilatorBuild build;
  private final Path root;
  private final PrintStream out;

  /** The outcome of one seed; {@code keptTrace} is where a failing seed's trace stays. */
  public record SeedResult(long seed, Verdict verdict, Optional<Path> keptTrace) {}

  /** Every seed's outcome, in the order run. */
  public record Report(List<SeedResult> results) {
    public Report {
      results = List.copyOf(results);
    }

    public long passed() {
      return results.stream().filter(r -> r.verdict().passed()).count();
    }

    public long failed() {
      return results.size() - passed();
    }

    /** Exactly {@code N passed, M failed}. */
    public String summaryLine() {
      return passed() + " passed, " + failed() + " failed";
    }
  }

  /**
   * @param design the design's name: the trace directory and the replay command use it
   * @param replayHint options the replay needs besides the seed (e.g. {@code --set width=16}),
   *     or empty
   * @param regressRoot where failing traces stay, {@code <root>/<design>/seed-<S>.trace}
   */
  public Regression(
      String design,
      String replayHint,
      Dut dut,
      VerilatorSettings settings,
      VerilatorBuild build,
      Path regressRoot,
      PrintStream out) {
    this.design = Objects.requireNonNull(design, "design");
    this.replayHint = Objects.requireNonNull(replayHint, "replayHint").strip();
    this.dut = Objects.requireNonNull(dut, "dut");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.build = Objects.requireNonNull(build, "build");
    this.root = Objects.requireNonNull(regressRoot, "regressRoot");
    this.out = Objects.requireNonNull(out, "out");
  }

  /** The standard build cache, traces under {@code target/regress}, progress on stdout. */
  public static Regression standard(String design, String replayHint, Dut dut, VerilatorSettings settings) {
    return new Regression(
        design, replayHint, dut, settings, VerilatorBuild.standard(), Path.of("target", "regress"), System.out);
  }

  /** The command that replays {@code seed} with waves. */
  public String replayCommand(long seed) {
    return "./plasticity regress " + design + (replayHint.isEmpty() ? "" : " " + replayHint) + " --seed " + seed + " --waves";
  }

  /** Where the trace of {@code seed} is written (and kept if the seed fails). */
  public Path tracePath(long seed) {
    return root.resolve(design).resolve("seed-" + seed + ".trace");
  }

  public Report run(Function<Long, Trace> golden, List<Long> seeds) {
    List<SeedResult> results = new ArrayList<>();
    BuildResult binary;
    try {
      binary = build.build(dut, settings);
    } catch (ToolException | UncheckedIOException e) {
      out.println("build of " + design + " failed: " + e.getMessage());
      for (long seed : seeds) {
        results.add(new SeedResult(seed, new Verdict.Error("build failed"), Optional.empty()));
      }
      Report report = new Report(results);
      out.println(report.summaryLine());
      return report;
    }
    ProcessRunner runner = ProcessRunner.standard();
    String counter = "[%" + Integer.toString(seeds.size()).length() + "d/%d] seed=%d %s%n";
    for (int i = 0; i < seeds.size(); i++) {
      long seed = seeds.get(i);
      SeedResult r = runSeed(golden, seed, binary.binary(), runner);
      results.add(r);
      out.printf(counter, i + 1, seeds.size(), seed, progress(r.verdict()));
    }
    Report report = new Report(results);
    for (SeedResult r : results) {
      if (!r.verdict().passed()) {
        out.println("FAILED seed=" + r.seed() + ": " + r.verdict().summary());
        out.println("  replay: " + replayCommand(r.seed()));
        r.keptTrace().ifPresent(p -> out.println("  trace:  " + p));
      }
    }
    out.println(report.summaryLine());
    return report;
  }

  private SeedResult runSeed(Function<Long, Trace> golden, long seed, Path binary, ProcessRunner runner) {
    Path file = tracePath(seed);
    try {
      golden.apply(seed).write(file);
    } catch (RuntimeException e) {
      return new SeedResult(seed, new Verdict.Error("golden model failed for seed " + seed + ": " + e), Optional.empty());
    }
    Verdict v = Simulation.run(binary, file, Optional.empty(), runner);
    if (v.passed()) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete the passing trace " + file, e);
      }
      return new SeedResult(seed, v, Optional.empty());
    }
    return new SeedResult(seed, v, Optional.of(file));
  }

  private static String progress(Verdict v) {
    String s = v instanceof Verdict.Pass ? "PASS" : v instanceof Verdict.Mismatch m ? "FAIL " + m.line() : v.summary();
    return s.length() > 160 ? s.substring(0, 157) + "..." : s;
  }
}
