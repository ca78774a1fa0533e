package plasticity.gen.maeri;

import java.util.ArrayList;
import java.util.List;
import plasticity.hdl.Bool;
import plasticity.hdl.Mem;
import plasticity.hdl.Module;
import plasticity.hdl.SInt;
import plasticity.hdl.UInt;

/**
 * MAERI's accumulation buffer (docs/spec/maeri.md, "Accumulation buffer"): one entry per output
 * index, each collection-bus line adding its sum (sign-extended to the entry width, wrapping
 * there) into the entry its tag names. An entry not written since {@code clear} reads as 0 and
 * starts afresh: that is how a folded VN's first pass begins. Each read port j reads entry
 * {@code rd_addr_j} combinationally ({@code rd_valid_j}: it holds a sum), and with {@code take_j}
 * the entry starts afresh from the next cycle, as after a clear.
 */
public final class AccumulationBuffer extends Module {
  public final List<Bool> lineValid = new ArrayList<>();
  public final List<UInt> lineVn = new ArrayList<>();
  public final List<SInt> lineSum = new ArrayList<>();
  public final Bool clear;
  public final List<UInt> rdAddr = new ArrayList<>();
  public final List<Bool> take = new ArrayList<>();
  public final List<SInt> rdData = new ArrayList<>();
  public final List<Bool> rdValid = new ArrayList<>();

  /**
   * @param depth the entries, a power of two (ACCD)
   * @param lines the collection-bus lines that write it, rnBw, and as many read ports
   * @param sumWidth ACC, the width of a line's sum
   * @param entryWidth BUFW >= ACC, the width of an entry
   */
  public AccumulationBuffer(int depth, int lines, int sumWidth, int entryWidth) {
    param("D", depth);
    param("LINES", lines);
    param("ACC", sumWidth);
    param("W", entryWidth);
    int addrBits = Integer.numberOfTrailingZeros(depth);
    doc("MAERI accumulation buffer: " + depth + " entries of " + entryWidth + " bits, " + lines
        + " accumulating write port(s) and as many read ports");
    for (int j = 0; j < lines; j++) {
      lineValid.add(in("line_" + j + "_valid", Bool()));
      lineVn.add(in("line_" + j + "_vn", UInt(addrBits)));
      lineSum.add(in("line_" + j + "_sum", SInt(sumWidth)));
    }
    clear = in("clear", Bool());
    for (int j = 0; j < lines; j++) {
      rdAddr.add(in("rd_addr_" + j, UInt(addrBits)));
      take.add(in("take_" + j, Bool()));
      rdData.add(out("rd_data_" + j, SInt(entryWidth)));
      rdValid.add(out("rd_valid_" + j, Bool()));
    }

    Mem<SInt> entry = mem("entry", SInt(entryWidth), depth);
    // Bit e: entry e holds a sum written since the last clear (else it reads as 0).
    UInt written = reg("written", UInt(depth)).init(0);

    // The entries that keep their sum past this cycle: written, not cleared, not taken.
    UInt taken = U(0, depth);
    for (int j = 0; j < lines; j++) {
      taken = taken.or(mux(take.get(j), U(1, depth).shl(rdAddr.get(j)), U(0, depth)));
    }
    UInt takenMask = taken.named("taken");
    UInt kept = mux(clear, U(0, depth), written.and(takenMask.not())).named("kept");
    UInt hits = kept;
    for (int j = 0; j < lines; j++) {
      UInt tag = lineVn.get(j);
      Bool fresh = kept.shr(tag).bit(0).not().named("fresh_" + j);
      SInt base = mux(fresh, S(0, entryWidth), entry.read(tag)).named("base_" + j);
      SInt total = base.plus(lineSum.get(j).extendTo(entryWidth)).named("total_" + j);
      when(lineValid.get(j), () -> entry.write(tag, total));
      hits = hits.or(mux(lineValid.get(j), U(1, depth).shl(tag), U(0, depth)));
    }
    written.next(hits);
    for (int j = 0; j < lines; j++) {
      UInt at = rdAddr.get(j);
      Bool holds = written.shr(at).bit(0).named("holds_" + j);
      rdData.get(j).drive(mux(holds, entry.read(at), S(0, entryWidth)));
      rdValid.get(j).drive(holds);
    }
  }
}
