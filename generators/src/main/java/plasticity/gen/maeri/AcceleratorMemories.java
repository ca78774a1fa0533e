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
 *       cycle is forwarded), so a row written in the cycle of {@code start} is seen; {@code row_now}
 *       is {@code row} with a host write of it in this cycle, for reading row 0's words at start.
 *   <li>Weight and input buffers, one copy per DN root: read one cycle ahead, at the address of
 *       the row the controller will act on ({@code buf_addr_r}); {@code weight_r}, {@code input_r}
 *       show those words the next cycle, write-first (a host write in the cycle of start).
 *   <li>Configuration table: read by {@code cfg_read}; {@code entry} holds the word read last.
 *   <li>Output buffer: B banks, each in two copies (the host's read port, the drains' read port),
 *       and a crossbar from the D drain lanes: each bank takes the drain of the lane that names it
 *       (the controller lets no two writing lanes name one bank), reads its base in that cycle and
 *       writes the sum in the next, forwarded to reads that would miss it.
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
  final UInt rowNow;
  final List<UInt> bufAddr = new ArrayList<>();
  final List<SInt> weight = new ArrayList<>();
  final List<SInt> input = new ArrayList<>();
  final Bool cfgRead;
  final UInt cfgIndex;
  final UInt entry;
  final UInt tableWritten;
  final List<Bool> drain = new ArrayList<>();
  final List<UInt> drainRow = new ArrayList<>();
  final List<Bool> drainAdd = new ArrayList<>();
  final List<SInt> drainSum = new ArrayList<>();
  /** The output bank drain lane j writes (absent when the buffer has one bank). */
  final List<UInt> drainBank = new ArrayList<>();
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
    param("LANES", c.drainLanes());
    param("BANKS", c.outputBanks());
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
    rowNow = out("row_now", UInt(rowBits));
    for (int r = 0; r < f.dnBw(); r++) {
      bufAddr.add(in("buf_addr_" + r, UInt(c.bufferAddrBits())));
      weight.add(out("weight_" + r, SInt(w)));
      input.add(out("input_" + r, SInt(w)));
    }
    cfgRead = in("cfg_read", Bool());
    cfgIndex = in("cfg_index", UInt(cfgBits));
    entry = out("entry", UInt(c.entryBits()));
    tableWritten = out("table_written", UInt(c.configDepth()));
    for (int j = 0; j < c.drainLanes(); j++) {
      drain.add(in("drain_" + j, Bool()));
      drainRow.add(in("drain_row_" + j, UInt(c.outputRowBits())));
      drainAdd.add(in("drain_add_" + j, Bool()));
      drainSum.add(in("drain_sum_" + j, SInt(bufW)));
      if (c.outputBankBits() > 0) {
        drainBank.add(in("drain_bank_" + j, UInt(c.outputBankBits())));
      }
    }
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
    SInt hostWord = reg("written_word", SInt(w)).init(0);
    hostWord.next(wrValue);
    for (int r = 0; r < f.dnBw(); r++) {
      Mem<SInt> wb = sram("weights_" + r, SInt(w), c.weightDepth());
      Mem<SInt> ib = sram("inputs_" + r, SInt(w), c.inputDepth());
      weight.get(r).drive(buffer(wb, "weight_" + r, bufAddr.get(r), hostWrite.and(wrSel.eq(0)), wrValue, hostWord));
      input.get(r).drive(buffer(ib, "input_" + r, bufAddr.get(r), hostWrite.and(wrSel.eq(1)), wrValue, hostWord));
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
    outputBanks(c, outBits);
  }

  /**
   * A buffer copy written by the host and read at {@code readAddr}, shown the next cycle. Write-first:
   * a host write of that address in the reading cycle (the cycle of start) is shown instead.
   */
  private SInt buffer(Mem<SInt> m, String name, UInt readAddr, Bool writes, SInt value, SInt written) {
    UInt addr = readAddr.resize(m.addressWidth());
    UInt wa = wrAddr.resize(m.addressWidth());
    when(writes, () -> m.write(wa, value));
    Bool hit = reg(name + "_forward", Bool()).init(0);
    hit.next(writes.and(wa.eq(addr)));
    return mux(hit, written, m.readSync(name + "_q", addr));
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
    // The row at the counter with a host write of it in this cycle (the cycle of start): idle, the
    // counter's row is row 0, the fetch address is 0.
    rowNow.drive(mux(programWrite.and(wrRow.eq(0)), rowValue, row).named("row_now_q"));
    nextRow.drive(mux(odd, shown.get(0), shown.get(1)));
  }

  /** Row {@code a}'s index in its bank: a / 2 (0 in a program of two rows). */
  private UInt half(UInt a, int pcBits, int bankBits) {
    return pcBits > 1 ? a.bits(pcBits - 1, 1) : U(0, bankBits);
  }

  /**
   * The output buffer's B banks (golden AcceleratorConfig.outputBank): output a is in bank
   * a[b-1:0] ^ row[b-1:0] at row a >> b, b = log2 B; each bank takes the drain of the lane that
   * names it. The host reads every bank's host copy at rd_addr's row and picks its bank's word the
   * next cycle.
   */
  private void outputBanks(AcceleratorConfig c, int outBits) {
    int bufW = c.fabric().bufW();
    int banks = c.outputBanks();
    int bankBits = c.outputBankBits();
    UInt rdRow = rdAddr.bits(outBits - 1, bankBits).named("rd_row");
    SInt word = outputBank(c, 0, rdRow);
    if (banks > 1) {
      UInt rdBank = reg("rd_bank", UInt(bankBits)).init(0);
      rdBank.next(rdAddr.bits(bankBits - 1, 0).xor(rdRow.resize(bankBits)));
      for (int b = 1; b < banks; b++) {
        word = mux(rdBank.eq(b), outputBank(c, b, rdRow), word);
      }
    }
    Bool fresh = reg("rd_fresh", Bool()).init(0);
    fresh.next(True()); // rd_data is 0 in the cycle after reset
    rdData.drive(mux(fresh, word, S(0, bufW)));
  }

  /**
   * Bank b in two copies (the host's read port, the drains' read port), behind the crossbar: the
   * lane that names bank b drives its drain. A drain in cycle d reads its base from the drain copy
   * at d (shown at d + 1), and both copies take base + drain_sum at the edge ending d + 1. Reads in
   * cycle d + 1 miss that write: the host's read of the same row and a drain of the same row in
   * d + 1 are given the sum instead. Returns the host's word, a cycle late.
   */
  private SInt outputBank(AcceleratorConfig c, int b, UInt rdRow) {
    int bufW = c.fabric().bufW();
    int depth = c.outputDepth() / c.outputBanks();
    Mem<SInt> hostCopy = sram("out_host_" + b, SInt(bufW), depth);
    Mem<SInt> drainCopy = sram("out_drain_" + b, SInt(bufW), depth);
    Bool pending = reg("pending_" + b, Bool()).init(0);
    UInt pendingRow = reg("pending_row_" + b, UInt(c.outputRowBits())).init(0);
    Bool pendingAdd = reg("pending_add_" + b, Bool()).init(0);
    SInt pendingSum = reg("pending_sum_" + b, SInt(bufW)).init(0);
    SInt lastSum = reg("last_sum_" + b, SInt(bufW)).init(0);
    Bool drainHit = reg("drain_forward_" + b, Bool()).init(0);
    Bool hostHit = reg("host_forward_" + b, Bool()).init(0);

    // The crossbar: the lane that names this bank (at most one writes it in a cycle).
    List<Bool> hits = new ArrayList<>();
    UInt row = U(0, c.outputRowBits());
    Bool add = False();
    SInt laneSum = S(0, bufW);
    for (int j = 0; j < c.drainLanes(); j++) {
      Bool hit = drainBank.isEmpty() ? drain.get(j) : drain.get(j).and(drainBank.get(j).eq(b));
      hits.add(hit);
      row = mux(hit, drainRow.get(j), row);
      add = mux(hit, drainAdd.get(j), add);
      laneSum = mux(hit, drainSum.get(j), laneSum);
    }
    Bool drains = cat(hits).orReduce().named("out_drains_" + b);
    UInt bankRow = row.named("out_row_" + b);
    Bool bankAdd = add.named("out_add_" + b);
    SInt bankSum = laneSum.named("out_sum_" + b);

    pending.next(drains);
    SInt[] based = new SInt[1];
    when(drains, () -> {
      pendingRow.next(bankRow);
      pendingAdd.next(bankAdd);
      pendingSum.next(bankSum);
      based[0] = drainCopy.readSync("drain_q_" + b, bankRow);
    });
    SInt stored = mux(drainHit, lastSum, based[0]);
    SInt sum = mux(pendingAdd, stored, S(0, bufW)).plus(pendingSum).named("drained_" + b);
    when(pending, () -> {
      hostCopy.write(pendingRow, sum);
      drainCopy.write(pendingRow, sum);
    });
    lastSum.next(sum);
    drainHit.next(pending.and(pendingRow.eq(bankRow)));
    hostHit.next(pending.and(pendingRow.eq(rdRow)));
    return mux(hostHit, lastSum, hostCopy.readSync("host_q_" + b, rdRow));
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
