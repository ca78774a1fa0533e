package plasticity.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import plasticity.hdl.GeneratedDesign;

/**
 * The "Synthesis" section of a results page (e.g. docs/results/maeri.md): one table row per
 * design, settings and target, replaced when the same synthesis runs again. Everything outside the
 * section (other headings, written by other commands) is kept as it is.
 */
final class SynthReport {
  static final String HEADING = "## Synthesis";
  private static final String HEADER =
      "| design | settings | target | logic cells | LUT4 | flip-flops | BRAM | SRAM macros | macro bits | latches | Yosys time |";
  private static final String RULE = "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|";
  private static final Pattern STAT_LINE = Pattern.compile("^\\s+(\\S+)\\s+(\\d+)\\s*$");
  private static final Pattern SECTION = Pattern.compile("^=== (.+) ===$");
  private static final Pattern CELLS = Pattern.compile("^\\s+Number of cells:\\s+(\\d+)$");
  private static final String HIERARCHY = "design hierarchy";
  private static final String BRAM = "SB_RAM40_4K";

  private SynthReport() {}

  /**
   * The row for one synthesis. Logic cells: Yosys's total without the memories, that is without
   * the SRAM macros' instances (kept as blackboxes by the generic flow) and the iCE40 block RAMs;
   * LUT4 and BRAM for iCE40 only (— for generic); flip-flops from the stat report; the design's
   * SRAM macros (instances and bits) whatever the target.
   */
  static String row(String design, Map<String, String> settings, String target, int cells, String stat,
      List<GeneratedDesign.SramMacroUse> macros, double seconds) {
    Map<String, Long> counts = cellCounts(stat, macros);
    boolean ice40 = target.equals("ice40");
    long lut4 = counts.getOrDefault("SB_LUT4", 0L);
    long bram = counts.getOrDefault(BRAM, 0L);
    long ffs = counts.entrySet().stream()
        .filter(e -> e.getKey().startsWith("SB_DFF") || e.getKey().startsWith("$_") && e.getKey().contains("DFF"))
        .mapToLong(Map.Entry::getValue).sum();
    long macroCells = macros.stream().mapToLong(m -> counts.getOrDefault(m.module(), 0L)).sum();
    long instances = macros.stream().mapToLong(GeneratedDesign.SramMacroUse::instances).sum();
    long bits = macros.stream().mapToLong(GeneratedDesign.SramMacroUse::bits).sum();
    StringBuilder s = new StringBuilder();
    settings.forEach((k, v) -> s.append(s.length() == 0 ? "" : " ").append(k).append('=').append(v));
    return "| " + design + " | " + s + " | " + target + " | " + (cells - macroCells - bram) + " | "
        + (ice40 ? String.valueOf(lut4) : "—") + " | " + ffs + " | " + (ice40 ? String.valueOf(bram) : "—") + " | "
        + instances + " | " + bits + " | 0 | " + String.format(java.util.Locale.ROOT, "%.0f s", seconds) + " |";
  }

  /**
   * The cell counts of the design's total: the last count of each cell type in the report (Yosys
   * cells, iCE40 cells and the SRAM macros' modules).
   */
  static Map<String, Long> cellCounts(String stat, List<GeneratedDesign.SramMacroUse> macros) {
    java.util.Set<String> macroNames = new java.util.HashSet<>();
    macros.forEach(m -> macroNames.add(m.module()));
    Map<String, Long> counts = new java.util.LinkedHashMap<>();
    for (String line : stat.lines().toList()) {
      Matcher m = STAT_LINE.matcher(line);
      if (m.matches() && (m.group(1).startsWith("$") || m.group(1).startsWith("SB_") || macroNames.contains(m.group(1)))) {
        counts.put(m.group(1), Long.parseLong(m.group(2)));
      }
    }
    return counts;
  }

  /** Adds or replaces the row of {@code row}'s design, settings and target in {@code page}. */
  static void record(Path page, String row, String yosysVersion) {
    try {
      List<String> lines = Files.exists(page) ? new ArrayList<>(Files.readAllLines(page, StandardCharsets.UTF_8))
          : new ArrayList<>(List.of("# MAERI results", ""));
      int[] at = section(lines, HEADING);
      int start = at[0];
      int end = at[1];
      List<String> rows = new ArrayList<>();
      for (String l : lines.subList(Math.min(start + 1, end), end)) {
        // A row of another header (an older page) is dropped: run its synthesis again.
        if (l.startsWith("| ") && !l.equals(HEADER) && columns(l) == columns(HEADER)) {
          rows.add(l);
        }
      }
      String key = key(row);
      boolean replaced = false;
      for (int i = 0; i < rows.size(); i++) {
        if (key(rows.get(i)).equals(key)) {
          rows.set(i, row);
          replaced = true;
        }
      }
      if (!replaced) {
        rows.add(row);
      }
      List<String> section = new ArrayList<>();
      section.add(HEADING);
      section.add("");
      section.add("Written by `plasticity synth <design> [--set K=V ...] [--target generic|ice40] --report "
          + page + "` (one row per design, settings and target; " + yosysVersion + "). Every row"
          + " passed `check -assert` and has no latch. **Memories apart from logic**, as an ASIC flow counts them:"
          + " `logic cells` is Yosys's total after `synth` (generic gates) or `synth_ice40` without the memories."
          + " The design's SRAM macros (`memMacro`: one write port, one registered read port) are counted in"
          + " `SRAM macros` (instances) and `macro bits` (words x width, summed); the generic flow keeps each as a"
          + " blackbox cell (its behavioural model is what a vendor's macro replaces), `synth_ice40` maps their"
          + " behavioural models to `SB_RAM40_4K` block RAMs (`BRAM`). Memories read combinationally are not macros:"
          + " they are flip-flops and multiplexers, inside `logic cells`. LUT4 counts iCE40 `SB_LUT4` cells;"
          + " flip-flops counts `$_DFF*`/`SB_DFF*` cells; `Yosys time` is the run's wall time on a shared machine.");
      section.add("");
      section.add(HEADER);
      section.add(RULE);
      section.addAll(rows);
      section.add("");
      List<String> out = new ArrayList<>(lines.subList(0, start));
      out.addAll(section);
      out.addAll(lines.subList(end, lines.size()));
      Files.createDirectories(page.toAbsolutePath().getParent());
      Files.writeString(page, String.join("\n", out).stripTrailing() + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the synthesis results to " + page, e);
    }
  }

  // ----- cells by module ---------------------------------------------------------------------

  /**
   * One module of a hierarchy kept by {@code synth}: its instances in the design (multiplied down
   * the instance tree) and its own cells (its logic, without its sub-blocks' instances).
   */
  record Module(String name, int instances, int ownCells) {
    int total() {
      return instances * ownCells;
    }
  }

  /** The modules of a stat report in Yosys's order, and the design's total cells. */
  record Modules(List<Module> modules, int total) {}

  /** Reads the per-module sections and the hierarchy of Yosys's {@code stat} report. */
  static Modules modules(String stat) {
    Map<String, Integer> cells = new java.util.LinkedHashMap<>();
    Map<String, Integer> subBlocks = new java.util.LinkedHashMap<>();
    Map<String, Integer> instances = new java.util.LinkedHashMap<>();
    List<Integer> path = new ArrayList<>();
    String current = null;
    for (String line : stat.lines().toList()) {
      Matcher section = SECTION.matcher(line);
      Matcher count = CELLS.matcher(line);
      Matcher type = STAT_LINE.matcher(line);
      if (section.matches()) {
        current = section.group(1);
      } else if (current != null && count.matches()) {
        cells.put(current, Integer.parseInt(count.group(1)));
      } else if (current != null && type.matches()) {
        String name = type.group(1);
        int n = Integer.parseInt(type.group(2));
        if (current.equals(HIERARCHY) && !cells.containsKey(HIERARCHY)) {
          // The instance tree, two spaces an indent level, counts per parent: multiply down the path.
          int depth = (line.length() - line.stripLeading().length() - 3) / 2;
          int total = n * (depth == 0 ? 1 : path.get(depth - 1));
          path.subList(Math.min(depth, path.size()), path.size()).clear();
          path.add(total);
          instances.merge(name, total, Integer::sum);
        } else if (!current.equals(HIERARCHY) && cells.containsKey(current) && !name.startsWith("$")) {
          subBlocks.merge(current, n, Integer::sum); // a sub-block's instance counts as a cell
        }
      }
    }
    Integer total = cells.remove(HIERARCHY);
    if (cells.isEmpty()) {
      throw new IllegalArgumentException("Yosys stat report lists no module:\n" + stat);
    }
    List<Module> modules = new ArrayList<>();
    cells.forEach((name, n) -> modules.add(new Module(name, total == null ? 1 : instances.getOrDefault(name, 0),
        n - subBlocks.getOrDefault(name, 0))));
    return new Modules(modules, total == null ? modules.get(0).ownCells() : total);
  }

  /** The heading of the cells-by-module section of one synthesis. */
  static String moduleHeading(String design, Map<String, String> settings, String target) {
    StringBuilder s = new StringBuilder();
    settings.forEach((k, v) -> s.append(' ').append(k).append('=').append(v));
    return "## Cells by module: " + design + s + " (" + target + ")";
  }

  /** That section's table: each module's instances, own cells and share of the total. */
  static List<String> moduleTable(String stat) {
    Modules m = modules(stat);
    List<String> lines = new ArrayList<>();
    lines.add("| module | instances | cells each | cells | share |");
    lines.add("|---|---:|---:|---:|---:|");
    for (Module x : m.modules()) {
      lines.add(String.format(java.util.Locale.ROOT, "| %s | %d | %d | %d | %.1f%% |", x.name(), x.instances(),
          x.ownCells(), x.total(), 100.0 * x.total() / m.total()));
    }
    int listed = m.modules().stream().mapToInt(Module::total).sum();
    if (listed < m.total()) {
      // Blackboxes (SRAM macros) have no section of their own: one cell an instance.
      lines.add(String.format(java.util.Locale.ROOT, "| blackbox instances (SRAM macros) | | | %d | %.1f%% |",
          m.total() - listed, 100.0 * (m.total() - listed) / m.total()));
    }
    lines.add("| **total** | | | **" + m.total() + "** | |");
    return lines;
  }

  /** Adds or replaces the cells-by-module section of one synthesis in {@code page}. */
  static void recordModules(Path page, String design, Map<String, String> settings, String target, String stat) {
    String heading = moduleHeading(design, settings, target);
    List<String> section = new ArrayList<>();
    section.add(heading);
    section.add("");
    section.add("Written by `plasticity synth " + design + " ... --report " + page + " --modules`: the hierarchy as"
        + " `synth` keeps it; \"cells each\" is a module's own logic, without its sub-blocks; the total is the"
        + " design's, as in the Synthesis table.");
    section.add("");
    section.addAll(moduleTable(stat));
    section.add("");
    writeSection(page, section);
  }

  /**
   * Adds or replaces, in {@code page}, the section whose heading is {@code section}'s first line
   * (up to the next "## "); the rest of the page is kept.
   */
  static void writeSection(Path page, List<String> section) {
    try {
      List<String> lines = new ArrayList<>(Files.readAllLines(page, StandardCharsets.UTF_8));
      int[] at = section(lines, section.get(0));
      List<String> out = new ArrayList<>(lines.subList(0, at[0]));
      out.addAll(section);
      out.addAll(lines.subList(at[1], lines.size()));
      Files.writeString(page, String.join("\n", out).stripTrailing() + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write section '" + section.get(0) + "' of " + page, e);
    }
  }

  /**
   * The lines [start, end) of the section headed {@code heading} (up to the next "## " or the next
   * marker comment, so that a section another command owns between markers is kept), or an
   * empty range at the end of the page, after a blank line added to {@code lines} if need be.
   */
  private static int[] section(List<String> lines, String heading) {
    int start = lines.indexOf(heading);
    if (start < 0) {
      if (!lines.isEmpty() && !lines.get(lines.size() - 1).isBlank()) {
        lines.add("");
      }
      return new int[] {lines.size(), lines.size()};
    }
    int end = start + 1;
    while (end < lines.size() && !lines.get(end).startsWith("## ") && !lines.get(end).startsWith("<!--")) {
      end++;
    }
    return new int[] {start, end};
  }

  private static int columns(String row) {
    return row.split("\\|", -1).length;
  }

  /** Design, settings and target: the first three cells of a row. */
  private static String key(String row) {
    String[] cells = row.split("\\|");
    return cells.length > 3 ? cells[1].strip() + "|" + cells[2].strip() + "|" + cells[3].strip() : row;
  }
}
