package plasticity.gen.maeri;

import java.util.ArrayList;
import java.util.List;
import plasticity.hdl.Bool;
import plasticity.hdl.Module;
import plasticity.hdl.UInt;

/**
 * MAERI's front end (docs/spec/maeri.md, "Distribution network" and "Multiplier switches"):
 * {@code dnBw} distribution trees, each from root port {@code dn_word_<r>} to N/dnBw multiplier
 * switches, and the N multiplier switches joined right to left by their links. Outputs are the N
 * registered products {@code prod_<i>} with {@code prod_<i>_valid}, ready for the ART.
 */
public final class MaeriFrontEnd extends Module {
  public MaeriFrontEnd(FrontEndConfig c) {
    param("N", c.n());
    param("W", c.w());
    param("ACC", c.acc());
    param("BW", c.dnBw());
    param("PIPE", c.dnPipe());
    doc("MAERI distribution network and multiplier switches: " + c.n() + " MSs, " + c.dnBw()
        + " DN tree(s), " + c.w() + "-bit operands, " + c.acc() + "-bit products");
    int s = c.treeSize();

    List<DistributionTree> trees = new ArrayList<>();
    for (int r = 0; r < c.dnBw(); r++) {
      DistributionTree t = instance("dn_" + r, new DistributionTree(s, c.w(), c.dnPipe()));
      t.inValid.drive(in("dn_valid_" + r, Bool()));
      t.inWord.drive(in("dn_word_" + r, UInt(s + c.w() + 1)));
      trees.add(t);
    }
    List<MultiplierSwitch> ms = new ArrayList<>();
    for (int i = 0; i < c.n(); i++) {
      MultiplierSwitch m = instance("ms_" + i, new MultiplierSwitch(c.w(), c.acc(), i + 1 < c.n(), i > 0));
      DistributionTree t = trees.get(i / s);
      m.dnValid.drive(t.outValid.get(i % s));
      m.dnKind.drive(t.outKind.get(i % s));
      m.dnData.drive(t.outData.get(i % s));
      m.ctl.drive(in("ctl_" + i, UInt(2)));
      ms.add(m);
    }
    for (int i = 0; i < c.n(); i++) {
      MultiplierSwitch m = ms.get(i);
      if (i + 1 < c.n()) {
        m.linkIn.drive(ms.get(i + 1).linkOut);
        m.linkInValid.drive(ms.get(i + 1).linkOutValid);
      }
      out("prod_" + i, SInt(c.acc())).drive(m.prod);
      out("prod_" + i + "_valid", Bool()).drive(m.prodValid);
    }
  }
}
