package plasticity.tb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plasticity.tb.process.ProcessRunner;
import plasticity.tb.trace.Trace;
import plasticity.tb.trace.TraceSignal;
import plasticity.tb.trace.TraceValue;
import plasticity.tb.verilator.VerilatorSettings;
import plasticity.tb.verilator.VerilatorSettings.TraceKind;

/** The harness against hand-written RTL: verdicts, reports, waves, malformed input. */
@TagVerilator
class SimulationTest {
  private static final VerilatorSettings PLAIN = VerilatorSettings.defaults();

  @TempDir Path dir;

  @BeforeAll
  static void tools() {
    Tools.require("verilator");
  }

  private static Verdict run(Dut dut, VerilatorSettings s, Path trace, Optional<Path> waves) {
    return Simulation.run(TestDuts.binary(dut, s), trace, waves, ProcessRunner.standard());
  }

  /** Hand-computed: q is the sum after t rising edges. */
  private static Trace.Builder handTrace() {
    return Trace.builder("acc8", 7, TraceSignal.of(TestDuts.acc8()))
        .cycle(TraceValue.of(1), TraceValue.of(0), TraceValue.of(0), TraceValue.DONT_CARE)
        .cycle(0, 1, 0x05, 0x00)
        .cycle(0, 1, 0x05, 0x05)
        .cycle(0, 0, 0x07, 0x0a)
        .cycle(0, 1, 0x07, 0x0a);
  }

  @Test
  void handWrittenTracePasses() {
    Path t = handTrace().cycle(0, 0, 0, 0x11).build().write(dir.resolve("ok.trace"));
    assertEquals(new Verdict.Pass(6), run(TestDuts.acc8(), PLAIN, t, Optional.empty()));
  }

  @Test
  void randomGoldenTracePasses() {
    Path t = Acc8Golden.trace(42, 500).write(dir.resolve("golden.trace"));
    assertEquals(new Verdict.Pass(500), run(TestDuts.acc8(), PLAIN, t, Optional.empty()));
  }

  @Test
  void mismatchNamesCycleSignalExpectedAndGot() {
    Path t = handTrace().cycle(0, 0, 0, 0x12).cycle(0, 0, 0, 0x11).build().write(dir.resolve("bad.trace"));
    Verdict v = run(TestDuts.acc8(), PLAIN, t, Optional.empty());
    Verdict.Mismatch m = assertInstanceOf(Verdict.Mismatch.class, v);
    assertEquals("MISMATCH cycle=5 signal=q expected=0x12 got=0x11", m.line());
    assertEquals(
        String.join(
            "\n",
            "MISMATCH cycle=5 signal=q expected=0x12 got=0x11",
            "  cycle=1 q expected=0x00 got=0x00",
            "  cycle=2 q expected=0x05 got=0x05",
            "  cycle=3 q expected=0x0a got=0x0a",
            "  cycle=4 q expected=0x0a got=0x0a",
            "  cycle=5 q expected=0x12 got=0x11"),
        m.context());
  }

  @Test
  void everyContainerWidthPassesAndMismatchesExactly() {
    Dut dut = TestDuts.widePass();
    List<TraceSignal> cols = TraceSignal.of(dut);
    SplittableRandom rnd = new SplittableRandom(3);
    int[] widths = {1, 12, 32, 40, 100, 256};
    Trace.Builder b = Trace.builder("wide_pass", 3, cols);
    List<BigInteger> prev = new ArrayList<>();
    for (int w : widths) {
      prev.add(BigInteger.ZERO);
    }
    BigInteger[] lastRow = null;
    for (int t = 0; t < 40; t++) {
      BigInteger[] row = new BigInteger[1 + 2 * widths.length];
      row[0] = BigInteger.valueOf(t == 0 ? 1 : 0);
      for (int i = 0; i < widths.length; i++) {
        // all-ones now and then: the top word's mask is where width bugs hide
        row[1 + i] = t % 7 == 3 ? BigInteger.ONE.shiftLeft(widths[i]).subtract(BigInteger.ONE) : new BigInteger(widths[i], new java.util.Random(rnd.nextLong()));
        row[1 + widths.length + i] = prev.get(i);
      }
      for (int i = 0; i < widths.length; i++) {
        prev.set(i, row[0].signum() == 1 ? BigInteger.ZERO : row[1 + i]);
      }
      b.cycle(row);
      lastRow = row;
    }
    Path ok = b.build().write(dir.resolve("wide.trace"));
    assertEquals(new Verdict.Pass(40), run(dut, PLAIN, ok, Optional.empty()));

    // Flip bit 255 of v_q's expectation on the last cycle: the report shows all 64 digits.
    BigInteger good = lastRow[1 + widths.length + 5];
    BigInteger flipped = good.flipBit(255);
    Trace read = Trace.read(ok);
    List<List<TraceValue>> rows = new ArrayList<>(read.cycles());
    List<TraceValue> last = new ArrayList<>(rows.get(rows.size() - 1));
    last.set(last.size() - 1, TraceValue.of(flipped));
    rows.set(rows.size() - 1, last);
    Path badFile = new Trace("wide_pass", 3, read.signals(), rows).write(dir.resolve("wide-bad.trace"));
    Verdict.Mismatch m = assertInstanceOf(Verdict.Mismatch.class, run(dut, PLAIN, badFile, Optional.empty()));
    assertEquals(39, m.cycle());
    assertEquals("v_q", m.signal());
    assertEquals("0x" + pad(flipped, 64), m.expected());
    assertEquals("0x" + pad(good, 64), m.got());
  }

  @Test
  void wavesAreWrittenAsFst() throws IOException {
    Path t = Acc8Golden.trace(5, 50).write(dir.resolve("w.trace"));
    Path fst = dir.resolve("acc8.fst");
    Verdict v = run(TestDuts.acc8(), PLAIN.withTrace(TraceKind.FST), t, Optional.of(fst));
    assertEquals(new Verdict.Pass(50), v);
    assertTrue(Files.size(fst) > 0, "FST file is empty");
  }

  @Test
  void vcdBuildWithRandomPowerUpStatePassesAndWritesVcd() throws IOException {
    Path t = Acc8Golden.trace(6, 50).write(dir.resolve("v.trace"));
    Path vcd = dir.resolve("acc8.vcd");
    VerilatorSettings s = PLAIN.withTrace(TraceKind.VCD).withXInitial(VerilatorSettings.XInitial.UNIQUE);
    assertEquals(new Verdict.Pass(50), run(TestDuts.acc8(), s, t, Optional.of(vcd)));
    String text = Files.readString(vcd);
    assertTrue(text.contains("$enddefinitions") && text.contains("#495"), "VCD ends at 10n-5 + final sample: " + text.length());
  }

  @Test
  void wavesWithoutTraceSupportIsAnError() {
    Path t = Acc8Golden.trace(5, 3).write(dir.resolve("w.trace"));
    Verdict.Error e =
        assertInstanceOf(Verdict.Error.class, run(TestDuts.acc8(), PLAIN, t, Optional.of(dir.resolve("x.fst"))));
    assertTrue(e.message().contains("built without waveform support"), e.message());
  }

  @Test
  void malformedTraceNamesTheLine() throws IOException {
    Path t = dir.resolve("broken.trace");
    Files.writeString(
        t,
        String.join(
            "\n",
            Trace.MAGIC, "design acc8", "seed 1", "in rst 1", "in en 1", "in d 8", "out q 8", "cycles",
            "1 0 00 00", "0 1 zz 00", ""));
    Verdict.Error e = assertInstanceOf(Verdict.Error.class, run(TestDuts.acc8(), PLAIN, t, Optional.empty()));
    assertTrue(e.message().contains("broken.trace:10: malformed trace: value 'zz' of signal 'd' is not hex digits or x"), e.message());
    assertTrue(e.message().contains("exit 2"), e.message());
  }

  @Test
  void traceColumnsMustMatchThePorts() throws IOException {
    Path t = dir.resolve("narrow.trace");
    Files.writeString(
        t, String.join("\n", Trace.MAGIC, "design acc8", "seed 1", "in rst 1", "in en 1", "in d 4", "out q 8", "cycles", ""));
    Verdict.Error e = assertInstanceOf(Verdict.Error.class, run(TestDuts.acc8(), PLAIN, t, Optional.empty()));
    assertTrue(e.message().contains("narrow.trace:6: malformed trace: signal 'd' has width 4 but the port is 8 bits"), e.message());
  }

  private static String pad(BigInteger v, int digits) {
    String h = v.toString(16);
    return "0".repeat(digits - h.length()) + h;
  }
}
