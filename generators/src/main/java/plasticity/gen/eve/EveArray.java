package plasticity.gen.eve;

import java.util.ArrayList;
import java.util.List;
import plasticity.golden.eve.ArrayError;
import plasticity.golden.eve.EveRegisterMap;
import plasticity.hdl.Bool;
import plasticity.hdl.Mem;
import plasticity.hdl.UInt;

/**
 * The EvE array (docs/spec/eve.md, "Array"): P PEs with their buffers, a banked genome SRAM
 * (two regions, ping-pong), the two regions' genome directories, the breeding schedule, and the
 * control that breeds a generation in waves: CONFIG, then per wave FETCH, LOAD (each parent read
 * once and multicast to the PEs breeding from it), START, BREED, DRAIN; a status register and an
 * interrupt. The host writes SRAM words, directory entries, schedule words and the run
 * configuration through one write port, and reads SRAM words and directory entries back.
 */
public final class EveArray extends EveBlock {
  /** Host write targets ({@code host_sel}). */
  static final int SEL_SRAM = 0;
  static final int SEL_DIRECTORY = 1;
  static final int SEL_SCHEDULE = 2;
  static final int SEL_CONTROL = 3;
  /** The control address that starts a generation (addresses 0..13 are the run configuration). */
  static final int START_ADDRESS = 16;
  /** Schedule words per entry. */
  static final int ENTRY_WORDS = 5;
  /** Directory entry fields: bank [7:0], row within the region [23:8], nodes [36:24], connections [49:37]. */
  static final int DIR_BITS = 50;
  static final int COUNT_BITS = 13;

  private static final int IDLE = 0;
  private static final int CONFIG = 1;
  private static final int FETCH = 2;
  private static final int LOAD = 3;
  private static final int START = 4;
  private static final int BREED = 5;
  private static final int DRAIN = 6;

  public EveArray(EveArrayConfig c) {
    param("P", c.p());
    param("BANKS", c.banks());
    param("DEPTH", c.depth());
    param("LMAX", c.lmax());
    param("QUEUE", c.queue());
    doc("EvE array: " + c.p() + " PEs, " + c.banks() + " x " + c.depth() + " x 64 genome SRAM, LMAX " + c.lmax());
    int p = c.p();
    int rb = c.rowBits();
    int bb = c.bankBits();
    int ab = c.lmaxBits();
    int cb = ab + 1;
    int hb = c.regionCountBits();
    long half = c.depth() / 2;

    Bool hostValid = in("host_valid", Bool());
    UInt hostSel = in("host_sel", UInt(2));
    UInt hostAddr = in("host_addr", UInt(32));
    UInt hostData = in("host_data", UInt(64));
    Bool rdValid = in("rd_valid", Bool());
    Bool rdSel = in("rd_sel", Bool());
    UInt rdAddr = in("rd_addr", UInt(32));
    UInt rdData = out("rd_data", UInt(64));
    Bool busyOut = out("busy", Bool());
    Bool irq = out("irq", Bool());
    UInt status = out("status", UInt(16));
    UInt cyclesOut = out("cycles", UInt(32));
    Bool wrValid = out("wr_valid", Bool());
    UInt wrAddr = out("wr_addr", UInt(32));
    UInt wrData = out("wr_data", UInt(64));
    hostAddr.allowUnused(); // each target decodes the bits it has
    hostData.allowUnused();
    rdAddr.allowUnused();

    UInt state = reg("state", UInt(3)).init(IDLE);
    Bool idle = state.eq(IDLE).named("idle");
    Bool hostWrite = hostValid.and(idle).named("host_write");

    // ----- run configuration, generation registers, status ------------------------------------------
    List<UInt> config = new ArrayList<>();
    for (int a = 0; a < EveRegisterMap.CHILD; a++) {
      UInt r = reg("config_" + a, UInt(32)).init(0);
      int at = a;
      when(hostWrite.and(hostSel.eq(SEL_CONTROL)).and(hostAddr.eq(at)), () -> r.next(hostData.bits(31, 0)));
      config.add(r);
    }
    Bool startGen = hostWrite.and(hostSel.eq(SEL_CONTROL)).and(hostAddr.eq(START_ADDRESS)).named("start_gen");
    UInt entries = reg("entries", UInt(9)).init(0);
    UInt parents = reg("parents", UInt(9)).init(0);
    Bool region = reg("region", Bool()).init(0);
    UInt cycles = reg("cycle_count", UInt(32)).init(0);
    Bool doneBit = reg("done_bit", Bool()).init(0);
    Bool errorBit = reg("error_bit", Bool()).init(0);
    UInt errorCode = reg("error_code", UInt(4)).init(0);
    UInt errorEntry = reg("error_entry", UInt(8)).init(0);
    UInt cnt = reg("cnt", UInt(4)).init(0);
    UInt first = reg("first", UInt(9)).init(0);
    UInt idx = reg("idx", UInt(9)).init(0);
    UInt used = reg("used", UInt(256)).init(0);
    Bool childRegion = region.not().named("child_region");
    UInt remaining = entries.minus(first).named("remaining");
    UInt waveSize = mux(remaining.gt(p), U(p, 9), remaining).named("wave_size");

    // ----- the genome directory: 2 regions x 256 entries, a valid bit each -----------------------------
    Mem<UInt> directory = mem("directory", UInt(DIR_BITS), 512);
    UInt valid0 = reg("dir_valid_0", UInt(256)).init(0);
    UInt valid1 = reg("dir_valid_1", UInt(256)).init(0);

    // ----- the schedule: five 64-bit words per entry, in SRAM macros -------------------------------
    // The macros' reads are registered, so each is addressed one cycle ahead: entry_next is the
    // entry of the next cycle (first and idx as the phases below will set them). The schedule is
    // written only while idle, so during a generation entry_word_w is schedule word w of entry,
    // as an asynchronous read would give it. A copy of the child ids (word 0, [23:16]) has its own
    // macro for DRAIN, which reads them at first + drain_pe while FETCH's entry stands still.
    List<Mem<UInt>> schedule = new ArrayList<>();
    for (int w = 0; w < ENTRY_WORDS; w++) {
      schedule.add(memMacro("schedule_" + w, UInt(64), 256, "EveScheduleRam_256x64"));
    }
    Mem<UInt> childIds = memMacro("child_ids", UInt(8), 256, "EveChildIdRam_256x8");
    Bool hostSchedule = hostWrite.and(hostSel.eq(SEL_SCHEDULE)).named("host_schedule");
    for (int w = 0; w < ENTRY_WORDS; w++) {
      Mem<UInt> m = schedule.get(w);
      int at = w;
      when(hostSchedule.and(hostAddr.bits(2, 0).eq(at)), () -> m.write(hostAddr.bits(10, 3), hostData));
    }
    when(hostSchedule.and(hostAddr.bits(2, 0).eq(0)), () -> childIds.write(hostAddr.bits(10, 3), hostData.bits(23, 16)));
    UInt entry = first.plus(idx).resize(8).named("entry");
    UInt entryNext = wire("entry_next", UInt(8));
    UInt drainNext = wire("drain_next", UInt(8));
    List<UInt> words = new ArrayList<>();
    for (int w = 0; w < ENTRY_WORDS; w++) {
      words.add(schedule.get(w).readSync("entry_word_" + w, entryNext));
    }
    UInt fp1 = words.get(0).bits(7, 0).named("fetch_p1");
    UInt fp2 = words.get(0).bits(15, 8).named("fetch_p2");

    // ----- the SRAM: BANKS macros of DEPTH words, interleaved ----------------------------------------
    String macro = "EveSramBank_" + c.depth() + "x64";
    List<Mem<UInt>> banks = new ArrayList<>();
    for (int b = 0; b < c.banks(); b++) {
      banks.add(memMacro("bank_" + b, UInt(64), c.depth(), macro));
    }

    // ----- PEs ----------------------------------------------------------------------------------
    List<ArrayPe> pes = new ArrayList<>();
    for (int i = 0; i < p; i++) {
      pes.add(instance("pe_" + i, new ArrayPe(c)));
    }

    // FETCH's directory reads of the entry's parents; LOAD's of the lowest parent not yet read.
    // The lowest set bit isolated (x & -x), then encoded by OR: no chain of 256 constant muxes,
    // which Yosys would take for an FSM of 256 inputs (rd_g's next value) and never finish extracting.
    UInt lowestOne = used.and(used.not().plus(1)).named("lowest_one");
    List<Bool> lowestBits = new ArrayList<>();
    for (int b = 7; b >= 0; b--) {
      Bool any = False();
      for (int g = 0; g < 256; g++) {
        if ((g >> b & 1) == 1) {
          any = any.or(lowestOne.bit(g));
        }
      }
      lowestBits.add(any.named("lowest_bit_" + b));
    }
    UInt lowest = cat(lowestBits).asUInt().named("lowest");
    Bool anyUsed = used.ne(0).named("any_used");
    Bool inFetch = state.eq(FETCH).named("in_fetch");
    Bool inLoad = state.eq(LOAD).named("in_load");
    UInt portA = mux(inLoad, lowest, fp1).named("dir_port_a");
    UInt dirA = directory.read(cat(region, portA).asUInt()).named("dir_a");
    UInt dirB = directory.read(cat(region, fp2).asUInt()).named("dir_b");
    UInt parentValid = mux(region, valid1, valid0).named("parent_valid");
    UInt lenA = mux(parentValid.shr(portA).bit(0), dirA.bits(36, 24).extendTo(14).plus(dirA.bits(49, 37).extendTo(14)),
        U(0, 14)).named("len_a");
    UInt lenB = mux(parentValid.shr(fp2).bit(0), dirB.bits(36, 24).extendTo(14).plus(dirB.bits(49, 37).extendTo(14)),
        U(0, 14)).named("len_b");
    Bool badParent = fp1.extendTo(9).ge(parents).or(fp2.extendTo(9).ge(parents)).or(lenA.eq(0)).or(lenB.eq(0))
        .named("bad_parent");
    Bool longParent = lenA.gt(c.lmax()).or(lenB.gt(c.lmax())).named("long_parent");

    // ----- LOAD: one word a cycle, multicast the next cycle ----------------------------------------------
    Bool rdActive = reg("rd_active", Bool()).init(0);
    UInt rdG = reg("rd_g", UInt(8)).init(0);
    UInt rdJ = reg("rd_j", UInt(14)).init(0);
    UInt rdLen = reg("rd_len", UInt(14)).init(0);
    UInt rdRow = reg("rd_row", UInt(rb)).init(0);
    UInt rdBank = reg("rd_bank", UInt(bb)).init(0);
    UInt regionRow = mux(region, U(half, rb), U(0, rb)).named("parent_row_base");
    UInt curG = mux(rdActive, rdG, lowest).named("cur_g");
    UInt curJ = mux(rdActive, rdJ, U(0, 14)).named("cur_j");
    UInt curLen = mux(rdActive, rdLen, lenA).named("cur_len");
    UInt curRow = mux(rdActive, rdRow, dirA.bits(23, 8).resize(rb).plus(regionRow)).named("cur_row");
    UInt curBank = mux(rdActive, rdBank, dirA.bits(7, 0).resize(bb)).named("cur_bank");
    Bool issue = inLoad.and(rdActive.or(anyUsed)).named("issue");
    Bool ldValid = reg("ld_valid", Bool()).init(0);
    UInt ldG = reg("ld_g", UInt(8)).init(0);
    UInt ldJ = reg("ld_j", UInt(ab)).init(0);
    ldValid.next(issue);
    when(issue, () -> {
      ldG.next(curG);
      ldJ.next(curJ.resize(ab));
      rdG.next(curG);
      rdLen.next(curLen);
      rdJ.next(curJ.plus(1));
      rdActive.next(curJ.plus(1).ne(curLen));
      when(curBank.eq(c.banks() - 1), () -> {
        rdBank.next(0);
        rdRow.next(curRow.plus(1));
      }).otherwise(() -> {
        rdBank.next(curBank.plus(1));
        rdRow.next(curRow);
      });
    });

    // ----- DRAIN: the wave's children, PE by PE, one word a cycle ----------------------------------------
    UInt drainPe = reg("drain_pe", UInt(9)).init(0);
    UInt drainJ = reg("drain_j", UInt(14)).init(0);
    UInt alloc = reg("alloc", UInt(hb)).init(0);
    UInt wRow = reg("w_row", UInt(rb)).init(0);
    UInt wBank = reg("w_bank", UInt(bb)).init(0);
    UInt peNodes = wire("pe_nodes", UInt(cb));
    UInt peConns = wire("pe_conns", UInt(cb));
    UInt peNodeWord = wire("pe_node_word", UInt(64));
    UInt peConnWord = wire("pe_conn_word", UInt(64));
    peNodes.driveDefault(0);
    peConns.driveDefault(0);
    peNodeWord.driveDefault(U(0, 64));
    peConnWord.driveDefault(U(0, 64));
    for (int i = 0; i < p; i++) {
      ArrayPe pe = pes.get(i);
      when(drainPe.eq(i), () -> {
        peNodes.drive(pe.nodes);
        peConns.drive(pe.conns);
        peNodeWord.drive(pe.nodeWord);
        peConnWord.drive(pe.connWord);
      });
    }
    Bool inDrain = state.eq(DRAIN).named("in_drain");
    UInt childLen = peNodes.extendTo(14).plus(peConns.extendTo(14)).named("child_len");
    Bool inNodes = drainJ.lt(peNodes.extendTo(14)).named("in_nodes");
    UInt drainIndex = mux(inNodes, drainJ, drainJ.minus(peNodes.extendTo(14))).resize(ab).named("drain_index");
    Bool regionFull = drainJ.eq(0).and(alloc.extendTo(hb + 1).plus(childLen.resize(hb + 1).extendTo(hb + 1))
        .gt(c.regionWords())).named("region_full");
    Bool drainWrite = inDrain.and(regionFull.not()).named("drain_write");
    UInt drainWord = mux(inNodes, peNodeWord, peConnWord).named("drain_word");
    UInt childRowBase = mux(childRegion, U(half, rb), U(0, rb)).named("child_row_base");
    UInt drainId = childIds.readSync("drain_id", drainNext);

    // ----- SRAM ports ------------------------------------------------------------------------
    UInt hostRow = hostAddr.bits(8 + rb - 1, 8).named("host_row");
    UInt hostBank = hostAddr.bits(7, 0).named("host_bank");
    UInt readRow = mux(inLoad, curRow, rdAddr.bits(8 + rb - 1, 8)).named("read_row");
    Bool hostSram = hostWrite.and(hostSel.eq(SEL_SRAM)).named("host_sram");
    UInt writeRow = mux(drainWrite, wRow.plus(childRowBase), hostRow).named("write_row");
    UInt writeBank = mux(drainWrite, wBank.extendTo(8), hostBank).named("write_bank");
    UInt writeData = mux(drainWrite, drainWord, hostData).named("write_data");
    List<UInt> bankData = new ArrayList<>();
    // Every bank reads every cycle; the word is used only the cycle after a LOAD issue (ld_valid)
    // or a host read (rd_pending), whose address read_row was then.
    for (int b = 0; b < c.banks(); b++) {
      Mem<UInt> m = banks.get(b);
      int at = b;
      when(drainWrite.or(hostSram).and(writeBank.eq(at)), () -> m.write(writeRow, writeData));
      bankData.add(m.readSync("bank_q_" + at, readRow));
    }
    UInt qBank = reg("q_bank", UInt(bb)).init(0);
    qBank.next(mux(inLoad, curBank, rdAddr.bits(7, 0).resize(bb)));
    UInt sramQ = wire("sram_q", UInt(64));
    sramQ.driveDefault(U(0, 64));
    for (int b = 0; b < c.banks(); b++) {
      UInt d = bankData.get(b);
      when(qBank.eq(b), () -> sramQ.drive(d));
    }
    for (ArrayPe pe : pes) {
      pe.loadValid.drive(ldValid);
      pe.loadId.drive(ldG);
      pe.loadIndex.drive(ldJ);
      pe.loadGene.drive(sramQ);
      pe.drainIndex.drive(drainIndex);
    }

    // ----- PE control: CONFIG broadcast, FETCH to one PE, START to the wave, BREED ------------------
    UInt configData = wire("config_data", UInt(32));
    configData.driveDefault(U(0, 32));
    for (int a = 0; a < config.size(); a++) {
      UInt r = config.get(a);
      when(cnt.eq(a), () -> configData.drive(r));
    }
    UInt fetchData = wire("fetch_data", UInt(32));
    fetchData.driveDefault(U(0, 32));
    switchOn(cnt)
        .is(0, () -> fetchData.drive(words.get(0).bits(23, 16).extendTo(32)))
        .is(1, () -> fetchData.drive(words.get(1).bits(31, 0)))
        .is(2, () -> fetchData.drive(words.get(1).bits(63, 32)))
        .is(3, () -> fetchData.drive(words.get(2).bits(31, 0)))
        .is(4, () -> fetchData.drive(words.get(2).bits(63, 32)))
        .is(5, () -> fetchData.drive(words.get(3).bits(31, 0)))
        .is(6, () -> fetchData.drive(words.get(3).bits(63, 32)))
        .is(7, () -> fetchData.drive(words.get(4).bits(31, 0)));
    words.get(4).allowUnused(); // PRNG_V is the word's low half
    Bool inConfig = state.eq(CONFIG).named("in_config");
    Bool inStart = state.eq(START).named("in_start");
    Bool inBreed = state.eq(BREED).named("in_breed");
    Bool fetchOk = inFetch.and(cnt.eq(0)).and(badParent.not()).and(longParent.not()).named("fetch_ok");
    UInt cfgAddr = mux(inConfig, cnt.extendTo(5), mux(inStart, U(EveRegisterMap.START, 5),
        cnt.extendTo(5).plus(EveRegisterMap.CHILD))).named("pe_cfg_addr");
    UInt cfgData = mux(inConfig, configData, fetchData).named("pe_cfg_data");
    UInt doneSeen = reg("done_seen", UInt(p)).init(0);
    List<Bool> doneNow = new ArrayList<>();
    List<Bool> overflowNow = new ArrayList<>();
    for (int i = 0; i < p; i++) {
      ArrayPe pe = pes.get(i);
      Bool inWave = waveSize.gt(i).named("in_wave_" + i);
      Bool fetchThis = inFetch.and(idx.eq(i)).and(cnt.ne(0).or(fetchOk)).named("fetch_" + i);
      pe.cfgValid.drive(inConfig.or(fetchThis).or(inStart.and(inWave)));
      pe.cfgAddr.drive(cfgAddr);
      pe.cfgData.drive(cfgData);
      pe.slotWrite.drive(fetchOk.and(idx.eq(i)));
      pe.slotP1.drive(fp1);
      pe.slotP2.drive(fp2);
      pe.slotLen1.drive(lenA.resize(cb));
      pe.slotLen2.drive(lenB.resize(cb));
      pe.breed.drive(inBreed.and(inWave));
      doneNow.add(inWave.not().or(doneSeen.bit(i)).or(pe.done));
      overflowNow.add(inWave.and(pe.overflow));
    }
    Bool allDone = doneNow.stream().reduce(Bool::and).orElseThrow().named("all_done");
    Bool anyOverflow = overflowNow.stream().reduce(Bool::or).orElseThrow().named("any_overflow");
    UInt overflowPe = wire("overflow_pe", UInt(9));
    overflowPe.driveDefault(0);
    for (int i = p - 1; i >= 0; i--) {
      int at = i;
      when(overflowNow.get(i), () -> overflowPe.drive(U(at, 9)));
    }
    UInt doneVec = p == 1 ? pes.get(0).done.asUInt() : cat(reversed(pes)).asUInt();
    when(inStart, () -> doneSeen.next(0)).elseWhen(inBreed, () -> doneSeen.next(doneSeen.or(doneVec)));

    // ----- the phases ------------------------------------------------------------------------
    when(state.ne(IDLE), () -> cycles.next(cycles.plus(1)));
    UInt nextFirst = first.plus(p).named("next_first");
    // Where the phases below move first, idx and drain_pe: the schedule macros' next addresses.
    Bool childEnd = inDrain.and(regionFull.not()).and(drainJ.plus(1).eq(childLen)).named("child_end");
    Bool waveEnd = childEnd.and(drainPe.plus(1).eq(waveSize)).named("wave_end");
    Bool fetchNext = inFetch.and(cnt.eq(7)).and(idx.plus(1).ne(waveSize)).named("fetch_next");
    entryNext.drive(mux(startGen, U(0, 8), mux(waveEnd, nextFirst.resize(8),
        mux(fetchNext, first.plus(idx).plus(1).resize(8), entry))));
    Bool drainStart = inBreed.and(anyOverflow.not()).and(allDone).named("drain_start");
    UInt drainPeNext = mux(drainStart, U(0, 9), mux(childEnd.and(waveEnd.not()), drainPe.plus(1), drainPe))
        .named("drain_pe_next");
    drainNext.drive(first.plus(drainPeNext).resize(8));
    when(startGen, () -> {
      state.next(CONFIG);
      entries.next(hostData.bits(8, 0));
      parents.next(hostData.bits(24, 16));
      region.next(hostData.bit(32));
      cycles.next(0);
      doneBit.next(False());
      errorBit.next(False());
      errorCode.next(0);
      errorEntry.next(0);
      cnt.next(0);
      first.next(0);
      idx.next(0);
      used.next(U(0, 256));
      rdActive.next(False());
      alloc.next(U(0, hb));
      wRow.next(U(0, rb));
      wBank.next(U(0, bb));
    });
    switchOn(state)
        .is(CONFIG, () -> {
          cnt.next(cnt.plus(1));
          when(cnt.eq(EveRegisterMap.CHILD - 1), () -> {
            state.next(FETCH);
            cnt.next(0);
          });
        })
        .is(FETCH, () -> {
          when(cnt.eq(0).and(badParent.or(longParent)), () -> {
            state.next(IDLE);
            doneBit.next(True());
            errorBit.next(True());
            errorCode.next(mux(badParent, U(ArrayError.PARENT_RANGE.code(), 4), U(ArrayError.GENOME_LENGTH.code(), 4)));
            errorEntry.next(entry);
          }).otherwise(() -> {
            when(cnt.eq(0), () -> used.next(used.or(U(1, 256).shl(fp1)).or(U(1, 256).shl(fp2))));
            cnt.next(cnt.plus(1));
            when(cnt.eq(7), () -> {
              cnt.next(0);
              when(idx.plus(1).eq(waveSize), () -> state.next(LOAD)).otherwise(() -> idx.next(idx.plus(1)));
            });
          });
        })
        .is(LOAD, () -> {
          when(issue.and(curJ.plus(1).eq(curLen)), () -> used.next(used.and(U(1, 256).shl(curG).not())));
          when(issue.not(), () -> state.next(START));
        })
        .is(START, () -> state.next(BREED))
        .is(BREED, () -> {
          when(anyOverflow, () -> {
            state.next(IDLE);
            doneBit.next(True());
            errorBit.next(True());
            errorCode.next(ArrayError.CHILD_LENGTH.code());
            errorEntry.next(first.plus(overflowPe).resize(8));
          }).elseWhen(allDone, () -> {
            state.next(DRAIN);
            drainPe.next(0);
            drainJ.next(0);
          });
        })
        .is(DRAIN, () -> {
          when(regionFull, () -> {
            state.next(IDLE);
            doneBit.next(True());
            errorBit.next(True());
            errorCode.next(ArrayError.SRAM_OVERFLOW.code());
            errorEntry.next(first.plus(drainPe).resize(8));
          }).otherwise(() -> {
            alloc.next(alloc.plus(1));
            when(wBank.eq(c.banks() - 1), () -> {
              wBank.next(0);
              wRow.next(wRow.plus(1));
            }).otherwise(() -> wBank.next(wBank.plus(1)));
            drainJ.next(drainJ.plus(1));
            when(drainJ.plus(1).eq(childLen), () -> {
              drainJ.next(0);
              when(drainPe.plus(1).eq(waveSize), () -> {
                first.next(nextFirst);
                idx.next(0);
                cnt.next(0);
                used.next(U(0, 256));
                when(nextFirst.lt(entries), () -> state.next(FETCH)).otherwise(() -> {
                  state.next(IDLE);
                  doneBit.next(True());
                });
              }).otherwise(() -> drainPe.next(drainPe.plus(1)));
            });
          });
        });

    // ----- the directory's one write port: the host, or DRAIN's child entry ----------------------------
    Bool dirChild = drainWrite.and(drainJ.eq(0)).named("dir_child");
    Bool hostDir = hostWrite.and(hostSel.eq(SEL_DIRECTORY)).named("host_dir");
    UInt childEntry = cat(peConns.extendTo(COUNT_BITS), peNodes.extendTo(COUNT_BITS), wRow.extendTo(16),
        wBank.extendTo(8)).asUInt().named("child_entry");
    when(dirChild, () -> directory.write(cat(childRegion, drainId).asUInt(), childEntry))
        .elseWhen(hostDir, () -> directory.write(hostAddr.bits(8, 0), hostData.bits(DIR_BITS - 1, 0)));
    UInt hostLen = hostData.bits(36, 24).extendTo(14).plus(hostData.bits(49, 37).extendTo(14)).named("host_len");
    UInt hostBit = U(1, 256).shl(hostAddr.bits(7, 0)).named("host_bit");
    UInt childBit = U(1, 256).shl(drainId).named("child_bit");
    when(startGen, () -> {
      when(hostData.bit(32), () -> valid0.next(U(0, 256))).otherwise(() -> valid1.next(U(0, 256)));
    }).elseWhen(dirChild, () -> {
      when(childRegion, () -> valid1.next(valid1.or(childBit))).otherwise(() -> valid0.next(valid0.or(childBit)));
    }).elseWhen(hostDir, () -> {
      UInt v = mux(hostLen.ne(0), hostBit, U(0, 256));
      when(hostAddr.bit(8), () -> valid1.next(valid1.and(hostBit.not()).or(v)))
          .otherwise(() -> valid0.next(valid0.and(hostBit.not()).or(v)));
    });

    // ----- host reads: an SRAM word or a directory entry, shown the next cycle ----------------------------
    Bool rdPending = reg("rd_pending", Bool()).init(0);
    Bool rdWasDir = reg("rd_was_dir", Bool()).init(0);
    UInt rdDir = reg("rd_dir", UInt(DIR_BITS)).init(0);
    rdPending.next(rdValid.and(idle));
    rdWasDir.next(rdSel);
    UInt hostDirEntry = directory.read(rdAddr.bits(8, 0)).named("host_dir_entry");
    Bool hostDirValid = mux(rdAddr.bit(8), valid1, valid0).shr(rdAddr.bits(7, 0)).bit(0).named("host_dir_valid");
    rdDir.next(mux(hostDirValid, hostDirEntry, U(0, DIR_BITS)));
    rdData.drive(mux(rdPending, mux(rdWasDir, rdDir.extendTo(64), sramQ), U(0, 64)));

    busyOut.drive(idle.not());
    irq.drive(doneBit);
    status.drive(cat(errorEntry, errorCode, False(), errorBit, doneBit, idle.not()).asUInt());
    cyclesOut.drive(cycles);
    wrValid.drive(drainWrite);
    wrAddr.drive(mux(drainWrite, alloc.extendTo(32).plus(mux(childRegion, U(c.regionWords(), 32), U(0, 32))),
        U(0, 32)));
    wrData.drive(mux(drainWrite, drainWord, U(0, 64)));
  }

  private static List<Bool> reversed(List<ArrayPe> pes) {
    List<Bool> r = new ArrayList<>();
    for (int i = pes.size() - 1; i >= 0; i--) {
      r.add(pes.get(i).done);
    }
    return r;
  }
}
