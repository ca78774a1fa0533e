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

/**
 * The "Synthesis" section of a results page (e.g. docs/results/maeri.md): one table row per
 * design, settings and target, replaced when the same synthesis runs again. Everything outside the
 * section (other headings, written by other commands) is kept as it is.
 */
final class SynthReport {
  static final String HEADING = "## Synthesis";
  private static final String HEADER = "| design | settings | target | cells | LUT4 | flip-flops | latches |";
  private static final String RULE = "|---|---|---|---|---|---|---|";
  private static final Pattern STAT_LINE = Pattern.compile("^\\s+(\\S+)\\s+(\\d+)\\s*$");

  private SynthReport() {}

  /** The row for one synthesis: cells, iCE40 LUTs (— for generic), flip-flops from the stat report. */
  static String row(String design, Map<String, String> settings, String target, int cells, String stat) {
    Map<String, Long> counts = cellCounts(stat);
    long lut4 = counts.getOrDefault("SB_LUT4", 0L);
    long ffs = counts.entrySet().stream()
        .filter(e -> e.getKey().startsWith("SB_DFF") || e.getKey().startsWith("$_") && e.getKey().contains("DFF"))
        .mapToLong(Map.Entry::getValue).sum();
    StringBuilder s = new StringBuilder();
    settings.forEach((k, v) -> s.append(s.length() == 0 ? "" : " ").append(k).append('=').append(v));
    return "| " + design + " | " + s + " | " + target + " | " + cells + " | "
        + (target.equals("ice40") ? String.valueOf(lut4) : "—") + " | " + ffs + " | 0 |";
  }

  /** The cell counts of the design's total: the last count of each cell type in the report. */
  static Map<String, Long> cellCounts(String stat) {
    Map<String, Long> counts = new java.util.LinkedHashMap<>();
    for (String line : stat.lines().toList()) {
      Matcher m = STAT_LINE.matcher(line);
      if (m.matches() && (m.group(1).startsWith("$") || m.group(1).startsWith("SB_"))) {
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
      int start = lines.indexOf(HEADING);
      List<String> rows = new ArrayList<>();
      int end;
      if (start < 0) {
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).isBlank()) {
          lines.add("");
        }
        start = lines.size();
        end = start;
      } else {
        end = start + 1;
        while (end < lines.size() && !lines.get(end).startsWith("## ")) {
          end++;
        }
        for (String l : lines.subList(start + 1, end)) {
          if (l.startsWith("| ") && !l.equals(HEADER)) {
            rows.add(l);
          }
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
          + " passed `check -assert` and has no latch. `cells` is Yosys's total after `synth` (generic gates) or"
          + " `synth_ice40`; LUT4 counts iCE40 `SB_LUT4` cells; flip-flops counts `$_DFF*`/`SB_DFF*` cells.");
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

  /** Design, settings and target: the first three cells of a row. */
  private static String key(String row) {
    String[] cells = row.split("\\|");
    return cells.length > 3 ? cells[1].strip() + "|" + cells[2].strip() + "|" + cells[3].strip() : row;
  }
}
