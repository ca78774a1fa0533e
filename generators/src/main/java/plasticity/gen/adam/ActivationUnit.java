package plasticity.gen.adam;

import plasticity.hdl.Bool;
import plasticity.hdl.Module;
import plasticity.hdl.SInt;
import plasticity.hdl.Switch;
import plasticity.hdl.UInt;

/**
 * ADAM's activation unit (docs/spec/adam.md, "Activation codes", "Sigmoid and tanh"): a Q5.10
 * pre-activation in, a Q5.10 value out, combinational. Identity, relu and clamped exactly;
 * sigmoid and tanh as 64-segment tables on the magnitude saturated to 11 bits, interpolated with
 * a 7 x 5-bit multiply rounded half up, the sign restored by symmetry.
 */
public final class ActivationUnit extends Module {
  public final SInt x;
  public final UInt code;
  public final SInt y;

  public ActivationUnit() {
    doc("activation unit: identity, relu, clamped, sigmoid and tanh tables (codes 0..4), Q5.10");
    x = in("x", SInt(16));
    code = in("code", UInt(3));
    y = out("y", SInt(16));

    Bool negative = x.bit(15).named("negative");
    // |x| in 17 bits: |-32768| = 32768 still fits.
    UInt magnitude = mux(negative, x.negate(), x.extend()).asUInt().named("magnitude");
    UInt m = mux(magnitude.gt(2047), U(2047, 11), magnitude.bits(10, 0)).named("m");
    UInt segment = m.bits(10, 5).named("segment");
    UInt offset = m.bits(4, 0).named("offset");

    UInt sigmoid = table("sigmoid", KnotTable.SIGMOID, segment, offset);
    UInt tanh = table("tanh", KnotTable.TANH, segment, offset);
    SInt sigmoidSigned = sigmoid.extendTo(16).asSInt();
    SInt tanhSigned = tanh.extendTo(16).asSInt();
    SInt one = S(1024, 16);

    y.driveDefault(x); // identity; codes 5..7 never reach the unit (a malformed node does not issue)
    switchOn(code)
        .is(1, () -> y.drive(mux(negative, S(0, 16), x)))
        .is(2, () -> y.drive(mux(x.gt(1024), one, mux(x.lt(-1024), S(-1024, 16), x))))
        .is(3, () -> y.drive(mux(negative, one.minus(sigmoidSigned), sigmoidSigned)))
        .is(4, () -> y.drive(mux(negative, tanhSigned.negate().resize(16), tanhSigned)));
  }

  /** T(m) = K[i] + floor((rise[i] * f + 16) / 32), 11 bits (at most 1024). */
  private UInt table(String name, KnotTable t, UInt segment, UInt offset) {
    UInt knot = wire(name + "_knot", UInt(KnotTable.KNOT_BITS));
    UInt rise = wire(name + "_rise", UInt(KnotTable.RISE_BITS));
    Switch rom = switchOn(segment);
    for (int j = 0; j < KnotTable.SEGMENTS - 1; j++) {
      int i = j;
      rom.is(j, () -> {
        knot.drive(t.knot(i));
        rise.drive(t.rise(i));
      });
    }
    rom.otherwise(() -> {
      knot.drive(t.knot(KnotTable.SEGMENTS - 1));
      rise.drive(t.rise(KnotTable.SEGMENTS - 1));
    });
    UInt step = rise.times(offset).plusGrow(U(16, 12)).shr(5).named(name + "_step");
    return knot.plusGrow(step.extendTo(KnotTable.KNOT_BITS)).resize(KnotTable.KNOT_BITS).named(name);
  }
}
