package plasticity.gen.eve;

import plasticity.hdl.UInt;
import plasticity.hdl.Vec;

/**
 * An option of a choice table picked by an 8-bit draw (docs/spec/eve.md, "PRNG and draws"):
 * table[floor(r * n / 256)], n the table's option count (1..16).
 */
final class ChoicePick extends EveBlock {
  final UInt draw;
  final UInt count;
  final UInt table;
  final UInt code;

  ChoicePick() {
    doc("pick(r, n) into a 16-entry table of 4-bit codes");
    draw = in("draw", UInt(CODE));
    count = in("count", UInt(5));
    table = in("options", UInt(ChoiceRegs.OPTION * ChoiceRegs.OPTIONS));
    code = out("code", UInt(ChoiceRegs.OPTION));

    UInt index = draw.times(count).bits(11, 8).named("index"); // r * n < 256 * 16
    Vec<UInt> options = wireVec("option", ChoiceRegs.OPTIONS, UInt(ChoiceRegs.OPTION));
    for (int i = 0; i < ChoiceRegs.OPTIONS; i++) {
      options.get(i).drive(table.bits(ChoiceRegs.OPTION * i + 3, ChoiceRegs.OPTION * i));
    }
    code.drive(options.read(index));
  }
}
