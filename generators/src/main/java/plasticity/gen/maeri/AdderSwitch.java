package plasticity.gen.maeri;

import plasticity.hdl.Bool;
import plasticity.hdl.Module;
import plasticity.hdl.SInt;
import plasticity.hdl.UInt;

/**
 * A MAERI adder switch (docs/spec/maeri.md, "ART resource model" and "Adder switch
 * configuration"). Two 2-input adders, {@code a0 = left + right} and
 * {@code a1 = (near child alone with the link value, or split ? near : a0) + link_in}; each
 * output port takes the sum of the inputs its 7-bit configuration routes there. The up port and
 * the collection lanes are registered; the link output is combinational and never depends on the
 * link input, so a linked pair has no loop. Inside the fabric a switch may leave its ports
 * unregistered (the ART's {@code rnPipe}) and freezes its registers while {@code en} is low.
 */
public final class AdderSwitch extends Module {
  /** Destination codes of the configuration fields ([1:0] left, [3:2] right, [5:4] link). */
  static final int UP = 1;
  static final int LINK = 2;
  static final int COLLECT = 3;

  private final int width;
  public final UInt cfg;
  public final Bool valid;
  public final SInt left;
  public final SInt right;
  public final SInt linkIn;
  public final SInt linkOut;
  public final SInt up;
  public final SInt collect0;
  public final Bool collect0Valid;
  public final SInt collect1;
  public final Bool collect1Valid;
  /** Clock enable of every register; null unless built to stall. */
  public final Bool en;

  public AdderSwitch(int width, boolean leaf, LinkSide link) {
    this(width, leaf, link, true, false);
  }

  /**
   * @param registered whether the up port and the collection lanes are registered (else they are
   *     combinational, for the levels between the ART's pipeline registers)
   * @param stall whether the switch has an {@code en} input that freezes its registers
   */
  public AdderSwitch(int width, boolean leaf, LinkSide link, boolean registered, boolean stall) {
    this.width = width;
    param("W", width);
    param("LEAF", leaf ? 1 : 0);
    param("LINK", link.name());
    if (!registered) {
      param("COMB", 1);
    }
    if (stall && registered) {
      param("EN", 1);
    }
    doc("MAERI adder switch" + (leaf ? ", leaf level with two collection lanes" : "")
        + (link == LinkSide.NONE ? ", no forwarding link" : ", forwarding link on the " + link.name().toLowerCase()));

    cfg = in("cfg", UInt(7));
    if (!leaf && link == LinkSide.NONE) {
      cfg.allowUnused(); // bit 6 (split) means nothing to a switch with neither lanes nor link
    }
    valid = in("valid", Bool());
    left = in("left", SInt(width));
    right = in("right", SInt(width));
    linkIn = link == LinkSide.NONE ? null : in("link_in", SInt(width));
    linkOut = link == LinkSide.NONE ? null : out("link_out", SInt(width));
    up = out("up", SInt(width));
    collect0 = out("collect0", SInt(width));
    collect0Valid = out("collect0_valid", Bool());
    collect1 = leaf ? out("collect1", SInt(width)) : null;
    collect1Valid = leaf ? out("collect1_valid", Bool()) : null;
    en = stall && registered ? in("en", Bool()) : null;

    UInt leftTo = cfg.bits(1, 0).named("left_to");
    UInt rightTo = cfg.bits(3, 2).named("right_to");
    UInt linkTo = cfg.bits(5, 4).named("link_to");
    Bool split = leaf || link != LinkSide.NONE ? cfg.bit(6).named("split") : null;

    SInt a0 = left.plus(right).named("a0");
    SInt a1 = null;
    if (link != LinkSide.NONE) {
      UInt nearTo = link == LinkSide.RIGHT ? rightTo : leftTo;
      UInt farTo = link == LinkSide.RIGHT ? leftTo : rightTo;
      SInt near = link == LinkSide.RIGHT ? right : left;
      Bool nearAlone = nearTo.eq(linkTo).and(farTo.ne(linkTo)).or(split).named("near_alone");
      a1 = mux(nearAlone, near, a0).plus(linkIn).named("a1");
      linkOut.drive(port("to_link", leftTo, rightTo, null, LINK, a0, null));
    }

    up.drive(stage("up_q", port("to_up", leftTo, rightTo, linkTo, UP, a0, a1), registered));

    // Lane 0 takes what the fields route to COLLECT. With split (leaf adders only) the children
    // leave on separate lanes, and a collected link value joins the lane of the near child.
    SInt lane0 = port("to_collect", leftTo, rightTo, linkTo, COLLECT, a0, a1);
    if (leaf) {
      SInt leftLane = link == LinkSide.LEFT ? mux(linkTo.eq(COLLECT), a1, left) : left;
      SInt rightLane = link == LinkSide.RIGHT ? mux(linkTo.eq(COLLECT), a1, right) : right;
      lane0 = mux(split, leftLane, lane0).named("lane0");
      collect1.drive(stage("collect1_q", rightLane, registered));
      collect1Valid.drive(stage("collect1_valid_q", valid.and(split), registered));
    }
    collect0.drive(stage("collect0_q", lane0, registered));
    Bool collects = leftTo.eq(COLLECT).or(rightTo.eq(COLLECT)).or(linkTo.eq(COLLECT));
    collect0Valid.drive(stage("collect0_valid_q", valid.and(collects), registered));
  }

  /** {@code value} through a register (valid bits reset to 0, frozen while en is low), or as is. */
  @SuppressWarnings("unchecked")
  private <T extends plasticity.hdl.Data> T stage(String name, T value, boolean registered) {
    if (!registered) {
      return value;
    }
    if (value instanceof Bool b) {
      Bool q = reg(name, Bool()).init(0);
      if (en != null) {
        q.enable(en);
      }
      q.next(b);
      return (T) q;
    }
    SInt q = reg(name, SInt(width));
    if (en != null) {
      q.enable(en);
    }
    q.next(value);
    return (T) q;
  }

  /**
   * One output port: the sum of the inputs routed to {@code to}. The legal groups are single
   * inputs, {L, R} = a0, {near, F} = a1 and {L, R, F} = a1 (docs/spec/maeri.md).
   */
  private SInt port(String name, UInt leftTo, UInt rightTo, UInt linkTo, int to, SInt a0, SInt a1) {
    Bool l = leftTo.eq(to);
    Bool r = rightTo.eq(to);
    Bool f = linkTo == null ? False() : linkTo.eq(to);
    SInt v = wire(name, SInt(width));
    v.driveDefault(0);
    when(l.and(r).and(f.not()), () -> v.drive(a0));
    if (a1 != null) {
      when(f.and(l.or(r)), () -> v.drive(a1));
      when(f.and(l.not()).and(r.not()), () -> v.drive(linkIn));
    }
    when(l.and(r.not()).and(f.not()), () -> v.drive(left));
    when(r.and(l.not()).and(f.not()), () -> v.drive(right));
    return v;
  }
}
