package plasticity.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plasticity neat-results} (one fast XOR run) and {@code plasticity bench neat --help}. */
class NeatResultsCommandTest {
  @TempDir Path tmp;



  /** The table rows of the page without their last cell, the wall time. */
  private static List<String> rowsWithoutWallTime(Path page) throws IOException {
    return Files.readAllLines(page).stream().filter(l -> l.startsWith("| xor"))
        .map(l -> l.substring(0, l.lastIndexOf('|', l.length() - 2))).toList();
  }

  @Test
  void xorWithOneSeedWritesTheTableAndThePlot() throws IOException {
    Path page = tmp.resolve("results/neat.md");
    CliRun r = CliRun.of("neat-results", "--seeds", "1", "--envs", "xor", "--out", page.toString());
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().strip().lines().toList();
    assertEquals(3, lines.size(), r.out());
    // Seed 1 of neat-python's XOR config: 80 generations evaluated (docs/spec/neat.md, "Measured").
    assertTrue(lines.get(0).matches("xor +standard +seed +1 +solved +80 generations +[0-9.]+ s"), lines.get(0));
    assertTrue(lines.get(1).matches("xor +hardware +seed +1 +solved +[0-9]+ generations +[0-9.]+ s"), lines.get(1));
    assertTrue(lines.get(2).startsWith("neat-results: 2 of 2 runs solved over 1 envs and 2 operator sets; wrote "),
        lines.get(2));

    String md = Files.readString(page);
    assertTrue(md.contains(NeatResultsCommand.TABLE_HEADER), md);
    assertTrue(md.contains("| xor (XOR, pop 150) | standard | 1/1 | 80 | 80 … 80 | 1.00 | 300 | "), md);
    assertTrue(md.contains("| xor (XOR, pop 150) | hardware | 1/1 | "), md);
    assertTrue(md.contains("(neat-generations.png)"), md);
    byte[] png = Files.readAllBytes(page.resolveSibling("neat-generations.png"));
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));

    Path again = tmp.resolve("again/neat.md");
    assertEquals(0, CliRun.of("neat-results", "--seeds", "1", "--envs", "xor", "--out", again.toString()).code());
    assertEquals(rowsWithoutWallTime(page), rowsWithoutWallTime(again), "same seeds, same table");
  }

  @Test
  void anUnknownEnvIsRefused() {
    Path page = tmp.resolve("neat.md");
    CliRun r = CliRun.of("neat-results", "--envs", "xor,walker", "--out", page.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().startsWith("plasticity: --envs walker: unknown env 'walker'"), r.err());
    assertFalse(Files.exists(page));
  }

  @Test
  void benchNeatHasHelp() {
    CliRun r = CliRun.of("bench", "neat", "--help");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Usage: plasticity bench"), r.out());
    assertTrue(r.out().contains("Encog 3.4"), r.out());
    assertTrue(r.out().contains("--timed-runs"), r.out());
    assertTrue(r.out().contains("--forks"), r.out());
  }
}
