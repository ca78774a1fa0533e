package plasticity.gen.maeri;

import java.util.ArrayList;
import java.util.List;
import plasticity.hdl.Bool;
import plasticity.hdl.Module;
import plasticity.hdl.SInt;
import plasticity.hdl.UInt;

/**
 * MAERI's collection bus (docs/spec/maeri.md, "Collection bus"): the ART's collection lanes onto
 * {@code rnBw} lines. Each cycle the first rnBw pending lanes, in lane order, go out on lines 0,
 * 1, ..., each with its tag. A lane's result is pending from the first cycle it shows after an
 * advance until a line takes it; a result left waiting is captured with its tag in the bus's
 * register for its lane. {@code advance} is low only when a
 * waiting result's lane could get another at the next advance ({@code incoming_k}: a valid wave
 * one stage behind it), so nothing is lost.
 */
public final class CollectionBus extends Module {
  public final List<SInt> lane = new ArrayList<>();
  public final List<Bool> laneValid = new ArrayList<>();
  public final List<UInt> tag = new ArrayList<>();
  public final List<Bool> incoming = new ArrayList<>();
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
    doc("MAERI collection bus: " + lanes + " collection lanes onto " + lines + " line(s), the first pending"
        + " lanes in lane order, a waiting result held in the bus, the fabric held still only when its lane could"
        + " get another");
    for (int k = 0; k < lanes; k++) {
      lane.add(in("lane_" + k, SInt(width)));
      laneValid.add(in("lane_" + k + "_valid", Bool()));
      tag.add(in("tag_" + k, UInt(tagBits)));
      incoming.add(in("incoming_" + k, Bool()));
    }
    advance = out("advance", Bool());

    // A lane's candidate: the result the bus holds for it, else the one it shows for the first
    // time (in the first cycle after an advance). The advance rule keeps them from meeting.
    Bool advanced = reg("advanced", Bool()).init(0);
    List<Bool> pending = new ArrayList<>();
    List<Bool> held = new ArrayList<>();
    List<SInt> candSum = new ArrayList<>();
    List<UInt> candTag = new ArrayList<>();
    for (int k = 0; k < lanes; k++) {
      Bool h = reg("held_" + k, Bool()).init(0);
      SInt hs = reg("held_sum_" + k, SInt(width));
      UInt ht = reg("held_tag_" + k, UInt(tagBits));
      held.add(h);
      pending.add(h.or(advanced.and(laneValid.get(k))).named("pending_" + k));
      SInt sum = mux(h, hs, lane.get(k)).named("cand_sum_" + k);
      UInt t = mux(h, ht, tag.get(k)).named("cand_tag_" + k);
      hs.next(sum);
      ht.next(t);
      candSum.add(sum);
      candTag.add(t);
    }

    // Compaction: the first rnBw pending lanes, in lane order, go out on lines 0, 1, ...; rank_k
    // counts the pending lanes before k (saturating at rnBw), so lane k is granted line rank_k
    // when rank_k < rnBw, and waits otherwise.
    int rankBits = 32 - Integer.numberOfLeadingZeros(lines);
    UInt rank = U(0, rankBits);
    List<Bool> blocking = new ArrayList<>();
    List<Bool> grants = new ArrayList<>();
    List<UInt> ranks = new ArrayList<>();
    for (int k = 0; k < lanes; k++) {
      ranks.add(rank);
      if (k < lines) {
        grants.add(pending.get(k)); // fewer than rnBw lanes come before it
        held.get(k).next(False());
        incoming.get(k).allowUnused();
        if (k + 1 < lanes) {
          rank = mux(pending.get(k), rank.plus(1), rank).named("rank_" + (k + 1));
        }
        continue;
      }
      Bool free = rank.lt(lines);
      Bool grant = pending.get(k).and(free).named("grant_" + k);
      Bool wait = pending.get(k).and(free.not()).named("wait_" + k);
      grants.add(grant);
      held.get(k).next(wait);
      blocking.add(wait.and(incoming.get(k)));
      if (k + 1 < lanes) {
        rank = mux(grant, rank.plus(1), rank).named("rank_" + (k + 1));
      }
    }
    for (int j = 0; j < lines; j++) {
      Bool valid = out("line_" + j + "_valid", Bool());
      UInt vn = out("line_" + j + "_vn", UInt(tagBits));
      SInt sum = out("line_" + j + "_sum", SInt(width));
      lineValid.add(valid);
      lineVn.add(vn);
      lineSum.add(sum);
      Bool any = False();
      UInt pickedVn = U(0, tagBits);
      SInt pickedSum = S(0, width);
      for (int k = j; k < lanes; k++) { // lane k has at most k lanes before it
        Bool here = grants.get(k).and(ranks.get(k).eq(j)).named("line_" + j + "_from_" + k);
        any = any.or(here);
        pickedVn = mux(here, candTag.get(k), pickedVn);
        pickedSum = mux(here, candSum.get(k), pickedSum);
      }
      valid.drive(any);
      vn.drive(pickedVn);
      sum.drive(pickedSum);
    }
    Bool anyBlocking = blocking.isEmpty() ? False() : blocking.get(0);
    for (Bool b : blocking.subList(Math.min(1, blocking.size()), blocking.size())) {
      anyBlocking = anyBlocking.or(b);
    }
    advance.drive(anyBlocking.not().named("none_blocking"));
    advanced.next(advance);
  }
}
