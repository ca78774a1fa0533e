package plasticity.gen.eve;

import plasticity.hdl.SInt;
import plasticity.hdl.UInt;

/**
 * A float attribute's value drawn around a centre (docs/spec/eve.md, "PRNG and draws"):
 * clamp(centre + triangle(s1, s2, m)) with triangle = floor(((s1 + s2) * m + 128) / 256): a
 * 9-bit add, a 9 x 9 signed multiply (m zero-extended), add 128, arithmetic shift by 8.
 */
final class FloatDraw extends EveBlock {
  final SInt centre;
  final SInt s1;
  final SInt s2;
  final UInt multiplier;
  final SInt min;
  final SInt max;
  final SInt value;

  FloatDraw() {
    doc("clamp(centre + triangle(s1, s2, m)), 8-bit codes");
    centre = in("centre", SInt(CODE));
    s1 = in("s1", SInt(CODE));
    s2 = in("s2", SInt(CODE));
    multiplier = in("multiplier", UInt(CODE));
    min = in("min", SInt(CODE));
    max = in("max", SInt(CODE));
    value = out("value", SInt(CODE));

    SInt sum = s1.plusGrow(s2).named("sum");
    SInt product = sum.times(multiplier.extend().asSInt()).named("product");
    SInt triangle = product.plus(128).shr(8).named("triangle");
    SInt moved = centre.extendTo(triangle.width() + 1).plus(triangle.extend()).named("moved");
    value.drive(mux(moved.lt(min.extendTo(moved.width())), min,
        mux(moved.gt(max.extendTo(moved.width())), max, moved.resize(CODE))));
  }
}
