package plasticity.tb.gate;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One message of {@code verilator --lint-only}.
 *
 * @param severity {@code Warning} or {@code Error}
 * @param code the warning code ({@code WIDTH}, {@code UNUSEDSIGNAL}...), empty for plain errors
 * @param file the file it points into, when it points into one
 * @param line 1-based line in {@code file}, 0 when there is no file
 * @param toolLine Verilator's own first line of the message, verbatim
 */
public record LintFinding(String severity, String code, Optional<Path> file, int line, String toolLine) {

  public boolean isWarning() {
    return severity.equals("Warning");
  }

  /** {@code verilator lint: <file>:<line>: <Verilator's line>}. */
  @Override
  public String toString() {
    return "verilator lint: " + file.map(f -> f.getFileName() + ":" + line + ": ").orElse("") + toolLine;
  }
}
