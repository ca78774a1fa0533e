package plasticity.tb.designs;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import plasticity.gen.Designs;
import plasticity.hdl.GeneratedDesign;
import plasticity.tb.Dut;
import plasticity.tb.Regression;
import plasticity.tb.RtlDut;
import plasticity.tb.Simulation;
import plasticity.tb.Verdict;
import plasticity.tb.verilator.VerilatorBuild;
import plasticity.tb.verilator.VerilatorSettings;

/**
 * {@code plasticity regress}: a design's RTL against its golden model. Without {@code --set},
 * seed {@code s} runs on parameter set {@code s mod k} of the bench (so a seed alone replays
 * its case); with {@code --set}, every seed runs on that configuration.
 */
public final class DesignRegression {
  private final DesignBench bench;
  private final Map<String, String> overrides;
  private final Path root;
  private final VerilatorBuild build;
  private final PrintStream out;
  private final int jobs;
  private final Map<Map<String, String>, Prepared> prepared = new LinkedHashMap<>();

  /** A parameter set generated and written once. */
  record Prepared(GeneratedDesign design, Dut dut, String label) {}

  /** A case per core at a time ({@link Regression#defaultJobs()}). */
  public DesignRegression(String design, Map<String, String> overrides, Path root, VerilatorBuild build, PrintStream out) {
    this(design, overrides, root, build, out, Regression.defaultJobs());
  }

  /** {@code jobs} cases at a time. */
  public DesignRegression(
      String design, Map<String, String> overrides, Path root, VerilatorBuild build, PrintStream out, int jobs) {
    this.bench = Benches.byName(design);
    this.jobs = jobs;
    this.overrides = Map.copyOf(overrides);
    this.root = root;
    this.build = build;
    this.out = out;
    // Validate the configuration before any build: a bad --set is the user's error, said once.
    Designs.byName(design).generate(overrides);
  }

  public static DesignRegression standard(String design, Map<String, String> overrides, int jobs) {
    return new DesignRegression(
        design, overrides, Path.of("target", "regress"), VerilatorBuild.standard(), System.out, jobs);
  }

  /** Runs {@code seeds}; the report's summary line is the last line printed. */
  public Regression.Report run(List<Long> seeds) {
    List<Regression.Case> cases = new ArrayList<>();
    for (long seed : seeds) {
      Prepared p = prepare(settingsFor(seed));
      cases.add(new Regression.Case(seed, p.label(), p.dut(), VerilatorSettings.defaults(),
          () -> bench.trace(p.design(), seed)));
    }
    out.printf("regress %s: %d seeds over %d parameter set(s)%n", bench.design(), seeds.size(), prepared.size());
    return new Regression(bench.design(), replayHint(), build, root, out, jobs).run(cases);
  }

  /** Replays one seed with an FST waveform; prints the verdict and where the waves are. */
  public Verdict replay(long seed, boolean waves) {
    Prepared p = prepare(settingsFor(seed));
    Path dir = root.resolve(bench.design());
    Path trace = bench.trace(p.design(), seed).write(dir.resolve("seed-" + seed + ".trace"));
    Optional<Path> fst = waves ? Optional.of(dir.resolve("seed-" + seed + ".fst")) : Optional.empty();
    out.printf("regress %s: seed %d on %s%n", bench.design(), seed, p.label());
    Verdict v = Simulation.run(p.dut(), VerilatorSettings.defaults(), trace, fst);
    out.println(v.summary());
    out.println("trace: " + trace);
    fst.ifPresent(f -> out.println("waves: " + f + "  (gtkwave " + f + ")"));
    out.println(v.passed() ? "1 passed, 0 failed" : "0 passed, 1 failed");
    return v;
  }

  private Map<String, String> settingsFor(long seed) {
    if (!overrides.isEmpty()) {
      return overrides;
    }
    List<Map<String, String>> sets = bench.parameterSets();
    return sets.get((int) Math.floorMod(seed, (long) sets.size()));
  }

  private String replayHint() {
    StringBuilder hint = new StringBuilder();
    new TreeMap<>(overrides).forEach((k, v) -> hint.append(hint.length() == 0 ? "" : " ").append("--set ").append(k).append('=').append(v));
    return hint.toString();
  }

  private Prepared prepare(Map<String, String> settings) {
    return prepared.computeIfAbsent(settings, s -> {
      GeneratedDesign d = Designs.byName(bench.design()).generate(s);
      String id = d.top() + "-" + Integer.toHexString(d.files().hashCode());
      Dut dut = RtlDut.write(d, root.resolve(bench.design()).resolve("rtl").resolve(id));
      StringBuilder label = new StringBuilder();
      d.configuration().forEach((k, v) -> label.append(label.length() == 0 ? "" : ",").append(k).append('=').append(v));
      return new Prepared(d, dut, label.toString());
    });
  }
}
