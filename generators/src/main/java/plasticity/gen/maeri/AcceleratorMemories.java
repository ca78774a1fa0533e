package plasticity.gen.maeri;

import java.util.ArrayList;
import java.util.List;
import plasticity.hdl.Bool;
import plasticity.hdl.Data;
import plasticity.hdl.HwType;
import plasticity.hdl.Mem;
import plasticity.hdl.Module;
import plasticity.hdl.SInt;
import plasticity.hdl.UInt;

/**
 * The MAERI accelerator's memories (docs/spec/maeri.md, "Memories and parameters"): every one an
 * SRAM macro with one write port and one registered read port, arranged so that the controller
 * sees what a combinational read would show, in the same cycle.
 *
 * <ul>
 *   <li>Program memory: two banks, even and odd rows, both read every cycle at the address the
 *       controller presents for the next cycle ({@code fetch_addr}): {@code row} is that row and
 *       {@code next_row} the one after it. The banks read write-first (a write in the reading
 *       cycle is forwarded), so a row written in the cycle of {@code start} is seen.
 *   <li>Weight and input buffers, one copy per DN root: read one cycle ahead, at the address of
 *       the row the controller will act on ({@code buf_addr_r}); {@code weight_r}, {@code input_r}
 *       show those words the next cycle.
 *   <li>Configuration table: read by {@code cfg_read}; {@code entry} holds the word read last.
 *   <li>Output buffer, two copies (the host's read port, the drains' read port): a drain reads its
 *       base in its own cycle and writes the sum in the next, forwarded to reads that would miss it.
 * </ul>
 */
final class AcceleratorMemories extends Module {
  final Bool hostWrite;
  final UInt wrSel;
  final UInt wrAddr;
  final Bool wrLast;
  final UInt wrData;
  final UInt fetchAddr;
  final UInt row;
  final UInt nextRow;
  final List<UInt> bufAddr = new ArrayList<>();
  final List<SInt> weight = new ArrayList<>();
  final List<SInt> input = new ArrayList<>();
  final Bool cfgRead;
  final UInt cfgIndex;
  final UInt entry;
  final UInt tableWritten;
  final Bool drain;
  final UInt drainAddr;
  final Bool drainAdd;
  final SInt accData;
  final UInt rdAddr;
  final SInt rdData;

  AcceleratorMemories(AcceleratorConfig c) {
    FabricConfig f = c.fabric();
    int w = f.w();
    int bufW = f.bufW();
    int pcBits = AcceleratorConfig.bits(c.programDepth());
    int cfgBits = AcceleratorConfig.bits(c.configDepth());
    int outBits = AcceleratorConfig.bits(c.outputDepth());
    int rowBits = c.rowBits();
    param("N", f.n());
    param("W", w);
    param("BUFW", bufW);
    param("DNBW", f.dnBw());
    param("WD", c.weightDepth());
    param("ID", c.inputDepth());
    param("OD", c.outputDepth());
    param("PD", c.programDepth());
    param("CD", c.configDepth());
    doc("MAERI accelerator memories: SRAM macros read one cycle ahead, so the controller sees each word in the"
        + " cycle it acts");

    hostWrite = in("host_write", Bool());
    wrSel = in("wr_sel", UInt(2));
    wrAddr = in("wr_addr", UInt(c.hostAddrBits()));
    wrLast = in("wr_last", Bool());
    wrData = in("wr_data", UInt(AcceleratorConfig.CHUNK));
    fetchAddr = in("fetch_addr", UInt(pcBits));
    row = out("row", UInt(rowBits));
    nextRow = out("next_row", UInt(rowBits));
    for (int r = 0; r < f.dnBw(); r++) {
      bufAddr.add(in("buf_addr_" + r, UInt(c.bufferAddrBits())));
      weight.add(out("weight_" + r, SInt(w)));
      input.add(out("input_" + r, SInt(w)));
    }
    cfgRead = in("cfg_read", Bool());
    cfgIndex = in("cfg_index", UInt(cfgBits));
    entry = out("entry", UInt(c.entryBits()));
    tableWritten = out("table_written", UInt(c.configDepth()));
    drain = in("drain", Bool());
    drainAddr = in("drain_addr", UInt(outBits));
    drainAdd = in("drain_add", Bool());
    accData = in("acc_data", SInt(bufW));
    rdAddr = in("rd_addr", UInt(outBits));
    rdData = out("rd_data", SInt(bufW));

    // Host writes: a buffer takes the low W bits; entries and rows wider than the port come as
    // chunks, low first: all but the last are staged.
    SInt wrValue = wrData.bits(w - 1, 0).asSInt();
    wrData.allowUnused(); // a buffer write uses the low W bits
    int stagedChunks = Math.max(chunks(c.entryBits()), chunks(rowBits)) - 1;
    UInt staging = null;
    if (stagedChunks > 0) {
      int stagedBits = stagedChunks * AcceleratorConfig.CHUNK;
      UInt stage = reg("staging", UInt(stagedBits));
      staging = stage;
      UInt shifted = stagedChunks == 1 ? wrData : cat(wrData, stage.bits(stagedBits - 1, AcceleratorConfig.CHUNK)).asUInt();
      when(hostWrite.and(wrSel.bit(1)).and(wrLast.not()), () -> stage.next(shifted));
    }
    UInt entryValue = assemble(staging, wrData, c.entryBits());
    UInt rowValue = assemble(staging, wrData, rowBits);

    // Weight and input buffers: each root's copies read at the address it will issue next cycle.
    for (int r = 0; r < f.dnBw(); r++) {
      Mem<SInt> wb = sram("weights_" + r, SInt(w), c.weightDepth());
      Mem<SInt> ib = sram("inputs_" + r, SInt(w), c.inputDepth());
      when(hostWrite.and(wrSel.eq(0)), () -> wb.write(wrAddr.resize(wb.addressWidth()), wrValue));
      when(hostWrite.and(wrSel.eq(1)), () -> ib.write(wrAddr.resize(ib.addressWidth()), wrValue));
      weight.get(r).drive(wb.readSync("weight_q_" + r, bufAddr.get(r).resize(wb.addressWidth())));
      input.get(r).drive(ib.readSync("input_q_" + r, bufAddr.get(r).resize(ib.addressWidth())));
    }

    // Configuration table, and which entries the host wrote since reset.
    Mem<UInt> table = sram("config_table", UInt(c.entryBits()), c.configDepth());
    UInt written = reg("written", UInt(c.configDepth())).init(0);
    UInt tableAddr = wrAddr.resize(cfgBits);
    when(hostWrite.and(wrLast).and(wrSel.eq(2)), () -> {
      table.write(tableAddr, entryValue);
      written.next(written.or(U(1, c.configDepth()).shl(tableAddr)));
    });
    UInt[] read = new UInt[1];
    when(cfgRead, () -> read[0] = table.readSync("entry_q", cfgIndex));
    entry.drive(read[0]);
    tableWritten.drive(written);

    programBanks(c, pcBits, rowValue, hostWrite.and(wrLast).and(wrSel.eq(3)));
    outputBuffer(c, outBits);
  }

  /**
   * Row {@code a} is in bank a mod 2 at a / 2. Reading row a and row a + 1 means reading both
   * banks: the even one at (a + 1) / 2, the odd one at a / 2 (rows past the end wrap to row 0).
   */
  private void programBanks(AcceleratorConfig c, int pcBits, UInt rowValue, Bool programWrite) {
    int rowBits = c.rowBits();
    int bankDepth = Math.max(2, c.programDepth() / 2);
    List<Mem<UInt>> banks = List.of(sram("program_even", UInt(rowBits), bankDepth),
        sram("program_odd", UInt(rowBits), bankDepth));
    int bankBits = banks.get(0).addressWidth();
    UInt wrRow = wrAddr.resize(pcBits);
    UInt fetchNext = fetchAddr.plus(1).named("fetch_next");
    if (pcBits == 1) {
      fetchNext.allowUnused(); // a program of two rows: each bank holds one, at 0
    }
    List<UInt> reads = List.of(half(fetchNext, pcBits, bankBits), half(fetchAddr, pcBits, bankBits));
    UInt wrIndex = half(wrRow, pcBits, bankBits);
    // Write-first: the row written in the cycle a bank is read is what that read shows.
    UInt forwarded = reg("forwarded_row", UInt(rowBits));
    when(programWrite, () -> forwarded.next(rowValue));
    List<UInt> shown = new ArrayList<>();
    for (int b = 0; b < 2; b++) {
      Mem<UInt> bank = banks.get(b);
      Bool writesBank = programWrite.and(b == 1 ? wrRow.bit(0) : wrRow.bit(0).not()).named("writes_bank_" + b);
      when(writesBank, () -> bank.write(wrIndex, rowValue));
      UInt q = bank.readSync("bank_q_" + b, reads.get(b));
      Bool hit = reg("forward_" + b, Bool()).init(0);
      hit.next(writesBank.and(wrIndex.eq(reads.get(b))));
      shown.add(mux(hit, forwarded, q).named("bank_row_" + b));
    }
    Bool odd = reg("fetched_odd", Bool()).init(0);
    odd.next(fetchAddr.bit(0));
    row.drive(mux(odd, shown.get(1), shown.get(0)));
    nextRow.drive(mux(odd, shown.get(0), shown.get(1)));
  }

  /** Row {@code a}'s index in its bank: a / 2 (0 in a program of two rows). */
  private UInt half(UInt a, int pcBits, int bankBits) {
    return pcBits > 1 ? a.bits(pcBits - 1, 1) : U(0, bankBits);
  }

  /**
   * A drain in cycle d reads its base from the drain copy at d (shown at d + 1), and both copies
   * take base + acc_data at the edge ending d + 1. Reads in cycle d + 1 miss that write: the host's
   * read of the same entry and a drain of the same entry in d + 1 are given the sum instead.
   */
  private void outputBuffer(AcceleratorConfig c, int outBits) {
    int bufW = c.fabric().bufW();
    Mem<SInt> hostCopy = sram("out_host", SInt(bufW), c.outputDepth());
    Mem<SInt> drainCopy = sram("out_drain", SInt(bufW), c.outputDepth());
    Bool pending = reg("pending", Bool()).init(0);
    UInt pendingAddr = reg("pending_addr", UInt(outBits)).init(0);
    Bool pendingAdd = reg("pending_add", Bool()).init(0);
    SInt pendingAcc = reg("pending_acc", SInt(bufW)).init(0);
    SInt lastSum = reg("last_sum", SInt(bufW)).init(0);
    Bool drainHit = reg("drain_forward", Bool()).init(0);
    Bool hostHit = reg("host_forward", Bool()).init(0);
    Bool fresh = reg("rd_fresh", Bool()).init(0);

    pending.next(drain);
    SInt[] based = new SInt[1];
    when(drain, () -> {
      pendingAddr.next(drainAddr);
      pendingAdd.next(drainAdd);
      pendingAcc.next(accData);
      based[0] = drainCopy.readSync("drain_q", drainAddr);
    });
    SInt stored = mux(drainHit, lastSum, based[0]);
    SInt sum = mux(pendingAdd, stored, S(0, bufW)).plus(pendingAcc).named("drained");
    when(pending, () -> {
      hostCopy.write(pendingAddr, sum);
      drainCopy.write(pendingAddr, sum);
    });
    lastSum.next(sum);
    drainHit.next(pending.and(pendingAddr.eq(drainAddr)));
    hostHit.next(pending.and(pendingAddr.eq(rdAddr)));
    fresh.next(True()); // rd_data is 0 in the cycle after reset
    SInt hostQ = hostCopy.readSync("host_q", rdAddr);
    rdData.drive(mux(fresh, mux(hostHit, lastSum, hostQ), S(0, bufW)));
  }

  /** An SRAM macro named after its shape, so equal shapes share one module. */
  private <T extends Data> Mem<T> sram(String name, HwType<T> word, int depth) {
    return memMacro(name, word, depth, "MaeriSram_" + depth + "x" + word.width());
  }

  private static int chunks(int bits) {
    return (bits + AcceleratorConfig.CHUNK - 1) / AcceleratorConfig.CHUNK;
  }

  /** A {@code width}-bit entry: the last chunk on top of the staged ones (the newest at the top). */
  private UInt assemble(UInt staging, UInt last, int width) {
    int staged = chunks(width) - 1;
    if (staged == 0) {
      return last.resize(width);
    }
    int top = staging.width();
    return cat(last, staging.bits(top - 1, top - staged * AcceleratorConfig.CHUNK)).asUInt().resize(width);
  }
}
