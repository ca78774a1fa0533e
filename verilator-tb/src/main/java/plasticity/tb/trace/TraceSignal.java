package plasticity.tb.trace;

import java.util.List;
import java.util.Objects;
import plasticity.tb.Dut;
import plasticity.tb.DutPort;
import plasticity.tb.DutPort.Direction;

/** One column of a trace: a non-clock port of the DUT (docs/spec/trace-format.md §2). */
public record TraceSignal(Direction dir, String name, int width) {

  public TraceSignal {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(name, "name");
    if (width < 1 || width > DutPort.MAX_WIDTH) {
      throw new IllegalArgumentException(
          "signal '" + name + "' is " + width + " bits; traces carry 1.." + DutPort.MAX_WIDTH);
    }
  }

  /** The columns a trace for this DUT must declare, in the DUT's port order. */
  public static List<TraceSignal> of(Dut dut) {
    return dut.tracePorts().stream().map(p -> new TraceSignal(p.dir(), p.name(), p.width())).toList();
  }

  /** Hex digits of a value in this column: the writer always pads to this many. */
  public int hexDigits() {
    return (width + 3) / 4;
  }
}
