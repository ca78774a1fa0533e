package plasticity.tb.verilator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything that changes how Verilator builds a simulation, mapped to flags in one place
 * ({@link #flags()}), after Chisel svsim's verilator Backend. Flags are part of the build cache
 * key, so two settings that differ in any field are two cache entries.
 *
 * @param trace waveform support compiled in (a build with FST is a different binary)
 * @param optimization 0..3: Verilator's {@code -O} and the C++ compiler's level for the model's
 *     per-cycle code, the harness and the runtime library (the model's run-once code is -O0)
 * @param buildJobs Verilator's {@code -j}; 0 means one job per core
 * @param parameters top-level parameter overrides, {@code -G<name>=<value>}; sorted so that
 *     map order never changes the cache key
 * @param xInitial what uninitialised state and X assignments become
 * @param assertions compile SystemVerilog/PSL assertions ({@code --assert})
 */
public record VerilatorSettings(
    TraceKind trace,
    int optimization,
    int buildJobs,
    SortedMap<String, String> parameters,
    XInitial xInitial,
    boolean assertions) {

  /** Waveform support: none, VCD ({@code --trace}) or FST ({@code --trace-fst}). */
  public enum TraceKind {
    NONE,
    VCD,
    FST
  }

  /**
   * Initial value of registers and X assignments. UNIQUE randomises them from the trace's seed,
   * so a design that depends on power-up state fails reproducibly for that seed.
   */
  public enum XInitial {
    ZERO("0"),
    UNIQUE("unique"),
    FAST("fast");

    private final String flag;

    XInitial(String flag) {
      this.flag = flag;
    }
  }

  public VerilatorSettings {
    Objects.requireNonNull(trace, "trace");
    Objects.requireNonNull(xInitial, "xInitial");
    if (optimization < 0 || optimization > 3) {
      throw new IllegalArgumentException("optimization level " + optimization + " is not 0..3");
    }
    if (buildJobs < 0) {
      throw new IllegalArgumentException("buildJobs " + buildJobs + " is negative (0 = one per core)");
    }
    parameters.forEach(
        (k, v) -> {
          if (!k.matches("[A-Za-z_][A-Za-z0-9_]*") || !v.matches("[A-Za-z0-9_'.\"-]+")) {
            throw new IllegalArgumentException("parameter override " + k + "=" + v + " is not a plain -G value");
          }
        });
    parameters = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
  }

  /**
   * No waves, {@code -O1} (a tiny design builds fastest and still runs well), all cores,
   * zero-initialised state, assertions on.
   */
  public static VerilatorSettings defaults() {
    return new VerilatorSettings(TraceKind.NONE, 1, 0, new TreeMap<>(), XInitial.ZERO, true);
  }

  public VerilatorSettings withTrace(TraceKind kind) {
    return new VerilatorSettings(kind, optimization, buildJobs, parameters, xInitial, assertions);
  }

  public VerilatorSettings withOptimization(int level) {
    return new VerilatorSettings(trace, level, buildJobs, parameters, xInitial, assertions);
  }

  public VerilatorSettings withBuildJobs(int jobs) {
    return new VerilatorSettings(trace, optimization, jobs, parameters, xInitial, assertions);
  }

  public VerilatorSettings withParameter(String name, String value) {
    SortedMap<String, String> p = new TreeMap<>(parameters);
    p.put(name, value);
    return new VerilatorSettings(trace, optimization, buildJobs, p, xInitial, assertions);
  }

  public VerilatorSettings withParameters(Map<String, String> overrides) {
    SortedMap<String, String> p = new TreeMap<>(parameters);
    p.putAll(overrides);
    return new VerilatorSettings(trace, optimization, buildJobs, p, xInitial, assertions);
  }

  public VerilatorSettings withXInitial(XInitial x) {
    return new VerilatorSettings(trace, optimization, buildJobs, parameters, x, assertions);
  }

  public VerilatorSettings withAssertions(boolean on) {
    return new VerilatorSettings(trace, optimization, buildJobs, parameters, xInitial, on);
  }

  /** The make variables of a build: the C++ optimisation of each kind of object (see {@link #flags()}). */
  public List<String> makeVariables() {
    return List.of("OPT_FAST=-O" + optimization, "OPT_GLOBAL=-O" + optimization, "OPT_SLOW=-O0");
  }

  /** make's {@code -j}: {@link #buildJobs}, or one job per core when it is 0. */
  public int makeJobs() {
    return buildJobs == 0 ? Runtime.getRuntime().availableProcessors() : buildJobs;
  }

  /**
   * The flags these settings stand for. The fixed part of the command (--cc --exe --build, the
   * top module, the output paths) is {@link VerilatorBuild}'s business.
   */
  public List<String> flags() {
    List<String> f = new ArrayList<>();
    switch (trace) {
      case NONE -> {}
      case VCD -> f.add("--trace");
      case FST -> f.add("--trace-fst");
    }
    // A simulation build runs whatever lint says: warnings are printed, never fatal. The lint
    // gate (plasticity.tb.gate.Lint, -Wall) is where warnings fail a design.
    f.add("-Wno-fatal");
    f.add("-O" + optimization);
    // verilated.mk compiles with OPT_FAST/OPT_SLOW/OPT_GLOBAL after CFLAGS, so -CFLAGS alone
    // would be overridden; set the make variables themselves. OPT_SLOW is the code that runs once
    // (constructors, initial blocks, the first settle): -O0, as Verilator's own default has it.
    // It is about half of a large model's C++, and -O1 made it 8 times slower to compile (a
    // 3.8 MB file of the N = 64, dnBw = 64 accelerator: 19 s against 2.4 s) for no run time.
    for (String variable : makeVariables()) {
      f.add("-MAKEFLAGS");
      f.add(variable);
    }
    f.add("-j");
    f.add(Integer.toString(buildJobs));
    parameters.forEach((k, v) -> f.add("-G" + k + "=" + v));
    f.add("--x-assign");
    f.add(xInitial.flag);
    f.add("--x-initial");
    f.add(xInitial.flag);
    if (assertions) {
      f.add("--assert");
    }
    return List.copyOf(f);
  }
}
