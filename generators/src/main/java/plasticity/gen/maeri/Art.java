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
 * switch, {@code cfg_<id>} in heap order; a product vector may enter every cycle. With the
 * default pipelining every level is registered, and a VN collected at level l shows on
 * {@code col_<id>} with {@code col_<id>_valid} L - l cycles after its products entered; with
 * {@code pipe} = k a level is registered after every k levels from the leaf adders (none for 0),
 * and it shows floor((L - l) / k) cycles after ("Pipelining: rnPipe").
 */
public final class Art extends Module {
  /** The collection lanes in lane order (docs/spec/maeri.md, "Collection bus"), with valid bits. */
  public final List<SInt> lanes = new ArrayList<>();
  public final List<Bool> laneValid = new ArrayList<>();
  /** Clock enable of every register; null unless built to stall. */
  public final Bool en;
  public final Bool inValid;
  public final Vec<SInt> prod;
  public final List<UInt> cfg = new ArrayList<>();

  public Art(ArtConfig c) {
    this(c, 1, false);
  }

  /**
   * @param pipe k: a register level after every k adder levels, counted from the leaf adders;
   *     0 = a combinational tree
   * @param stall whether an {@code en} input freezes every register (the fabric's advance)
   */
  public Art(ArtConfig c, int pipe, boolean stall) {
    param("N", c.leaves());
    param("W", c.width());
    if (pipe != 1) {
      param("PIPE", pipe);
    }
    if (stall) {
      param("EN", 1);
    }
    doc("MAERI augmented reduction tree, " + c.leaves() + " leaves, " + c.width() + "-bit sums"
        + (pipe == 1 ? "" : pipe == 0 ? ", no pipeline register" : ", a register after every " + pipe + " levels"));
    int levels = c.levels();

    inValid = in("in_valid", Bool());
    prod = inVec("prod", c.leaves(), SInt(c.width()));
    for (int id = 0; id < c.leaves() - 1; id++) {
      cfg.add(in("cfg_" + id, UInt(7)));
    }
    en = stall && pipe > 0 ? in("en", Bool()) : null;

    // Build the levels from the leaves up: each level's inputs are the outputs below it.
    List<SInt> below = new ArrayList<>(prod);
    Bool validBelow = inValid;
    List<SInt> lane1 = new ArrayList<>();
    List<Bool> lane1Valid = new ArrayList<>();
    SInt[] lane0 = new SInt[c.leaves() - 1];
    Bool[] lane0Valid = new Bool[c.leaves() - 1];
    for (int level = levels - 1; level >= 0; level--) {
      boolean registered = pipe > 0 && (levels - level) % pipe == 0;
      List<AdderSwitch> row = new ArrayList<>();
      for (int i = 0; i < (1 << level); i++) {
        AdderSwitch s = instance("as_l" + level + "_" + i,
            new AdderSwitch(c.width(), level == levels - 1, ArtConfig.link(level, i), registered, stall));
        s.cfg.drive(cfg.get(ArtConfig.id(level, i)));
        s.valid.drive(validBelow);
        s.left.drive(below.get(2 * i));
        s.right.drive(below.get(2 * i + 1));
        if (s.en != null) {
          s.en.drive(en);
        }
        row.add(s);
      }
      for (int i = 1; i + 1 < row.size(); i += 2) {
        row.get(i).linkIn.drive(row.get(i + 1).linkOut);
        row.get(i + 1).linkIn.drive(row.get(i).linkOut);
      }
      for (int i = 0; i < row.size(); i++) {
        AdderSwitch s = row.get(i);
        String name = "col_" + ArtConfig.id(level, i);
        lane0[ArtConfig.id(level, i)] = out(name, SInt(c.width()));
        lane0[ArtConfig.id(level, i)].drive(s.collect0);
        lane0Valid[ArtConfig.id(level, i)] = out(name + "_valid", Bool());
        lane0Valid[ArtConfig.id(level, i)].drive(s.collect0Valid);
        if (s.collect1 != null) {
          lane1.add(out(name + "_1", SInt(c.width())));
          lane1.get(lane1.size() - 1).drive(s.collect1);
          lane1Valid.add(out(name + "_1_valid", Bool()));
          lane1Valid.get(lane1Valid.size() - 1).drive(s.collect1Valid);
        }
      }
      below = new ArrayList<>();
      for (AdderSwitch s : row) {
        below.add(s.up);
      }
      if (level > 0 && registered) {
        Bool valid = reg("valid_l" + level, Bool()).init(0);
        if (en != null) {
          valid.enable(en);
        }
        valid.next(validBelow);
        validBelow = valid;
      }
    }
    // The root's up port has nowhere to go: a VN always leaves through a collection port.
    lanes.addAll(List.of(lane0));
    laneValid.addAll(List.of(lane0Valid));
    lanes.addAll(lane1);
    laneValid.addAll(lane1Valid);
  }
}
