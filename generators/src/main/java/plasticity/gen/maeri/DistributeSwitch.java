package plasticity.gen.maeri;

import plasticity.hdl.Bool;
import plasticity.hdl.Module;
import plasticity.hdl.UInt;

/**
 * A MAERI distribute switch (docs/spec/maeri.md, "Distribute switch"): a 1x2 demultiplexer whose
 * state {go_left, go_right} derives from the mask of the word it carries. The payload (kind and
 * data) fans out unchanged; each output gets its half of the mask, except at the leaf level
 * ({@code m = 2}), where the mask bits are the outputs' valid bits.
 */
public final class DistributeSwitch extends Module {
  public final Bool inValid;
  public final UInt inPayload;
  public final UInt inMask;
  public final Bool leftValid;
  public final UInt leftPayload;
  public final UInt leftMask;
  public final Bool rightValid;
  public final UInt rightPayload;
  public final UInt rightMask;

  /**
   * @param m the MSs this switch covers (its mask bits), a power of two >= 2
   * @param payload the payload bits, W + 1: {kind, data}
   */
  public DistributeSwitch(int m, int payload) {
    param("M", m);
    param("P", payload);
    doc("MAERI distribute switch over " + m + " multiplier switches" + (m == 2 ? " (leaf level)" : ""));
    inValid = in("in_valid", Bool());
    inPayload = in("in_payload", UInt(payload));
    inMask = in("in_mask", UInt(m));
    leftValid = out("left_valid", Bool());
    leftPayload = out("left_payload", UInt(payload));
    leftMask = m > 2 ? out("left_mask", UInt(m / 2)) : null;
    rightValid = out("right_valid", Bool());
    rightPayload = out("right_payload", UInt(payload));
    rightMask = m > 2 ? out("right_mask", UInt(m / 2)) : null;

    UInt low = inMask.bits(m / 2 - 1, 0).named("mask_low");
    UInt high = inMask.bits(m - 1, m / 2).named("mask_high");
    Bool goLeft = inValid.and(low.orReduce());
    Bool goRight = inValid.and(high.orReduce());
    UInt state = cat(goLeft, goRight).asUInt().named("state"); // 00 idle, 10 left, 01 right, 11 both
    leftValid.drive(state.bit(1));
    rightValid.drive(state.bit(0));
    leftPayload.drive(inPayload);
    rightPayload.drive(inPayload);
    if (m > 2) {
      leftMask.drive(low);
      rightMask.drive(high);
    }
  }
}
