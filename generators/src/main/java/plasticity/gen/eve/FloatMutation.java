package plasticity.gen.eve;

import plasticity.hdl.Bool;
import plasticity.hdl.SInt;
import plasticity.hdl.UInt;

/**
 * Perturbation of one float attribute (docs/spec/eve.md, "A node step", item 2): one 8-bit
 * draw r; r &lt; mutateRate perturbs (old + triangle scaled by power), else r &lt; mutateRate +
 * replaceRate replaces (init mean + triangle scaled by initSpread), else the value stays.
 */
final class FloatMutation extends EveBlock {
  final SInt old;
  final UInt draw;
  final SInt s1;
  final SInt s2;
  final FloatRegs regs;
  final SInt value;

  FloatMutation() {
    doc("float attribute perturbation: perturb, replace or keep");
    old = in("old", SInt(CODE));
    draw = in("draw", UInt(CODE));
    s1 = in("s1", SInt(CODE));
    s2 = in("s2", SInt(CODE));
    regs = flippedPort("regs", FloatRegs::new);
    value = out("value", SInt(CODE));

    Bool perturb = draw.lt(regs.mutateRate).named("perturb");
    Bool replace = draw.extend().lt(regs.mutateRate.plusGrow(regs.replaceRate)).named("replace");
    FloatDraw drawn = instance("drawn", new FloatDraw());
    drawn.centre.drive(mux(perturb, old, regs.initMean));
    drawn.s1.drive(s1);
    drawn.s2.drive(s2);
    drawn.multiplier.drive(mux(perturb, regs.power, regs.initSpread));
    drawn.min.drive(regs.min);
    drawn.max.drive(regs.max);
    value.drive(mux(replace, drawn.value, old)); // replace includes perturb: one draw decides both
  }
}
