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
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import plasticity.tb.process.ProcessRunner;
import plasticity.tb.process.ToolException;
import plasticity.tb.trace.Trace;
import plasticity.tb.verilator.BuildResult;
import plasticity.tb.verilator.VerilatorBuild;
import plasticity.tb.verilator.VerilatorSettings;

/**
 * Golden model against RTL over many seeds: builds each DUT once, runs every seed, prints one
 * line per seed, then each failure with the command that replays it, then
 * {@code N passed, M failed} as the last line (what CI greps). Seeds may use different DUTs
 * (one per parameter set): one counter and one closing line cover them all.
 */
public final class Regression {
  private final String design;
  private final String replayHint;
  private final VerilatorBuild build;
  private final Path root;
  private final PrintStream out;

  /** The outcome of one seed; {@code keptTrace} is where a failing seed's trace stays. */
  public record SeedResult(long seed, Verdict verdict, Optional<Path> keptTrace) {}

  /**
   * One seed to run: on {@code dut} built with {@code settings}, against the trace
   * {@code golden} makes; {@code label} (e.g. the parameter set) is shown in the progress line.
   */
  public record Case(long seed, String label, Dut dut, VerilatorSettings settings, Supplier<Trace> golden) {}

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
  public Regression(String design, String replayHint, VerilatorBuild build, Path regressRoot, PrintStream out) {
    this.design = Objects.requireNonNull(design, "design");
    this.replayHint = Objects.requireNonNull(replayHint, "replayHint").strip();
    this.build = Objects.requireNonNull(build, "build");
    this.root = Objects.requireNonNull(regressRoot, "regressRoot");
    this.out = Objects.requireNonNull(out, "out");
  }

  /** The standard build cache, traces under {@code target/regress}, progress on stdout. */
  public static Regression standard(String design, String replayHint) {
    return new Regression(design, replayHint, VerilatorBuild.standard(), Path.of("target", "regress"), System.out);
  }

  /** Every seed on one DUT. */
  public Report run(Dut dut, VerilatorSettings settings, Function<Long, Trace> golden, List<Long> seeds) {
    List<Case> cases = new ArrayList<>();
    for (long seed : seeds) {
      cases.add(new Case(seed, "", dut, settings, () -> golden.apply(seed)));
    }
    return run(cases);
  }

  /** Every case, building each distinct DUT and settings once. */
  public Report run(List<Case> cases) {
    List<SeedResult> results = new ArrayList<>();
    Map<List<Object>, BuildResult> builds = new HashMap<>();
    Map<List<Object>, String> buildErrors = new HashMap<>();
    ProcessRunner runner = ProcessRunner.standard();
    String counter = "[%" + Integer.toString(cases.size()).length() + "d/%d] seed=%d%s %s%n";
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      List<Object> key = List.of(c.dut(), c.settings());
      if (!builds.containsKey(key) && !buildErrors.containsKey(key)) {
        try {
          builds.put(key, build.build(c.dut(), c.settings()));
        } catch (ToolException | UncheckedIOException e) {
          out.println("build of " + design + " (" + c.dut().top() + ") failed: " + e.getMessage());
          buildErrors.put(key, "build of " + c.dut().top() + " failed");
        }
      }
      SeedResult r = buildErrors.containsKey(key)
          ? new SeedResult(c.seed(), new Verdict.Error(buildErrors.get(key)), Optional.empty())
          : runSeed(c.golden(), c.seed(), builds.get(key).binary(), runner);
      results.add(r);
      out.printf(counter, i + 1, cases.size(), c.seed(), c.label().isEmpty() ? "" : " " + c.label(),
          progress(r.verdict()));
    }
    Report report = new Report(results);
    for (SeedResult r : results) {
      if (!r.verdict().passed()) {
        out.println("FAILED seed=" + r.seed() + ": " + r.verdict().summary());
        if (r.verdict() instanceof Verdict.Error e) {
          e.message().lines().skip(1).forEach(l -> out.println("  | " + l));
        }
        out.println("  replay: " + replayCommand(r.seed()));
        r.keptTrace().ifPresent(p -> out.println("  trace:  " + p));
      }
    }
    out.println(report.summaryLine());
    return report;
  }

  /** The command that replays {@code seed} with waves. */
  public String replayCommand(long seed) {
    return "./plasticity regress " + design + (replayHint.isEmpty() ? "" : " " + replayHint) + " --seed " + seed + " --waves";
  }

  /** Where the trace of {@code seed} is written (and kept if the seed fails). */
  public Path tracePath(long seed) {
    return root.resolve(design).resolve("seed-" + seed + ".trace");
  }

  private SeedResult runSeed(Supplier<Trace> golden, long seed, Path binary, ProcessRunner runner) {
    Path file = tracePath(seed);
    try {
      golden.get().write(file);
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
