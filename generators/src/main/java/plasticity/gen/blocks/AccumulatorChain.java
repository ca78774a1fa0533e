package plasticity.gen.blocks;

import plasticity.hdl.Bool;
import plasticity.hdl.Module;
import plasticity.hdl.UInt;

/**
 * N enable-accumulators in a chain, each adding the previous one's sum: the design SpinalHDL
 * was timed on (shared/research/hdl-anchors.md section 3.3), used by {@code plasticity bench generate}.
 */
public final class AccumulatorChain extends Module {
  public AccumulatorChain(int length, int width) {
    param("N", length);
    Bool en = in("en", Bool());
    UInt value = in("x", UInt(width));
    for (int i = 0; i < length; i++) {
      Accumulator a = instance("acc" + i, new Accumulator(width));
      a.en.drive(en);
      a.x.drive(value);
      value = a.sum;
    }
    out("y", UInt(width)).drive(value);
  }
}
