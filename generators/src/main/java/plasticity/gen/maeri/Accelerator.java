package plasticity.gen.maeri;

import java.util.ArrayList;
import java.util.List;
import plasticity.hdl.Bool;
import plasticity.hdl.Module;
import plasticity.hdl.SInt;
import plasticity.hdl.UInt;

/**
 * The MAERI accelerator (docs/spec/maeri.md, "Accelerator"): the fabric, its memories
 * ({@link AcceleratorMemories}: SRAM macros, a weight and an input buffer per DN root, the output
 * buffer, the configuration table, the program memory) and the tile controller. The
 * controller acts on the row at its row counter: ISSUE rows feed the fabric's roots when it is
 * ready, and their drain lanes then move accumulation-buffer entries into the output banks; CONFIG
 * rows wait until the fabric is quiet, END stops.
 */
public final class Accelerator extends Module {
  public Accelerator(AcceleratorConfig c) {
    FabricConfig f = c.fabric();
    int n = f.n();
    int t = f.tagBits();
    int s = c.treeSize();
    int w = f.w();
    int pcBits = AcceleratorConfig.bits(c.programDepth());
    int cfgBits = AcceleratorConfig.bits(c.configDepth());
    int outBits = AcceleratorConfig.bits(c.outputDepth());
    int addrBits = c.bufferAddrBits();
    int dnLatency = c.dnLatency();
    int quietAdvances = c.quietAdvances();
    param("N", n);
    param("W", w);
    param("ACC", f.acc());
    param("BUFW", f.bufW());
    param("DNBW", f.dnBw());
    param("DNPIPE", f.dnPipe());
    param("RNBW", f.rnBw());
    param("RNPIPE", f.rnPipe());
    param("ACCD", f.accDepth());
    param("WD", c.weightDepth());
    param("ID", c.inputDepth());
    param("OD", c.outputDepth());
    param("PD", c.programDepth());
    param("CD", c.configDepth());
    doc("MAERI accelerator: the fabric of " + n + " multiplier switches, buffers of " + c.weightDepth() + " weights, "
        + c.inputDepth() + " inputs and " + c.outputDepth() + " outputs, a program of " + c.programDepth()
        + " rows and " + c.configDepth() + " configurations, and the tile controller that replays it");

    // Host port.
    Bool start = in("start", Bool());
    Bool wrEn = in("wr_en", Bool());
    UInt wrSel = in("wr_sel", UInt(2));
    UInt wrAddr = in("wr_addr", UInt(c.hostAddrBits()));
    Bool wrLast = in("wr_last", Bool());
    UInt wrData = in("wr_data", UInt(AcceleratorConfig.CHUNK));
    UInt rdAddr = in("rd_addr", UInt(outBits));
    Bool busy = out("busy", Bool());
    Bool done = out("done", Bool());
    Bool bad = out("bad", Bool());
    SInt rdData = out("rd_data", SInt(f.bufW()));

    Fabric fabric = instance("fabric", new Fabric(f));
    for (int j = 0; j < f.rnBw(); j++) {
      // The lines also feed the fabric's accumulation buffer, which is what the controller reads.
      fabric.rnValid.get(j).allowUnused();
      fabric.rnVn.get(j).allowUnused();
      fabric.rnSum.get(j).allowUnused();
    }

    Bool running = reg("running", Bool()).init(0);
    Bool doneR = reg("done_r", Bool()).init(0);
    Bool badR = reg("bad_r", Bool()).init(0);
    UInt pc = reg("pc", UInt(pcBits + 1)).init(0);
    Bool configured = reg("configured", Bool()).init(0);
    int sinceBits = 32 - Integer.numberOfLeadingZeros(quietAdvances);
    UInt since = reg("since_wave", UInt(sinceBits)).init(quietAdvances);
    busy.drive(running);
    done.drive(doneR);
    bad.drive(badR);

    // Memories (AcceleratorMemories): SRAM macros, written by the host while idle (and the output
    // banks by the drain lanes), read one cycle ahead so that each word shows in the cycle it is used.
    AcceleratorMemories mems = instance("mems", new AcceleratorMemories(c));
    mems.hostWrite.drive(wrEn.and(running.not()).named("host_writes"));
    mems.wrSel.drive(wrSel);
    mems.wrAddr.drive(wrAddr);
    mems.wrLast.drive(wrLast);
    mems.wrData.drive(wrData);
    mems.rdAddr.drive(rdAddr);
    rdData.drive(mems.rdData);
    UInt entry = mux(configured, mems.entry, U(0, c.entryBits())).named("entry"); // 0 until a CONFIG
    int lanes = c.drainLanes();

    // The row at the row counter and what it asks.
    Bool pastEnd = pc.bit(pcBits).named("past_end");
    UInt row = mems.row.named("row");
    UInt op = row.bits(1, 0);
    Bool live = running.and(pastEnd.not());
    Bool isIssue = live.and(op.eq(0)).named("is_issue");
    Bool isConfig = live.and(op.eq(1)).named("is_config");
    Bool isReserved = live.and(op.eq(2)).named("is_reserved");
    Bool isEnd = live.and(op.eq(3)).named("is_end");
    UInt cfgIndex = row.bits(2 + cfgBits - 1, 2);
    Bool indexWritten = mems.tableWritten.shr(cfgIndex).bit(0);
    int waveAt = c.waveBit();
    Bool rowWave = row.bit(waveAt);
    Bool bankClash = bankClash(c, row);
    Bool badNow = running.and(pastEnd.or(isIssue.and(rowWave).and(configured.not()))
        .or(isConfig.and(indexWritten.not())).or(isReserved).or(isIssue.and(bankClash)))
        .named("bad_now");
    Bool issueAct = isIssue.and(rowWave.and(configured.not()).not()).and(bankClash.not()).named("issue_act");
    // Drain lane j reads its entry through the fabric's read port j; the row waits, sending
    // nothing, until every entry its lanes take holds its sum.
    Bool arrived = True();
    List<Bool> laneTakes = new ArrayList<>();
    for (int j = 0; j < f.rnBw(); j++) {
      if (j >= lanes) {
        fabric.accRdAddr.get(j).drive(U(0, t));
        fabric.accRdData.get(j).allowUnused();
        fabric.accRdValid.get(j).allowUnused();
        continue;
      }
      int o = c.drainLaneAt(j);
      Bool takes = issueAct.and(row.bit(o)).named("drain_takes_" + j);
      fabric.accRdAddr.get(j).drive(mux(takes, row.bits(o + 2 + t, o + 3), U(0, t)));
      arrived = arrived.and(takes.not().or(fabric.accRdValid.get(j)));
      laneTakes.add(takes);
    }
    Bool issueGo = issueAct.and(arrived).named("issue_go");
    Bool quiet = since.eq(quietAdvances).named("quiet");
    Bool configGo = isConfig.and(indexWritten).and(quiet).named("config_go");
    Bool starting = running.not().and(start).named("starting");
    Bool ready = fabric.ready;

    // ISSUE: each root's word from its own buffer copies.
    for (int r = 0; r < f.dnBw(); r++) {
      int o = 2 + r * c.rootBits();
      Bool valid = row.bit(o);
      Bool kind = row.bit(o + 1);
      UInt mask = row.bits(o + 1 + s, o + 2);
      SInt data = mux(kind, mems.weight.get(r), mems.input.get(r)); // read at this row's address
      Bool rootValid = issueGo.and(valid).named("root_valid_" + r);
      UInt word = cat(mask, kind, data).asUInt();
      fabric.dnValid.get(r).drive(rootValid);
      fabric.dnWord.get(r).drive(mux(rootValid, word, U(0, word.width())).named("root_word_" + r));
    }
    int ctlAt = 2 + f.dnBw() * c.rootBits();
    UInt issueBase = mux(issueGo, row.bits(ctlAt + 2 * n + t - 1, ctlAt + 2 * n), U(0, t)).named("issue_base");
    // The MS controls and the wave bit (ctl at [2N-1:0], wave at [2N]).
    UInt issueCtl = mux(issueGo, cat(rowWave, row.bits(ctlAt + 2 * n - 1, ctlAt)).asUInt(),
        U(0, 2 * n + 1)).named("issue_ctl");

    // The MS controls and the wave bit meet their words R advances later.
    UInt ctlNow = issueCtl;
    List<UInt> ctlDelay = new ArrayList<>();
    for (int j = 0; j < dnLatency; j++) {
      UInt d = reg("ctl_delay_" + j, UInt(2 * n + 1)).init(0);
      when(ready, () -> d.next(ctlDelay.isEmpty() ? issueCtl : ctlDelay.get(ctlDelay.size() - 1)));
      ctlDelay.add(d);
      ctlNow = d;
    }
    for (int i = 0; i < n; i++) {
      fabric.ctl.get(i).drive(ctlNow.bits(2 * i + 1, 2 * i));
    }
    fabric.wave.drive(ctlNow.bit(2 * n));

    // Slot bases of the rows consumed 1..Q advances ago, and the count that says quiet.
    List<UInt> basePipe = new ArrayList<>();
    basePipe.add(issueBase);
    for (int j = 1; j <= quietAdvances; j++) {
      UInt b = reg("base_" + j, UInt(t)).init(0);
      UInt prev = basePipe.get(j - 1);
      when(ready, () -> b.next(prev));
      basePipe.add(b);
    }
    Bool issueWave = issueGo.and(rowWave).named("issue_wave");
    when(ready, () -> since.next(mux(issueWave, U(0, sinceBits), mux(quiet, since, since.plus(1)))));

    // The ART configuration and the lanes' tags: VN index plus the slot base of the lane's wave.
    for (int id = 0; id < n - 1; id++) {
      fabric.cfg.get(id).drive(entry.bits(7 * id + 6, 7 * id));
    }
    int laneAt = 7 * (n - 1);
    int levels = f.artLevels(); // a lane's VN index: log2 N bits; its tag: log2 ACCD
    for (int k = 0; k < f.lanes(); k++) {
      int level = k < n - 1 ? 31 - Integer.numberOfLeadingZeros(k + 1) : levels - 1;
      UInt vn = entry.bits(laneAt + k * levels + levels - 1, laneAt + k * levels).resize(t);
      fabric.tag.get(k).drive(vn.plus(basePipe.get(dnLatency + 1 + c.artLatency(level))));
    }

    // Drain lanes of a row that goes: read port j takes its entry (the fabric takes it when ready),
    // and with write, bank j at the lane's row gets it (0 for a lane that takes none), stored or
    // added, when the row is consumed.
    fabric.accClear.drive(starting);
    for (int j = 0; j < f.rnBw(); j++) {
      if (j >= lanes) {
        fabric.accTake.get(j).drive(False());
        continue;
      }
      int o = c.drainLaneAt(j);
      Bool takes = laneTakes.get(j).and(issueGo).named("drain_valid_" + j);
      fabric.accTake.get(j).drive(takes);
      mems.drain.get(j).drive(issueGo.and(row.bit(o + 1)).and(ready).named("drain_write_" + j));
      mems.drainAdd.get(j).drive(row.bit(o + 2));
      mems.drainRow.get(j).drive(row.bits(o + 2 + t + c.outputRowBits(), o + 3 + t));
      if (c.outputBankBits() > 0) {
        mems.drainBank.get(j).drive(row.bits(c.drainBankAt(j) + c.outputBankBits() - 1, c.drainBankAt(j)));
      }
      mems.drainSum.get(j).drive(mux(takes, fabric.accRdData.get(j), S(0, f.bufW())).named("drain_sum_" + j));
    }
    mems.cfgRead.drive(configGo);
    mems.cfgIndex.drive(cfgIndex);
    when(configGo, () -> configured.next(True()));
    Bool consumed = issueGo.and(ready).or(configGo).named("consumed");

    // Reading ahead: the row the counter shows next cycle (row 0 after start), and its buffer words.
    UInt pcNext = mux(consumed, pc.plus(1), pc).bits(pcBits - 1, 0).asUInt();
    mems.fetchAddr.drive(mux(running, pcNext, U(0, pcBits)).named("fetch_addr"));
    UInt ahead = mux(consumed, mems.nextRow, mems.rowNow).named("row_ahead");
    for (int r = 0; r < f.dnBw(); r++) {
      int o = 2 + r * c.rootBits();
      mems.bufAddr.get(r).drive(ahead.bits(o + 1 + s + addrBits, o + 2 + s));
    }
    when(consumed, () -> pc.next(pc.plus(1)));
    when(badNow.or(isEnd), () -> {
      running.next(False());
      doneR.next(True());
      badR.next(badNow);
    });

    // Start: row 0, a fresh controller; the fabric's accumulation buffer is cleared this cycle.
    when(starting, () -> {
      running.next(True());
      doneR.next(False());
      badR.next(False());
      pc.next(U(0, pcBits + 1));
      configured.next(False());
      since.next(U(quietAdvances, sinceBits));
      for (UInt d : ctlDelay) {
        d.next(U(0, 2 * n + 1));
      }
      for (int j = 1; j < basePipe.size(); j++) {
        basePipe.get(j).next(U(0, t));
      }
    });
  }

  /**
   * Whether two drain lanes of the row that write name one output bank: a bank takes one write a
   * cycle, so such a row is a bad descriptor (golden AcceleratorModel.bankClash).
   */
  private Bool bankClash(AcceleratorConfig c, UInt row) {
    int lanes = c.drainLanes();
    if (lanes < 2) {
      return False();
    }
    int bankBits = c.outputBankBits();
    List<Bool> writes = new ArrayList<>();
    List<UInt> banks = new ArrayList<>();
    for (int j = 0; j < lanes; j++) {
      writes.add(row.bit(c.drainLaneAt(j) + 1).named("lane_writes_" + j));
      banks.add(row.bits(c.drainBankAt(j) + bankBits - 1, c.drainBankAt(j)).named("lane_bank_" + j));
    }
    // Lane k clashes when it writes a bank an earlier writing lane names: log-depth OR per lane.
    List<Bool> taken = new ArrayList<>();
    for (int k = 1; k < lanes; k++) {
      List<Bool> earlier = new ArrayList<>();
      for (int j = 0; j < k; j++) {
        earlier.add(writes.get(j).and(banks.get(j).eq(banks.get(k))));
      }
      taken.add(writes.get(k).and(cat(earlier).orReduce()).named("bank_taken_" + k));
    }
    return cat(taken).orReduce().named("bank_clash");
  }
}
