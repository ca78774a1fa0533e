package plasticity.tb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plasticity.tb.process.ProcessResult;
import plasticity.tb.process.ProcessRunner;
import plasticity.tb.process.ToolException;
import plasticity.tb.verilator.BuildResult;
import plasticity.tb.verilator.VerilatorBuild;
import plasticity.tb.verilator.VerilatorSettings;
import plasticity.tb.verilator.VerilatorSettings.TraceKind;

/** Runs a trace through a Verilated DUT and reads the harness's verdict. */
public final class Simulation {
  private static final Pattern PASS = Pattern.compile("^PASS cycles=(\\d+)$", Pattern.MULTILINE);
  private static final Pattern MISMATCH =
      Pattern.compile("^MISMATCH cycle=(\\d+) signal=(\\S+) expected=(\\S+) got=(\\S+)$", Pattern.MULTILINE);

  private Simulation() {}

  /**
   * Builds (or reuses) the DUT's simulation and runs {@code trace} through it.
   *
   * <p>Asking for waves with {@code settings.trace() == NONE} builds with FST instead: a replay
   * with {@code --waves} should just work, at the price of one more cache entry.
   */
  public static Verdict run(Dut dut, VerilatorSettings settings, Path trace, Optional<Path> waves) {
    VerilatorSettings effective =
        waves.isPresent() && settings.trace() == TraceKind.NONE ? settings.withTrace(TraceKind.FST) : settings;
    BuildResult build;
    try {
      build = VerilatorBuild.standard().build(dut, effective);
    } catch (ToolException e) {
      return new Verdict.Error(e.getMessage());
    }
    return run(build.binary(), trace, waves, ProcessRunner.standard());
  }

  /** Runs {@code trace} through an already built binary (what a regression does per seed). */
  public static Verdict run(Path binary, Path trace, Optional<Path> waves, ProcessRunner runner) {
    List<String> cmd = new ArrayList<>(List.of(binary.toString(), trace.toAbsolutePath().toString()));
    waves.ifPresent(w -> cmd.addAll(List.of("--waves", w.toAbsolutePath().toString())));
    ProcessResult r;
    try {
      r = runner.run(cmd, trace.toAbsolutePath().getParent());
    } catch (ToolException e) {
      return new Verdict.Error(e.getMessage());
    }
    return verdict(r);
  }

  /** Reads the harness's exit code and output: 0 PASS, 1 MISMATCH, anything else an error. */
  static Verdict verdict(ProcessResult r) {
    if (r.exitCode() == 0) {
      Matcher m = PASS.matcher(r.stdout());
      if (m.find()) {
        return new Verdict.Pass(Long.parseLong(m.group(1)));
      }
    } else if (r.exitCode() == 1) {
      Matcher m = MISMATCH.matcher(r.stdout());
      if (m.find()) {
        return new Verdict.Mismatch(
            Long.parseLong(m.group(1)), m.group(2), m.group(3), m.group(4), r.stdout().substring(m.start()).strip());
      }
    }
    String detail = r.stderr().isBlank() ? r.stdout().strip() : r.stderr().strip();
    return new Verdict.Error(
        (detail.isEmpty() ? "simulation gave no verdict" : detail) + " (exit " + r.exitCode() + ": " + r.commandLine() + ")");
  }
}
