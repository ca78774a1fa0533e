package plasticity.gen.blocks;

import plasticity.hdl.Bool;
import plasticity.hdl.Module;
import plasticity.hdl.UInt;
import plasticity.hdl.Width;

/**
 * An enable-accumulator: {@code acc <= acc + x} when {@code en}; the unit of the bench chain.
 * Its width stays a Verilog parameter, so accumulators of every width share one module.
 */
public final class Accumulator extends Module {
  public final Bool en;
  public final UInt x;
  public final UInt sum;

  public Accumulator(int width) {
    Width w = widthParam("W", width);
    en = in("en", Bool());
    x = in("x", UInt(w));
    sum = out("sum", UInt(w));
    UInt acc = reg("acc", UInt(w)).init(0).enable(en);
    acc.next(acc.plus(x));
    sum.drive(acc);
  }
}
