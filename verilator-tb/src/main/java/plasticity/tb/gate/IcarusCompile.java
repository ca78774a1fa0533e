package plasticity.tb.gate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import plasticity.tb.process.ProcessResult;
import plasticity.tb.process.ProcessRunner;

/** The second-opinion parser: Icarus accepts the Verilog-2005 we promise, or names the line. */
public final class IcarusCompile {

  /**
   * @param errors Icarus's {@code file:line: message} lines, each prefixed {@code iverilog: }
   * @param log everything Icarus printed
   */
  public record Result(String top, boolean ok, List<String> errors, String log) {
    public Result {
      errors = List.copyOf(errors);
    }
  }

  private IcarusCompile() {}

  public static List<String> command(String top, List<Path> files) {
    List<String> cmd = new ArrayList<>(List.of("iverilog", "-g2005", "-o", "/dev/null", "-s", top));
    files.forEach(f -> cmd.add(f.toAbsolutePath().toString()));
    return cmd;
  }

  public static Result run(String top, List<Path> files) {
    return run(top, files, ProcessRunner.standard());
  }

  public static Result run(String top, List<Path> files, ProcessRunner runner) {
    ProcessResult r = runner.run(command(top, files), Path.of(".").toAbsolutePath());
    String log = r.stderr() + r.stdout();
    List<String> errors =
        log.lines().filter(l -> l.matches("^\\S+:\\d+: .*")).map(l -> "iverilog: " + l).toList();
    if (!r.ok() && errors.isEmpty()) {
      errors = List.of("iverilog: exit " + r.exitCode() + ": " + r.tail(5).replace('\n', ' '));
    }
    return new Result(top, r.ok(), errors, log);
  }
}
