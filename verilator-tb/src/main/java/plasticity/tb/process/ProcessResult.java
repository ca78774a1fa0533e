package plasticity.tb.process;

import java.time.Duration;
import java.util.List;

/** What a finished process left behind. */
public record ProcessResult(List<String> command, int exitCode, String stdout, String stderr, Duration elapsed) {

  public ProcessResult {
    command = List.copyOf(command);
  }

  public boolean ok() {
    return exitCode == 0;
  }

  /** The command as one shell-like line, for messages a user can copy. */
  public String commandLine() {
    return ProcessRunner.commandLine(command);
  }

  /** The last {@code n} lines of stderr, or of stdout when stderr is empty (some tools log there). */
  public String tail(int n) {
    String text = stderr.isBlank() ? stdout : stderr;
    List<String> lines = text.lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size()));
  }

  /** Throws, naming the command, its exit code and the tail of its output, unless it succeeded. */
  public ProcessResult requireSuccess(String what) {
    if (!ok()) {
      throw new ToolException(
          what + " failed (exit " + exitCode + "): " + commandLine() + "\n" + tail(20));
    }
    return this;
  }
}
