package plasticity.gen.maeri;

import java.util.ArrayList;
import java.util.List;
import plasticity.hdl.Bool;
import plasticity.hdl.Module;
import plasticity.hdl.SInt;
import plasticity.hdl.UInt;

/**
 * MAERI's collection bus (docs/spec/maeri.md, "Collection bus"): the ART's collection lanes onto
 * {@code rnBw} lines. Lane k is wired to line k mod rnBw; each line carries, per cycle, the first
 * pending lane of its own in lane order, with that lane's tag. A lane's result is pending from
 * the first cycle it shows after an advance until its line takes it. {@code advance} is high when
 * no pending result is left waiting, and the fabric moves only then, so the ART's lanes hold a
 * waiting result still and nothing is lost.
 */
public final class CollectionBus extends Module {
  public final List<SInt> lane = new ArrayList<>();
  public final List<Bool> laneValid = new ArrayList<>();
  public final List<UInt> tag = new ArrayList<>();
  public final List<Bool> lineValid = new ArrayList<>();
  public final List<UInt> lineVn = new ArrayList<>();
  public final List<SInt> lineSum = new ArrayList<>();
  public final Bool advance;

  /**
   * @param lanes the collection lanes, 3N/2 - 1
   * @param lines rnBw, 1..lanes
   * @param width ACC, the width of a sum
   * @param tagBits the width of a tag (an accumulation-buffer address)
   */
  public CollectionBus(int lanes, int lines, int width, int tagBits) {
    param("LANES", lanes);
    param("LINES", lines);
    param("W", width);
    param("T", tagBits);
    doc("MAERI collection bus: " + lanes + " collection lanes onto " + lines + " line(s), fixed priority"
        + " per line, the fabric held still while a result waits");
    for (int k = 0; k < lanes; k++) {
      lane.add(in("lane_" + k, SInt(width)));
      laneValid.add(in("lane_" + k + "_valid", Bool()));
      tag.add(in("tag_" + k, UInt(tagBits)));
    }
    advance = out("advance", Bool());

    // A result is pending in the first cycle after an advance (the lanes show new values), and
    // then for as long as its line has not taken it (the lanes hold still meanwhile).
    Bool advanced = reg("advanced", Bool()).init(0);
    List<Bool> pending = new ArrayList<>();
    List<Bool> held = new ArrayList<>();
    for (int k = 0; k < lanes; k++) {
      Bool h = reg("held_" + k, Bool()).init(0);
      held.add(h);
      pending.add(mux(advanced, laneValid.get(k), h).named("pending_" + k));
    }

    List<Bool> waiting = new ArrayList<>();
    for (int j = 0; j < lines; j++) {
      Bool valid = out("line_" + j + "_valid", Bool());
      UInt vn = out("line_" + j + "_vn", UInt(tagBits));
      SInt sum = out("line_" + j + "_sum", SInt(width));
      lineValid.add(valid);
      lineVn.add(vn);
      lineSum.add(sum);
      // Fixed priority: the lowest lane of the line that is pending takes it.
      Bool taken = null; // some lane before k on this line is pending
      UInt pickedVn = U(0, tagBits);
      SInt pickedSum = S(0, width);
      for (int k = j; k < lanes; k += lines) {
        Bool grant = taken == null ? pending.get(k) : pending.get(k).and(taken.not()).named("grant_" + k);
        if (taken != null) {
          waiting.add(pending.get(k).and(taken).named("wait_" + k));
        }
        held.get(k).next(pending.get(k).and(grant.not()));
        pickedVn = mux(grant, tag.get(k), pickedVn);
        pickedSum = mux(grant, lane.get(k), pickedSum);
        taken = taken == null ? pending.get(k) : taken.or(pending.get(k));
      }
      valid.drive(taken);
      vn.drive(pickedVn);
      sum.drive(pickedSum);
    }
    Bool anyWaiting = waiting.isEmpty() ? False() : waiting.get(0);
    for (Bool w : waiting.subList(Math.min(1, waiting.size()), waiting.size())) {
      anyWaiting = anyWaiting.or(w);
    }
    advance.drive(anyWaiting.not().named("none_waiting"));
    advanced.next(advance);
  }
}
