package plasticity.gen.maeri;

import java.util.ArrayList;
import java.util.List;
import plasticity.hdl.Bool;
import plasticity.hdl.Module;
import plasticity.hdl.SInt;
import plasticity.hdl.UInt;

/**
 * The MAERI fabric (docs/spec/maeri.md, "Fabric"): the front end (distribution network and
 * multiplier switches), the augmented reduction tree, the collection bus and the accumulation
 * buffer. The DN roots, the multiplier controls and the products move only while {@code ready}
 * is high, and a wave enters the ART valid when the {@code wave} bit presented with the controls
 * of its last products is set; the bus drains the ART's collection lanes onto {@code rn_*_<j>} and the buffer adds
 * every result into the entry its tag names.
 */
public final class Fabric extends Module {
  /** The ports a parent drives or reads (docs/spec/maeri.md, "Fabric", "Ports"). */
  public final List<Bool> dnValid = new ArrayList<>();
  public final List<UInt> dnWord = new ArrayList<>();
  public final List<UInt> ctl = new ArrayList<>();
  public final List<UInt> cfg = new ArrayList<>();
  public final List<UInt> tag = new ArrayList<>();
  public final List<Bool> rnValid = new ArrayList<>();
  public final List<UInt> rnVn = new ArrayList<>();
  public final List<SInt> rnSum = new ArrayList<>();
  public final Bool wave;
  public final Bool ready;
  public final Bool accClear;
  public final List<UInt> accRdAddr = new ArrayList<>();
  public final List<Bool> accTake = new ArrayList<>();
  public final List<SInt> accRdData = new ArrayList<>();
  public final List<Bool> accRdValid = new ArrayList<>();

  public Fabric(FabricConfig c) {
    param("N", c.n());
    param("W", c.w());
    param("ACC", c.acc());
    param("BUFW", c.bufW());
    param("DNBW", c.dnBw());
    param("DNPIPE", c.dnPipe());
    param("RNBW", c.rnBw());
    param("RNPIPE", c.rnPipe());
    param("ACCD", c.accDepth());
    doc("MAERI fabric: " + c.n() + " multiplier switches, " + c.w() + "-bit operands, " + c.acc()
        + "-bit sums, " + c.dnBw() + " DN tree(s), " + c.rnBw() + " collection line(s), "
        + c.accDepth() + " accumulation entries of " + c.bufW() + " bits");
    ready = out("ready", Bool());

    // Distribution network and multiplier switches: roots and controls are taken when ready.
    MaeriFrontEnd frontEnd = instance("front_end", new MaeriFrontEnd(c.frontEnd(), true));
    for (int r = 0; r < c.dnBw(); r++) {
      dnValid.add(in("dn_valid_" + r, Bool()));
      dnWord.add(in("dn_word_" + r, UInt(c.frontEnd().treeSize() + c.w() + 1)));
      frontEnd.dnValid.get(r).drive(dnValid.get(r));
      frontEnd.dnWord.get(r).drive(dnWord.get(r));
    }
    for (int i = 0; i < c.n(); i++) {
      ctl.add(in("ctl_" + i, UInt(2)));
      frontEnd.ctl.get(i).drive(ctl.get(i));
    }

    // The ART: one wave per advance, valid when the wave bit that came with the controls of its
    // products is (a step's products may be made over several cycles; the MSs hold them).
    wave = in("wave", Bool());
    Bool waveQ = reg("wave_q", Bool()).init(0);
    Art art = instance("art", new Art(new ArtConfig(c.n(), c.acc()), c.rnPipe(), true));
    for (int i = 0; i < c.n(); i++) {
      art.prod.get(i).drive(frontEnd.prod.get(i));
      frontEnd.prodValid.get(i).allowUnused(); // the wave bit, not the product valids, makes a wave
    }
    art.inValid.drive(waveQ);
    for (int id = 0; id < c.n() - 1; id++) {
      cfg.add(in("cfg_" + id, UInt(7)));
      art.cfg.get(id).drive(cfg.get(id));
    }

    // The collection bus: lane k onto line k mod rnBw; the fabric advances when nothing waits.
    CollectionBus bus = instance("bus", new CollectionBus(c.lanes(), c.rnBw(), c.acc(), c.tagBits()));
    for (int k = 0; k < c.lanes(); k++) {
      bus.lane.get(k).drive(art.lanes.get(k));
      bus.laneValid.get(k).drive(art.laneValid.get(k));
      tag.add(in("tag_" + k, UInt(c.tagBits())));
      bus.tag.get(k).drive(tag.get(k));
    }
    // Whether a lane could get a result at the next advance: a valid wave one stage behind it.
    // Stage j's valid is the wave bit j advances on (the ART's own valid pipeline); a lane at the
    // ART's inputs (latency 0) depends on this cycle's inputs, so it always could.
    List<Bool> stageValid = new ArrayList<>();
    stageValid.add(waveQ);
    int levels = c.artLevels();
    int deepest = c.rnPipe() == 0 ? 0 : levels / c.rnPipe();
    for (int j = 1; j < deepest; j++) {
      Bool v = reg("stage_valid_" + j, Bool()).init(0);
      Bool behind = stageValid.get(j - 1);
      when(bus.advance, () -> v.next(behind));
      stageValid.add(v);
    }
    for (int k = 0; k < c.lanes(); k++) {
      int level = k < c.n() - 1 ? 31 - Integer.numberOfLeadingZeros(k + 1) : levels - 1;
      int latency = c.rnPipe() == 0 ? 0 : (levels - level) / c.rnPipe();
      bus.incoming.get(k).drive(latency == 0 ? True() : stageValid.get(latency - 1));
    }
    // One stall domain: the front end and the ART move only when no waiting result blocks the bus.
    ready.drive(bus.advance);
    frontEnd.en.drive(bus.advance);
    when(bus.advance, () -> waveQ.next(wave));
    if (art.en != null) {
      art.en.drive(bus.advance);
    }

    // The accumulation buffer: every line's result adds into its entry.
    AccumulationBuffer buffer = instance("acc_buf", new AccumulationBuffer(c.accDepth(), c.rnBw(), c.acc(), c.bufW()));
    for (int j = 0; j < c.rnBw(); j++) {
      Bool valid = out("rn_valid_" + j, Bool());
      UInt vn = out("rn_vn_" + j, UInt(c.tagBits()));
      SInt sum = out("rn_sum_" + j, SInt(c.acc()));
      rnValid.add(valid);
      rnVn.add(vn);
      rnSum.add(sum);
      valid.drive(bus.lineValid.get(j));
      vn.drive(bus.lineVn.get(j));
      sum.drive(bus.lineSum.get(j));
      buffer.lineValid.get(j).drive(bus.lineValid.get(j));
      buffer.lineVn.get(j).drive(bus.lineVn.get(j));
      buffer.lineSum.get(j).drive(bus.lineSum.get(j));
    }
    accClear = in("acc_clear", Bool());
    buffer.clear.drive(accClear);
    // Read port j: acc_rd_addr_j, and acc_take_j, which is taken (like the DN words) when ready.
    for (int j = 0; j < c.rnBw(); j++) {
      accRdAddr.add(in("acc_rd_addr_" + j, UInt(c.tagBits())));
      accTake.add(in("acc_take_" + j, Bool()));
      accRdData.add(out("acc_rd_data_" + j, SInt(c.bufW())));
      accRdValid.add(out("acc_rd_valid_" + j, Bool()));
      buffer.rdAddr.get(j).drive(accRdAddr.get(j));
      buffer.take.get(j).drive(accTake.get(j).and(bus.advance));
      accRdData.get(j).drive(buffer.rdData.get(j));
      accRdValid.get(j).drive(buffer.rdValid.get(j));
    }
  }
}
