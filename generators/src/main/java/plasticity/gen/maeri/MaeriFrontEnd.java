package plasticity.gen.maeri;

import java.util.ArrayList;
import java.util.List;
import plasticity.hdl.Bool;
import plasticity.hdl.Module;
import plasticity.hdl.SInt;
import plasticity.hdl.UInt;

/**
 * MAERI's front end (docs/spec/maeri.md, "Distribution network" and "Multiplier switches"):
 * {@code dnBw} distribution trees, each from root port {@code dn_word_<r>} to N/dnBw multiplier
 * switches, and the N multiplier switches joined right to left by their links. Outputs are the N
 * registered products {@code prod_<i>} with {@code prod_<i>_valid}, ready for the ART. Inside the
 * fabric, {@code en} freezes every register (docs/spec/maeri.md, "Collection bus").
 */
public final class MaeriFrontEnd extends Module {
  public final List<Bool> dnValid = new ArrayList<>();
  public final List<UInt> dnWord = new ArrayList<>();
  public final List<UInt> ctl = new ArrayList<>();
  public final List<SInt> prod = new ArrayList<>();
  public final List<Bool> prodValid = new ArrayList<>();
  /** Clock enable of every register; null unless built to stall. */
  public final Bool en;

  public MaeriFrontEnd(FrontEndConfig c) {
    this(c, false);
  }

  /** @param stall whether an {@code en} input freezes every register */
  public MaeriFrontEnd(FrontEndConfig c, boolean stall) {
    param("N", c.n());
    param("W", c.w());
    param("ACC", c.acc());
    param("BW", c.dnBw());
    param("PIPE", c.dnPipe());
    if (stall) {
      param("EN", 1);
    }
    doc("MAERI distribution network and multiplier switches: " + c.n() + " MSs, " + c.dnBw()
        + " DN tree(s), " + c.w() + "-bit operands, " + c.acc() + "-bit products");
    int s = c.treeSize();

    List<DistributionTree> trees = new ArrayList<>();
    for (int r = 0; r < c.dnBw(); r++) {
      DistributionTree t = instance("dn_" + r, new DistributionTree(s, c.w(), c.dnPipe(), stall));
      dnValid.add(in("dn_valid_" + r, Bool()));
      dnWord.add(in("dn_word_" + r, UInt(s + c.w() + 1)));
      t.inValid.drive(dnValid.get(r));
      t.inWord.drive(dnWord.get(r));
      trees.add(t);
    }
    List<MultiplierSwitch> ms = new ArrayList<>();
    for (int i = 0; i < c.n(); i++) {
      MultiplierSwitch m = instance("ms_" + i, new MultiplierSwitch(c.w(), c.acc(), i + 1 < c.n(), i > 0, stall));
      DistributionTree t = trees.get(i / s);
      m.dnValid.drive(t.outValid.get(i % s));
      m.dnKind.drive(t.outKind.get(i % s));
      m.dnData.drive(t.outData.get(i % s));
      ctl.add(in("ctl_" + i, UInt(2)));
      m.ctl.drive(ctl.get(i));
      ms.add(m);
    }
    en = stall ? in("en", Bool()) : null;
    if (en != null) {
      trees.stream().filter(t -> t.en != null).forEach(t -> t.en.drive(en));
      ms.forEach(m -> m.en.drive(en));
    }
    for (int i = 0; i < c.n(); i++) {
      MultiplierSwitch m = ms.get(i);
      if (i + 1 < c.n()) {
        m.linkIn.drive(ms.get(i + 1).linkOut);
        m.linkInValid.drive(ms.get(i + 1).linkOutValid);
      }
      prod.add(out("prod_" + i, SInt(c.acc())));
      prodValid.add(out("prod_" + i + "_valid", Bool()));
      prod.get(i).drive(m.prod);
      prodValid.get(i).drive(m.prodValid);
    }
  }
}
