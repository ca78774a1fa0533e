package plasticity.tb;

import java.util.SplittableRandom;
import plasticity.tb.trace.Trace;
import plasticity.tb.trace.TraceSignal;
import plasticity.tb.trace.TraceValue;

/**
 * The accumulator's specification as a trace generator: q at cycle t is the sum after t rising
 * edges (docs/spec/trace-format.md §3), reset synchronous, state zero at power-up.
 */
final class Acc8Golden {
  private Acc8Golden() {}

  static Trace trace(long seed, int cycles) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Trace.Builder b = Trace.builder("acc8", seed, TraceSignal.of(TestDuts.acc8()));
    int sum = 0;
    for (int t = 0; t < cycles; t++) {
      int rst = t < 2 || rnd.nextInt(32) == 0 ? 1 : 0;
      int en = rnd.nextInt(2);
      // 0xff rarely enough that acc8_wrong's bug (adds 0xff with en low) shows in some seeds only
      int d = rnd.nextInt(400) == 0 ? 0xff : rnd.nextInt(256);
      if (t == 0) {
        // before the first reset edge the state is undefined (docs/spec/fifo.md): don't care
        b.cycle(TraceValue.of(rst), TraceValue.of(en), TraceValue.of(d), TraceValue.DONT_CARE);
      } else {
        b.cycle(rst, en, d, sum);
      }
      sum = rst == 1 ? 0 : en == 1 ? (sum + d) & 0xff : sum;
    }
    return b.build();
  }

  /** Whether acc8_wrong's bug changes a compared output of this trace. */
  static boolean exposesBug(Trace trace) {
    var rows = trace.cycles();
    for (int t = 0; t + 1 < rows.size(); t++) {
      var row = rows.get(t);
      if (value(row.get(0)) == 0 && value(row.get(1)) == 0 && value(row.get(2)) == 0xff) {
        return true;
      }
    }
    return false;
  }

  private static long value(TraceValue v) {
    return ((TraceValue.Bits) v).value().longValueExact();
  }
}
