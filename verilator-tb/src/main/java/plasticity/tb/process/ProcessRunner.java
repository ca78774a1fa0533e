package plasticity.tb.process;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs a tool and captures its output; knows nothing of Verilator's flags.
 *
 * <p>stdout and stderr go to temporary files rather than pipes: a tool that fills one pipe
 * while we read the other cannot then deadlock, and we need no reader threads.
 */
public final class ProcessRunner {
  private final Duration timeout;

  public ProcessRunner(Duration timeout) {
    this.timeout = timeout;
  }

  /** Ten minutes: a cold Verilator build of a large array on two cores stays well inside. */
  public static ProcessRunner standard() {
    return new ProcessRunner(Duration.ofMinutes(10));
  }

  public Duration timeout() {
    return timeout;
  }

  /** Runs {@code command} in {@code workDir}; a non-zero exit is returned, not thrown. */
  public ProcessResult run(List<String> command, Path workDir) {
    Path out = null;
    Path err = null;
    long start = System.nanoTime();
    try {
      out = Files.createTempFile("plasticity-", ".out");
      err = Files.createTempFile("plasticity-", ".err");
      Process p;
      try {
        p =
            new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
      } catch (IOException e) {
        String tool = command.get(0);
        String hint = find(tool).isPresent() ? "" : " (" + tool + " is not on the PATH; apt-get install " + tool + ")";
        throw new ToolException("cannot start " + commandLine(command) + hint + ": " + e.getMessage(), e);
      }
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
        throw new ToolException(
            "timed out after " + timeout.toSeconds() + " s: " + commandLine(command) + "\n"
                + tail(Files.readString(err, StandardCharsets.UTF_8), 20));
      }
      return new ProcessResult(
          command,
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8),
          Duration.ofNanos(System.nanoTime() - start));
    } catch (IOException e) {
      throw new ToolException("cannot capture the output of " + commandLine(command), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ToolException("interrupted while running " + commandLine(command), e);
    } finally {
      deleteQuietly(out);
      deleteQuietly(err);
    }
  }

  /** The executable {@code tool} on the PATH, if any. */
  public static Optional<Path> find(String tool) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, tool);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  static String commandLine(List<String> command) {
    return command.stream().map(ProcessRunner::quote).collect(Collectors.joining(" "));
  }

  private static String quote(String arg) {
    return arg.matches("[A-Za-z0-9_./=:+,@%-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
  }

  private static String tail(String text, int n) {
    List<String> lines = text.lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size()));
  }

  private static void deleteQuietly(Path p) {
    if (p != null) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // a leftover temp file is harmless; the run's result matters more
      }
    }
  }
}
