package plasticity.tb.gate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import plasticity.tb.process.ProcessResult;
import plasticity.tb.process.ProcessRunner;
import plasticity.templates.TemplateEngine;

/**
 * The synthesis gate (templates/yosys/synth.ys.vm): the design synthesises, has no latch and
 * no logic loop, and has this many cells.
 */
public final class YosysSynth {
  private static final Pattern CELLS = Pattern.compile("Number of cells:\\s+(\\d+)");

  /** Where the netlist is mapped: Yosys's generic gates or Lattice iCE40 cells. */
  public enum Target {
    GENERIC("synth"),
    ICE40("synth_ice40");

    private final String command;

    Target(String command) {
      this.command = command;
    }
  }

  /**
   * @param cellCount the design's total from {@code stat} (0 when synthesis failed)
   * @param stat the {@code stat} report (empty when synthesis failed)
   * @param problems Yosys's own lines that explain a failure (latch, loop, ERROR), each prefixed
   *     {@code yosys <top> (<files>): }
   * @param logTail the last lines of the log
   * @param seconds Yosys's wall time
   */
  public record Result(String top, boolean ok, int cellCount, String stat, List<String> problems, String logTail,
      double seconds) {
    public Result {
      problems = List.copyOf(problems);
    }
  }

  private YosysSynth() {}

  /** The script for {@code top}; the stat report goes to {@code statFile}. */
  public static String script(String top, List<Path> files, Target target, Path statFile) {
    return script(top, files, target, statFile, List.of());
  }

  /**
   * The same, with the modules in {@code blackboxes} (SRAM macros' behavioural models) kept as
   * blackboxes: each instance stays one cell of the macro's type, as in an ASIC flow.
   */
  public static String script(String top, List<Path> files, Target target, Path statFile, List<String> blackboxes) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("blackboxes", List.copyOf(blackboxes));
    view.put("top", top);
    view.put("target", target.name().toLowerCase(java.util.Locale.ROOT));
    view.put("files", files.stream().map(f -> f.toAbsolutePath().toString()).toList());
    view.put("synthCommand", target.command);
    view.put("statFile", statFile.toAbsolutePath().toString());
    return TemplateEngine.shared().render("yosys/synth.ys.vm", view);
  }

  /** Synthesises in {@code workDir}, where the script, log and stat report are left. */
  public static Result run(String top, List<Path> files, Target target, Path workDir) {
    return run(top, files, target, workDir, ProcessRunner.standard());
  }

  public static Result run(String top, List<Path> files, Target target, Path workDir, ProcessRunner runner) {
    return run(top, files, target, workDir, List.of(), runner);
  }

  /** Synthesises with the modules in {@code blackboxes} kept as blackboxes (see {@link #script}). */
  public static Result run(String top, List<Path> files, Target target, Path workDir, List<String> blackboxes) {
    return run(top, files, target, workDir, blackboxes, ProcessRunner.standard());
  }

  public static Result run(String top, List<Path> files, Target target, Path workDir, List<String> blackboxes,
      ProcessRunner runner) {
    try {
      Files.createDirectories(workDir);
      Path stat = workDir.resolve(top + ".stat.txt");
      Files.deleteIfExists(stat);
      Path ys = workDir.resolve(top + ".ys");
      Files.writeString(ys, script(top, files, target, stat, blackboxes), StandardCharsets.UTF_8);
      long t0 = System.nanoTime();
      ProcessResult r = runner.run(List.of("yosys", "-Q", "-T", "-s", ys.toString()), workDir);
      double seconds = (System.nanoTime() - t0) / 1e9;
      String log = r.stdout() + r.stderr();
      Files.writeString(workDir.resolve(top + ".yosys.log"), log, StandardCharsets.UTF_8);
      String tail = r.tail(25);
      if (!r.ok() || !Files.exists(stat)) {
        String where = top + " (" + files.stream().map(f -> f.getFileName().toString()).collect(Collectors.joining(", ")) + ")";
        return new Result(top, false, 0, "", problems(where, log, r.exitCode()), tail, seconds);
      }
      String statText = Files.readString(stat, StandardCharsets.UTF_8);
      return new Result(top, true, cells(statText), statText, List.of(), tail, seconds);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run the Yosys gate for " + top + " in " + workDir, e);
    }
  }

  /** The total: with a hierarchy, stat prints each module and then the design's sum last. */
  static int cells(String stat) {
    Matcher m = CELLS.matcher(stat);
    int last = -1;
    while (m.find()) {
      last = Integer.parseInt(m.group(1));
    }
    if (last < 0) {
      throw new IllegalStateException("Yosys stat report has no 'Number of cells' line:\n" + stat);
    }
    return last;
  }

  /** Yosys's lines about latches, loops and errors; a loop warning keeps its list of cells. */
  static List<String> problems(String where, String log, int exit) {
    List<String> lines = log.lines().toList();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.contains("Latch inferred for signal") || l.startsWith("ERROR:")) {
        out.add("yosys " + where + ": " + l.strip());
      } else if (l.contains("found logic loop")) {
        List<String> chain = new ArrayList<>();
        for (int j = i + 1; j < lines.size() && lines.get(j).startsWith("    ") && chain.size() < 12; j++) {
          chain.add(lines.get(j).strip());
        }
        out.add("yosys " + where + ": " + l.strip() + " " + chain.stream().collect(Collectors.joining("; ")));
      }
    }
    if (out.isEmpty()) {
      out.add("yosys " + where + ": failed with exit " + exit + " (see the log tail)");
    }
    return out;
  }
}
