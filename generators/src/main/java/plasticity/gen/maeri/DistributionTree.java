package plasticity.gen.maeri;

import java.util.ArrayList;
import java.util.List;
import plasticity.hdl.Bool;
import plasticity.hdl.Module;
import plasticity.hdl.SInt;
import plasticity.hdl.UInt;

/**
 * One tree of MAERI's distribution network (docs/spec/maeri.md, "Distribution network"): S - 1
 * distribute switches in log2 S levels from one root port to S multiplier switches, with a
 * pipeline register after every {@code pipe} levels (none for 0). The root word is
 * {mask[S-1:0], kind, data[W-1:0]}; local MS j gets {@code out_<j>_valid}, kind and data.
 */
public final class DistributionTree extends Module {
  /** One edge between levels: a valid bit, the payload {kind, data}, the rest of the mask. */
  private record Edge(Bool valid, UInt payload, UInt mask) {}

  public final Bool inValid;
  public final UInt inWord;
  public final List<Bool> outValid = new ArrayList<>();
  public final List<Bool> outKind = new ArrayList<>();
  public final List<SInt> outData = new ArrayList<>();
  /** Clock enable of the pipeline registers (the fabric's advance); null unless built to stall. */
  public final Bool en;

  public DistributionTree(int s, int w, int pipe) {
    this(s, w, pipe, false);
  }

  /** @param stall whether an {@code en} input freezes the pipeline registers */
  public DistributionTree(int s, int w, int pipe, boolean stall) {
    param("S", s);
    param("W", w);
    param("PIPE", pipe);
    int levels = Integer.numberOfTrailingZeros(s);
    boolean anyRegister = pipe > 0 && pipe <= levels;
    if (stall && anyRegister) {
      param("EN", 1);
    }
    doc("MAERI distribution tree: " + s + " multiplier switches, " + w + "-bit data, "
        + (pipe == 0 ? "no pipeline register" : "a pipeline register after every " + pipe + " level(s)"));
    inValid = in("in_valid", Bool());
    inWord = in("in_word", UInt(s + w + 1));
    en = stall && anyRegister ? in("en", Bool()) : null;

    List<Edge> edges = List.of(new Edge(inValid, inWord.bits(w, 0).named("root_payload"),
        inWord.bits(s + w, w + 1).named("root_mask")));
    for (int level = 0; level < levels; level++) {
      List<Edge> next = new ArrayList<>();
      for (int i = 0; i < edges.size(); i++) {
        Edge e = edges.get(i);
        DistributeSwitch ds = instance("ds_l" + level + "_" + i, new DistributeSwitch(s >> level, w + 1));
        ds.inValid.drive(e.valid());
        ds.inPayload.drive(e.payload());
        ds.inMask.drive(e.mask());
        next.add(new Edge(ds.leftValid, ds.leftPayload, ds.leftMask));
        next.add(new Edge(ds.rightValid, ds.rightPayload, ds.rightMask));
      }
      edges = (pipe > 0 && (level + 1) % pipe == 0) ? register(level, next, w) : next;
    }
    for (int j = 0; j < s; j++) {
      Edge e = edges.get(j);
      // With no switch (S = 1) the one mask bit gates the root word directly.
      Bool valid = levels == 0 ? e.valid().and(e.mask().bit(0)) : e.valid();
      outValid.add(out("out_" + j + "_valid", Bool()));
      outKind.add(out("out_" + j + "_kind", Bool()));
      outData.add(out("out_" + j + "_data", SInt(w)));
      outValid.get(j).drive(valid);
      outKind.get(j).drive(e.payload().bit(w));
      outData.get(j).drive(e.payload().bits(w - 1, 0).asSInt());
    }
  }

  /** The pipeline register after {@code level}: only the valid bits are reset. */
  private List<Edge> register(int level, List<Edge> edges, int w) {
    List<Edge> out = new ArrayList<>();
    for (int e = 0; e < edges.size(); e++) {
      String name = "stage_l" + level + "_" + e;
      Bool valid = reg(name + "_valid", Bool()).init(0);
      valid.next(edges.get(e).valid());
      UInt payload = reg(name + "_payload", UInt(w + 1));
      if (en != null) {
        valid.enable(en);
        payload.enable(en);
      }
      payload.next(edges.get(e).payload());
      UInt mask = null;
      if (edges.get(e).mask() != null) {
        mask = reg(name + "_mask", UInt(edges.get(e).mask().width()));
        if (en != null) {
          mask.enable(en);
        }
        mask.next(edges.get(e).mask());
      }
      out.add(new Edge(valid, payload, mask));
    }
    return out;
  }
}
