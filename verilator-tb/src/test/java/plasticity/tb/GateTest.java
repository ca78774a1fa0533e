package plasticity.tb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plasticity.tb.gate.IcarusCompile;
import plasticity.tb.gate.Lint;
import plasticity.tb.gate.LintFinding;
import plasticity.tb.gate.YosysSynth;
import plasticity.tb.gate.YosysSynth.Target;

/** Lint, Icarus and Yosys each accept good RTL and name the line of bad RTL. */
@TagVerilator
class GateTest {
  @TempDir Path dir;

  @Test
  void lintPassesTheAccumulator() {
    Tools.require("verilator");
    Lint.Result r = Lint.run("acc8", List.of(TestDuts.rtl("acc8.v")));
    assertTrue(r.ok(), r.log());
    assertEquals(List.of(), r.findings());
  }

  @Test
  void lintCatchesASilentTruncation() {
    Tools.require("verilator");
    Lint.Result r = Lint.run("width_bad", List.of(TestDuts.rtl("width_bad.v")));
    assertFalse(r.ok());
    LintFinding width = r.warnings().stream().filter(w -> w.code().equals("WIDTH")).findFirst().orElseThrow(() -> new AssertionError(r.log()));
    assertEquals("width_bad.v", width.file().orElseThrow().getFileName().toString());
    assertEquals(8, width.line());
    assertTrue(width.toString().startsWith("verilator lint: width_bad.v:8: %Warning-WIDTH: "), width.toString());
    assertFalse(Lint.command("width_bad", List.of()).stream().anyMatch(f -> f.startsWith("-Wno")));
  }

  @Test
  void icarusAcceptsTheAccumulatorAndNamesASyntaxError() {
    Tools.require("iverilog");
    assertTrue(IcarusCompile.run("acc8", List.of(TestDuts.rtl("acc8.v"))).ok());
    IcarusCompile.Result bad = IcarusCompile.run("syntax_bad", List.of(TestDuts.rtl("syntax_bad.v")));
    assertFalse(bad.ok());
    assertTrue(bad.errors().get(0).matches("iverilog: .*syntax_bad\\.v:7: syntax error"), bad.errors().toString());
  }

  @Test
  void yosysCountsCellsOfTheAccumulator() {
    Tools.require("yosys");
    YosysSynth.Result generic = YosysSynth.run("acc8", List.of(TestDuts.rtl("acc8.v")), Target.GENERIC, dir.resolve("generic"));
    assertTrue(generic.ok(), generic.problems() + "\n" + generic.logTail());
    assertTrue(generic.cellCount() > 8, "at least one flop per bit: " + generic.stat());
    YosysSynth.Result ice40 = YosysSynth.run("acc8", List.of(TestDuts.rtl("acc8.v")), Target.ICE40, dir.resolve("ice40"));
    assertTrue(ice40.ok(), ice40.problems() + "\n" + ice40.logTail());
    assertTrue(ice40.stat().contains("SB_LUT4"), ice40.stat());
  }

  @Test
  void yosysRefusesALatch() {
    Tools.require("yosys");
    YosysSynth.Result r = YosysSynth.run("latchy", List.of(TestDuts.rtl("latch.v")), Target.GENERIC, dir);
    assertFalse(r.ok());
    assertTrue(r.problems().stream().anyMatch(p -> p.startsWith("yosys latchy (latch.v): Latch inferred for signal `\\latchy.\\q'")), r.problems().toString());
    assertTrue(r.problems().stream().anyMatch(p -> p.contains("ERROR: Assertion failed: selection is not empty")), r.problems().toString());
  }

  @Test
  void yosysRefusesACombinationalLoop() {
    Tools.require("yosys");
    YosysSynth.Result r = YosysSynth.run("loopy", List.of(TestDuts.rtl("loop.v")), Target.GENERIC, dir);
    assertFalse(r.ok());
    assertTrue(r.problems().stream().anyMatch(p -> p.startsWith("yosys loopy (loop.v): Warning: found logic loop in module loopy:")), r.problems().toString());
    assertTrue(r.problems().stream().anyMatch(p -> p.contains("ERROR: Found 1 problems in 'check -assert'")), r.problems().toString());
  }
}
