package plasticity.gen.maeri;

import plasticity.hdl.Bool;
import plasticity.hdl.Module;
import plasticity.hdl.SInt;
import plasticity.hdl.UInt;

/**
 * A MAERI multiplier switch (docs/spec/maeri.md, "Multiplier switches"): a stationary weight
 * loaded by WEIGHT words, an activation from the DN or from the right neighbour's link
 * ({@code ctl[0]}), the registered product {@code weight * act} sign-extended to ACC bits, and the
 * used activation sent on to the left neighbour when {@code ctl[1]}. The first MS has no link
 * output, the last no link input.
 */
public final class MultiplierSwitch extends Module {
  public final Bool dnValid;
  public final Bool dnKind;
  public final SInt dnData;
  public final UInt ctl;
  public final SInt linkIn;
  public final Bool linkInValid;
  public final SInt linkOut;
  public final Bool linkOutValid;
  public final SInt prod;
  public final Bool prodValid;
  /** Clock enable of every register (the fabric's advance); null unless built to stall. */
  public final Bool en;

  public MultiplierSwitch(int w, int acc, boolean hasLinkIn, boolean hasLinkOut) {
    this(w, acc, hasLinkIn, hasLinkOut, false);
  }

  /** @param stall whether an {@code en} input freezes every register */
  public MultiplierSwitch(int w, int acc, boolean hasLinkIn, boolean hasLinkOut, boolean stall) {
    param("W", w);
    param("ACC", acc);
    param("IN", hasLinkIn ? 1 : 0);
    param("OUT", hasLinkOut ? 1 : 0);
    if (stall) {
      param("EN", 1);
    }
    doc("MAERI multiplier switch, " + w + "-bit operands, " + acc + "-bit product"
        + (hasLinkIn ? "" : ", no right neighbour") + (hasLinkOut ? "" : ", no left neighbour"));
    dnValid = in("dn_valid", Bool());
    dnKind = in("dn_kind", Bool());
    dnData = in("dn_data", SInt(w));
    ctl = in("ctl", UInt(2));
    if (!hasLinkOut) {
      ctl.allowUnused(); // bit 1 (send) means nothing without a left neighbour
    }
    linkIn = hasLinkIn ? in("link_in", SInt(w)) : null;
    linkInValid = hasLinkIn ? in("link_in_valid", Bool()) : null;
    linkOut = hasLinkOut ? out("link_out", SInt(w)) : null;
    linkOutValid = hasLinkOut ? out("link_out_valid", Bool()) : null;
    prod = out("prod", SInt(acc));
    prodValid = out("prod_valid", Bool());
    en = stall ? in("en", Bool()) : null;

    Bool fromLink = ctl.bit(0).named("from_link");
    Bool dnWeight = dnValid.and(dnKind).named("dn_weight");
    Bool dnAct = dnValid.and(dnKind.not()).named("dn_act");
    SInt act = hasLinkIn ? mux(fromLink, linkIn, dnData).named("act") : dnData;
    // The last MS has no right neighbour: with src = LINK it never fires.
    Bool fire = (hasLinkIn ? mux(fromLink, linkInValid, dnAct) : dnAct.and(fromLink.not())).named("fire");

    SInt weight = reg("weight", SInt(w)).init(0).enable(gated(dnWeight));
    weight.next(dnData);
    SInt prodQ = reg("prod_q", SInt(acc)).init(0).enable(gated(fire));
    prodQ.next(weight.times(act).extendTo(acc)); // the old weight: a load takes effect next cycle
    Bool prodValidQ = reg("prod_valid_q", Bool()).init(0);
    if (en != null) {
      prodValidQ.enable(en);
    }
    prodValidQ.next(fire);
    prod.drive(prodQ);
    prodValid.drive(prodValidQ);

    if (hasLinkOut) {
      Bool send = fire.and(ctl.bit(1)).named("send");
      SInt fwd = reg("fwd", SInt(w)).enable(gated(send));
      fwd.next(act);
      Bool fwdValid = reg("fwd_valid", Bool()).init(0);
      if (en != null) {
        fwdValid.enable(en);
      }
      fwdValid.next(send);
      linkOut.drive(fwd);
      linkOutValid.drive(fwdValid);
    }
  }

  /** A register enable, and the fabric's advance when the switch can stall. */
  private Bool gated(Bool enable) {
    return en == null ? enable : en.and(enable);
  }
}
