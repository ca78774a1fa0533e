package plasticity.tb.designs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import plasticity.hdl.GeneratedDesign;
import plasticity.tb.DutPort;
import plasticity.tb.RtlDut;
import plasticity.tb.trace.Trace;
import plasticity.tb.trace.TraceSignal;
import plasticity.tb.trace.TraceValue;

/**
 * Builds a trace row by row with values set by port name, so a bench does not depend on the
 * column order; a port the bench forgets is an error, never a silent zero.
 */
final class Rows {
  private final List<TraceSignal> signals;
  private final Map<String, Integer> column = new HashMap<>();
  private final Trace.Builder trace;
  private final TraceValue[] row;

  Rows(GeneratedDesign design, long seed) {
    signals = RtlDut.traceSignals(design);
    for (int i = 0; i < signals.size(); i++) {
      column.put(signals.get(i).name(), i);
    }
    trace = Trace.builder(design.design(), seed, signals);
    row = new TraceValue[signals.size()];
  }

  boolean has(String port) {
    return column.containsKey(port);
  }

  int width(String port) {
    return signals.get(index(port)).width();
  }

  /** An unsigned bit pattern (the low {@code width} bits of {@code bits}). */
  Rows set(String port, long bits) {
    int w = width(port);
    row[index(port)] = TraceValue.of(w >= 64 ? bits : bits & ((1L << w) - 1));
    return this;
  }

  /** A bit pattern of any width, such as a DN word wider than 64 bits. */
  Rows set(String port, java.math.BigInteger bits) {
    int w = width(port);
    if (bits.signum() < 0 || bits.bitLength() > w) {
      throw new IllegalArgumentException("value " + bits + " does not fit port '" + port + "' of " + w + " bits");
    }
    row[index(port)] = TraceValue.of(bits);
    return this;
  }

  Rows set(String port, boolean bit) {
    return set(port, bit ? 1 : 0);
  }

  /** A signed value, written as its two's-complement pattern. */
  Rows setSigned(String port, long value) {
    row[index(port)] = TraceValue.ofSigned(value, width(port));
    return this;
  }

  Rows dontCare(String port) {
    row[index(port)] = TraceValue.DONT_CARE;
    return this;
  }

  /** Marks every output don't-care (the cycle before the first reset edge). */
  Rows outputsDontCare() {
    for (TraceSignal s : signals) {
      if (s.dir() == DutPort.Direction.OUT) {
        row[index(s.name())] = TraceValue.DONT_CARE;
      }
    }
    return this;
  }

  void endCycle() {
    for (int i = 0; i < row.length; i++) {
      if (row[i] == null) {
        throw new IllegalStateException("bench left port '" + signals.get(i).name() + "' unset in cycle "
            + trace.size());
      }
    }
    trace.cycle(List.of(row));
    java.util.Arrays.fill(row, null);
  }

  Trace build() {
    return trace.build();
  }

  private int index(String port) {
    Integer i = column.get(port);
    if (i == null) {
      throw new IllegalArgumentException("the design has no port '" + port + "'");
    }
    return i;
  }
}
