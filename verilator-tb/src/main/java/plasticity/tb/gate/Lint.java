package plasticity.tb.gate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plasticity.tb.process.ProcessResult;
import plasticity.tb.process.ProcessRunner;

/**
 * The lint gate: {@code verilator --lint-only -Wall}. No {@code -Wno-*} flag, ever: generated
 * code that needs a waiver carries a {@code verilator lint_off} comment at the exact place.
 */
public final class Lint {
  private static final Pattern MESSAGE =
      Pattern.compile("^%(Warning|Error)(?:-([A-Z0-9_]+))?: (?:(\\S+?):(\\d+):(?:\\d+:)? )?(.*)$");

  /**
   * @param findings every warning and error, in Verilator's order
   * @param log everything Verilator printed
   */
  public record Result(String top, boolean ok, List<LintFinding> findings, String log) {
    public Result {
      findings = List.copyOf(findings);
    }

    public List<LintFinding> warnings() {
      return findings.stream().filter(LintFinding::isWarning).toList();
    }
  }

  private Lint() {}

  public static List<String> command(String top, List<Path> files) {
    List<String> cmd = new ArrayList<>(List.of("verilator", "--lint-only", "-Wall", "--top-module", top));
    files.forEach(f -> cmd.add(f.toAbsolutePath().toString()));
    return cmd;
  }

  public static Result run(String top, List<Path> files) {
    return run(top, files, ProcessRunner.standard());
  }

  public static Result run(String top, List<Path> files, ProcessRunner runner) {
    ProcessResult r = runner.run(command(top, files), Path.of(".").toAbsolutePath());
    String log = r.stderr() + r.stdout();
    List<LintFinding> findings = parse(log);
    return new Result(top, r.ok() && findings.isEmpty(), findings, log);
  }

  static List<LintFinding> parse(String log) {
    List<LintFinding> out = new ArrayList<>();
    for (String line : log.lines().toList()) {
      Matcher m = MESSAGE.matcher(line);
      if (!m.matches() || m.group(5).startsWith("Exiting due to")) {
        continue;
      }
      Optional<Path> file = Optional.ofNullable(m.group(3)).map(Path::of);
      int lineNo = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
      out.add(new LintFinding(m.group(1), m.group(2) == null ? "" : m.group(2), file, lineNo, line));
    }
    return out;
  }
}
