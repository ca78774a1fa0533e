package plasticity.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a user sees: bad input is one clear line, exit code 2, and nothing written. */
class CliTest {
  @TempDir Path tmp;



  private void assertBadInput(CliRun r, String message, Path out) {
    assertEquals(2, r.code(), r.err());
    assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    assertTrue(r.err().startsWith("plasticity: "), r.err());
    assertTrue(r.err().contains(message), r.err());
    assertFalse(Files.exists(out), "no partial output at " + out);
    try (Stream<Path> left = Files.list(out.getParent())) {
      assertEquals(0, left.filter(p -> p.getFileName().toString().startsWith(".")).count(), "no staging left");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void unknownDesign() {
    Path out = tmp.resolve("x");
    assertBadInput(CliRun.of("generate", "maeri9", "--out", out.toString()),
        "unknown design 'maeri9'; known designs: addertree, fifo, xorwow, art, frontend, maeri, maeri-fabric, eve-pe, eve, adam", out);
  }

  @Test
  void widthZero() {
    Path out = tmp.resolve("x");
    assertBadInput(CliRun.of("generate", "addertree", "--set", "W=0", "--out", out.toString()), "W=0 is out of range", out);
  }

  @Test
  void nonPowerOfTwoDepth() {
    Path out = tmp.resolve("x");
    assertBadInput(CliRun.of("generate", "fifo", "--set", "DEPTH=12", "--out", out.toString()),
        "DEPTH=12 must be a power of two", out);
  }

  @Test
  void malformedSetting() {
    Path out = tmp.resolve("x");
    assertBadInput(CliRun.of("generate", "fifo", "--set", "DEPTH", "--out", out.toString()), "expected key=value", out);
  }

  @Test
  void unwritableOut() throws Exception {
    Path blocker = Files.writeString(tmp.resolve("a-file"), "not a directory");
    Path out = blocker.resolve("verilog");
    CliRun r = CliRun.of("generate", "xorwow", "--out", out.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().startsWith("plasticity: cannot write " + out), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    try (Stream<Path> left = Files.list(tmp)) {
      assertEquals(1, left.count(), "nothing but the blocking file");
    }
  }

  @Test
  void generateWritesTheDesign() {
    Path out = tmp.resolve("fifo");
    CliRun r = CliRun.of("generate", "fifo", "--set", "DEPTH=8", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.exists(out.resolve("fifo.f")));
    assertTrue(Files.exists(out.resolve("manifest.json")));
    assertTrue(Files.exists(out.resolve("Fifo_D8_AF7_AE1.v")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"generate", "regress", "synth", "bench", "designs", "evolve", "neat-results", "adam-results"})
  void everyCommandHasHelp(String command) {
    CliRun r = CliRun.of(command, "--help");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Usage: plasticity " + command), r.out());
  }

  /** A population larger than the array, or an array Yosys cannot be given, is refused before any work. */
  @Test
  void adamResultsRefusesWhatTheArrayCannotHold() {
    Path page = tmp.resolve("adam.md");
    CliRun r = CliRun.of("adam-results", "--population", "1025", "--out", page.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("--population 1025: the default array has 1024 PEs"), r.err());
    CliRun side = CliRun.of("adam-results", "--synth-rows", "65", "--out", page.toString());
    assertEquals(2, side.code(), side.err());
    assertTrue(side.err().contains("--synth-rows 65"), side.err());
    assertFalse(Files.exists(page));
  }

  @Test
  void wavesWithoutASeedIsRefused() {
    CliRun r = CliRun.of("regress", "fifo", "--waves");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("give --seed S too"), r.err());
  }
}
