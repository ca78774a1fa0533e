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
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;
import java.util.function.Supplier;
import plasticity.tb.process.ProcessRunner;
import plasticity.tb.process.ToolException;
import plasticity.tb.trace.Trace;
import plasticity.tb.verilator.BuildResult;
import plasticity.tb.verilator.VerilatorBuild;
import plasticity.tb.verilator.VerilatorSettings;

/**
 * Golden model against RTL over many seeds: builds each DUT once, runs every seed (several at a
 * time), prints one line per seed in seed order, then each failure with the command that replays
 * it, then {@code N passed, M failed} as the last line (what CI greps). Seeds may use different
 * DUTs (one per parameter set): one counter and one closing line cover them all.
 */
public final class Regression {
  private final String design;
  private final String replayHint;
  private final VerilatorBuild build;
  private final Path root;
  private final PrintStream out;
  private final int jobs;

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
   * @param jobs cases run at a time, at least 1
   */
  public Regression(String design, String replayHint, VerilatorBuild build, Path regressRoot, PrintStream out, int jobs) {
    this.design = Objects.requireNonNull(design, "design");
    this.replayHint = Objects.requireNonNull(replayHint, "replayHint").strip();
    this.build = Objects.requireNonNull(build, "build");
    this.root = Objects.requireNonNull(regressRoot, "regressRoot");
    this.out = Objects.requireNonNull(out, "out");
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs " + jobs + ": at least 1");
    }
    this.jobs = jobs;
  }

  /** As many jobs as the machine has cores ({@link #defaultJobs()}). */
  public Regression(String design, String replayHint, VerilatorBuild build, Path regressRoot, PrintStream out) {
    this(design, replayHint, build, regressRoot, out, defaultJobs());
  }

  /**
   * One case per core. A case is mostly single-threaded work (the golden model writes the trace,
   * the simulation runs it), so two cores run two cases in about the time of one; a cold build
   * in the middle still uses every core through make -j.
   */
  public static int defaultJobs() {
    return Runtime.getRuntime().availableProcessors();
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

  /**
   * Every case, building each distinct DUT and settings once. Up to {@link #jobs} cases run at a
   * time (trace, build, simulation); the progress lines still come in case order.
   */
  public Report run(List<Case> cases) {
    Map<List<Object>, CompletableFuture<Built>> builds = new ConcurrentHashMap<>();
    ProcessRunner runner = ProcessRunner.standard();
    ExecutorService pool = Executors.newFixedThreadPool(jobs, daemonThreads());
    List<Future<Outcome>> outcomes = new ArrayList<>();
    try {
      for (Case c : cases) {
        outcomes.add(pool.submit(() -> runCase(c, builds, runner)));
      }
      List<SeedResult> results = new ArrayList<>();
      Set<List<Object>> reportedBuildFailures = new HashSet<>();
      String counter = "[%" + Integer.toString(cases.size()).length() + "d/%d] seed=%d%s %s%n";
      for (int i = 0; i < cases.size(); i++) {
        Case c = cases.get(i);
        Outcome o = await(outcomes.get(i));
        if (o.buildFailure().isPresent() && reportedBuildFailures.add(List.of(c.dut(), c.settings()))) {
          out.println("build of " + design + " (" + c.dut().top() + ") failed: " + o.buildFailure().get());
        }
        results.add(o.result());
        out.printf(counter, i + 1, cases.size(), c.seed(), c.label().isEmpty() ? "" : " " + c.label(),
            progress(o.result().verdict()));
      }
      return close(new Report(results));
    } finally {
      pool.shutdownNow();
    }
  }

  /** A case's result, and the build's error message when its DUT did not build. */
  private record Outcome(SeedResult result, Optional<String> buildFailure) {}

  /** A build's binary, or why it failed. */
  private record Built(Optional<BuildResult> binary, String error) {}

  private Outcome runCase(Case c, Map<List<Object>, CompletableFuture<Built>> builds, ProcessRunner runner) {
    CompletableFuture<Built> mine = new CompletableFuture<>();
    CompletableFuture<Built> shared = builds.putIfAbsent(List.of(c.dut(), c.settings()), mine);
    if (shared == null) {
      // The first case of a DUT builds it; later cases of that DUT wait for this build.
      try {
        mine.complete(new Built(Optional.of(build.build(c.dut(), c.settings())), ""));
      } catch (ToolException | UncheckedIOException e) {
        mine.complete(new Built(Optional.empty(), e.getMessage()));
      } catch (RuntimeException | Error e) {
        mine.completeExceptionally(e);
        throw e;
      }
      shared = mine;
    }
    Built built = shared.join();
    if (built.binary().isEmpty()) {
      String error = "build of " + c.dut().top() + " failed";
      return new Outcome(new SeedResult(c.seed(), new Verdict.Error(error), Optional.empty()), Optional.of(built.error()));
    }
    return new Outcome(runSeed(c.golden(), c.seed(), built.binary().get().binary(), runner), Optional.empty());
  }

  /** Prints each failure with its replay command, then the summary line. */
  private Report close(Report report) {
    for (SeedResult r : report.results()) {
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

  private static Outcome await(Future<Outcome> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a seed", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Workers that never keep the JVM alive (a failed run must still exit). */
  private static ThreadFactory daemonThreads() {
    return task -> {
      Thread t = new Thread(task, "regression-worker");
      t.setDaemon(true);
      return t;
    };
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
