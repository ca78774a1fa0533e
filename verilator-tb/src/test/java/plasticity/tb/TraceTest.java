package plasticity.tb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import plasticity.tb.DutPort.Direction;
import plasticity.tb.trace.Trace;
import plasticity.tb.trace.TraceFormatException;
import plasticity.tb.trace.TraceSignal;
import plasticity.tb.trace.TraceValue;

/** The trace text format of docs/spec/trace-format.md, without any tool. */
class TraceTest {
  private static final List<TraceSignal> COLS =
      List.of(new TraceSignal(Direction.IN, "rst", 1), new TraceSignal(Direction.IN, "d", 70), new TraceSignal(Direction.OUT, "q", 9));

  @Test
  void writesTheSpecifiedText() {
    Trace t =
        Trace.builder("demo", -3, COLS)
            .cycle(TraceValue.of(1), TraceValue.of(BigInteger.ONE.shiftLeft(69)), TraceValue.DONT_CARE)
            .cycle(0, 0xabc, 0x1ff)
            .build();
    assertEquals(
        String.join(
            "\n",
            "plasticity-trace 1", "design demo", "seed -3", "in rst 1", "in d 70", "out q 9", "cycles",
            "1 200000000000000000 xxx", "0 000000000000000abc 1ff", ""),
        t.format());
    assertEquals(t, Trace.parse(t.format(), "mem"));
  }

  @Test
  void signedValuesAreTwosComplementBitPatterns() {
    assertEquals(TraceValue.of(0x1ff), TraceValue.ofSigned(-1, 9));
    Trace t = Trace.builder("d", 1, COLS).cycle(0, 0, -256).build();
    assertEquals(TraceValue.of(0x100), t.cycles().get(0).get(2));
    assertThrows(IllegalArgumentException.class, () -> Trace.builder("d", 1, COLS).cycle(0, 0, -257));
  }

  @Test
  void readerAcceptsCommentsBlankLinesAndShortHex() {
    Trace t = Trace.parse("# made by hand\nplasticity-trace 1\ndesign d\nseed 9\nin rst 1\nin d 70\nout q 9\n\ncycles\n1 0 X\n# mid\n0 ABC 1f\n", "hand");
    assertEquals(TraceValue.DONT_CARE, t.cycles().get(0).get(2));
    assertEquals(TraceValue.of(0x1f), t.cycles().get(1).get(2));
  }

  @Test
  void errorsNameTheLine() {
    String head = "plasticity-trace 1\ndesign d\nseed 9\nin rst 1\nin d 70\nout q 9\ncycles\n";
    assertEquals("f.trace:9: value 0x200 does not fit 9-bit signal 'q'", error(head + "0 0 0\n0 0 200\n").getMessage());
    assertEquals("f.trace:8: expected 3 values, found 2", error(head + "0 0\n").getMessage());
    assertEquals("f.trace:8: input 'rst' is don't-care; inputs must have a value", error(head + "x 0 0\n").getMessage());
    assertEquals("f.trace:8: value 'g1' of signal 'd' is not hex digits or x", error(head + "0 g1 0\n").getMessage());
    assertEquals("f.trace:1: expected 'plasticity-trace 1' as the first line, found 'design d'", error("design d\n").getMessage());
    assertEquals("f.trace:2: unknown header line 'width 3' (expected design, seed, in, out or cycles)",
        error("plasticity-trace 1\nwidth 3\n").getMessage());
  }

  @Test
  void builderRejectsValuesThatDoNotFit() {
    Trace.Builder b = Trace.builder("d", 1, COLS);
    assertThrows(IllegalArgumentException.class, () -> b.cycle(2, 0, 0));
  }

  private static TraceFormatException error(String text) {
    return assertThrows(TraceFormatException.class, () -> Trace.parse(text, "f.trace"));
  }
}
