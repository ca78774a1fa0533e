package plasticity.gen.maeri;

import java.util.ArrayList;
import java.util.List;
import plasticity.hdl.Bool;
import plasticity.hdl.Module;
import plasticity.hdl.SInt;
import plasticity.hdl.UInt;
import plasticity.hdl.Vec;

/**
 * MAERI's augmented reduction tree (docs/spec/maeri.md, "ART"): N - 1 adder switches in
 * log2(N) levels, forwarding links between adjacent switches that do not share a parent, and a
 * collection port on every switch (two at the leaf level). One 7-bit configuration word per
 * switch, {@code cfg_<id>} in heap order; a product vector may enter every cycle; a VN collected
 * at level l shows on {@code col_<id>} with {@code col_<id>_valid} L - l cycles after its
 * products entered.
 */
public final class Art extends Module {
  public Art(ArtConfig c) {
    param("N", c.leaves());
    param("W", c.width());
    doc("MAERI augmented reduction tree, " + c.leaves() + " leaves, " + c.width() + "-bit sums");
    int levels = c.levels();

    Bool inValid = in("in_valid", Bool());
    Vec<SInt> products = inVec("prod", c.leaves(), SInt(c.width()));
    List<UInt> cfg = new ArrayList<>();
    for (int id = 0; id < c.leaves() - 1; id++) {
      cfg.add(in("cfg_" + id, UInt(7)));
    }

    // Build the levels from the leaves up: each level's inputs are the outputs below it.
    List<SInt> below = new ArrayList<>(products);
    Bool validBelow = inValid;
    List<List<AdderSwitch>> switches = new ArrayList<>();
    for (int level = levels - 1; level >= 0; level--) {
      List<AdderSwitch> row = new ArrayList<>();
      for (int i = 0; i < (1 << level); i++) {
        AdderSwitch s = instance("as_l" + level + "_" + i,
            new AdderSwitch(c.width(), level == levels - 1, ArtConfig.link(level, i)));
        s.cfg.drive(cfg.get(ArtConfig.id(level, i)));
        s.valid.drive(validBelow);
        s.left.drive(below.get(2 * i));
        s.right.drive(below.get(2 * i + 1));
        row.add(s);
      }
      for (int i = 1; i + 1 < row.size(); i += 2) {
        row.get(i).linkIn.drive(row.get(i + 1).linkOut);
        row.get(i + 1).linkIn.drive(row.get(i).linkOut);
      }
      for (int i = 0; i < row.size(); i++) {
        AdderSwitch s = row.get(i);
        String name = "col_" + ArtConfig.id(level, i);
        out(name, SInt(c.width())).drive(s.collect0);
        out(name + "_valid", Bool()).drive(s.collect0Valid);
        if (s.collect1 != null) {
          out(name + "_1", SInt(c.width())).drive(s.collect1);
          out(name + "_1_valid", Bool()).drive(s.collect1Valid);
        }
      }
      below = new ArrayList<>();
      for (AdderSwitch s : row) {
        below.add(s.up);
      }
      if (level > 0) {
        Bool valid = reg("valid_l" + level, Bool()).init(0);
        valid.next(validBelow);
        validBelow = valid;
      }
      switches.add(row);
    }
    // The root's up port has nowhere to go: a VN always leaves through a collection port.
  }
}
