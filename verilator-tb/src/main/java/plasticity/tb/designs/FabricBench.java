package plasticity.tb.designs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import plasticity.golden.maeri.ArtCompiler;
import plasticity.golden.maeri.ArtConfig;
import plasticity.golden.maeri.CollectionLanes;
import plasticity.golden.maeri.DnKind;
import plasticity.golden.maeri.DnWord;
import plasticity.golden.maeri.FabricConfig;
import plasticity.golden.maeri.FabricInputs;
import plasticity.golden.maeri.FabricModel;
import plasticity.golden.maeri.FabricOutputs;
import plasticity.golden.maeri.MsControl;
import plasticity.hdl.GeneratedDesign;
import plasticity.tb.trace.Trace;

/**
 * The MAERI fabric against {@code FabricModel} (docs/spec/maeri.md, "Fabric"). The trace runs
 * segments: a random VN list compiled by the golden {@code ArtCompiler}, held on the cfg ports
 * with random distinct tags (buffer entries) on its lanes, while random DN words (weights and
 * activations, unicast to broadcast, extremes a fifth of the time) and MS controls (DN and link
 * activations) stream in, with the wave bit set three cycles in four; then idle words until the
 * ART and the bus are empty, before the next list. A line with two results holds one, and the
 * fabric stalls when a wave is right behind it, so ready and the held state are exercised at every
 * rnBw; acc_clear comes now and then
 * (otherwise passes fold into the same entries), every read port's acc_rd_addr is random and takes
 * its entry one cycle in eight, and a reset may come mid-run.
 */
public final class FabricBench implements DesignBench {
  static final int CYCLES = 320;

  private final String design;

  public FabricBench(String design) {
    this.design = design;
  }

  @Override
  public String design() {
    return design;
  }

  /** Seven Verilator builds: N 8, 16, 64; W 8, 16; dnBw and rnBw from 1 to N; every rnPipe shape; ACCD N, 2N, 4N. */
  @Override
  public List<Map<String, String>> parameterSets() {
    return List.of(
        Map.of(),
        Map.of("N", "8", "W", "8", "ACC", "16", "BUFW", "24", "dnBw", "1", "dnPipe", "0", "rnBw", "1", "rnPipe", "0",
            "ACCD", "16"),
        Map.of("N", "8", "W", "16", "ACC", "32", "BUFW", "40", "dnBw", "8", "dnPipe", "0", "rnBw", "8", "rnPipe", "3"),
        Map.of("N", "16", "W", "16", "ACC", "40", "BUFW", "48", "dnBw", "2", "dnPipe", "2", "rnBw", "16", "rnPipe", "2"),
        Map.of("N", "64", "W", "8", "ACC", "20", "BUFW", "32", "dnBw", "4", "dnPipe", "2", "rnBw", "2", "rnPipe", "1"),
        Map.of("N", "16", "W", "8", "ACC", "16", "BUFW", "16", "dnBw", "16", "dnPipe", "0", "rnBw", "3", "rnPipe", "4",
            "ACCD", "64"),
        Map.of("N", "64", "W", "16", "ACC", "32", "BUFW", "32", "dnBw", "64", "dnPipe", "0", "rnBw", "64", "rnPipe", "3"));
  }

  /**
   * The gates (lint, Icarus, Yosys) at N <= 16: a generic Yosys synth of the N = 64 fabric takes
   * minutes on two cores; it is the same switch code, and `plasticity synth maeri-fabric --set N=64`
   * (docs/results/maeri.md, "Synthesis") covers it.
   */
  @Override
  public List<Map<String, String>> gateParameterSets() {
    return parameterSets().stream().filter(s -> Integer.parseInt(s.getOrDefault("N", "16")) <= 16).toList();
  }

  static FabricConfig config(Map<String, String> s) {
    int n = Integer.parseInt(s.get("N"));
    return new FabricConfig(n, Integer.parseInt(s.get("W")), Integer.parseInt(s.get("ACC")),
        Integer.parseInt(s.get("BUFW")), Integer.parseInt(s.get("dnBw")), Integer.parseInt(s.get("dnPipe")),
        Integer.parseInt(s.get("rnBw")), Integer.parseInt(s.get("rnPipe")), Integer.parseInt(s.get("ACCD")));
  }

  @Override
  public Trace trace(GeneratedDesign d, long seed) {
    FabricConfig c = config(d.configuration());
    FabricModel model = new FabricModel(c);
    SplittableRandom random = new SplittableRandom(seed);
    Rows rows = new Rows(d, seed);
    int n = c.n();
    int size = c.frontEnd().treeSize();
    int dnLatency = c.frontEnd().dnLatency();
    int linkShare = 1 + random.nextInt(3);
    int t = 0;
    while (t < CYCLES) {
      ArtConfig art = ArtCompiler.compile(n, ArtBench.randomVnList(n, random));
      int[] tags = CollectionLanes.tags(art, distinctEntries(c.accDepth(), art.layout().count(), random));
      int active = 10 + random.nextInt(50);
      boolean clearFirst = random.nextBoolean();
      // Active cycles, then idle ones until the DN is empty and nothing is in the ART or on the bus.
      int idleAdvances = 0;
      for (int k = 0; ; k++, t++) {
        boolean draining = k >= active;
        if (draining && idleAdvances > dnLatency && model.artEmpty()) {
          break;
        }
        if (k > active + 100 * n) {
          throw new IllegalStateException("seed " + seed + ": the fabric did not drain in " + (100 * n) + " cycles");
        }
        boolean rst = t < 2 || random.nextInt(400) == 0;
        List<DnWord> roots = new ArrayList<>();
        for (int r = 0; r < c.dnBw(); r++) {
          roots.add(draining ? new DnWord(false, DnKind.ACTIVATION, 0, java.math.BigInteger.ZERO)
              : FrontEndBench.word(random, c.frontEnd()));
        }
        List<MsControl> ctl = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          // Links across DN tree boundaries too: chains packed across trees take them.
          boolean fromLink = !draining && random.nextInt(4) < linkShare;
          ctl.add(new MsControl(fromLink, random.nextInt(4) != 0));
        }
        // A wave at most cycles, now and then a cycle whose products wait for the next (a step's rows).
        boolean wave = !draining && random.nextInt(4) != 0;
        boolean clear = (k == 0 && clearFirst) || random.nextInt(40) == 0;
        // Each read port a random entry, taken now and then (then it starts afresh).
        int[] addr = new int[c.rnBw()];
        boolean[] take = new boolean[c.rnBw()];
        for (int j = 0; j < c.rnBw(); j++) {
          addr[j] = random.nextInt(c.accDepth());
          take[j] = random.nextInt(8) == 0;
        }
        FabricOutputs out = model.step(new FabricInputs(rst, roots, ctl, wave, art, tags, clear, addr, take));
        if (draining && out.ready()) {
          idleAdvances++;
        }
        rows.set("rst", rst).set("wave", wave).set("acc_clear", clear);
        for (int r = 0; r < c.dnBw(); r++) {
          rows.set("dn_valid_" + r, roots.get(r).valid()).set("dn_word_" + r, roots.get(r).encode(c.w(), size));
        }
        for (int i = 0; i < n; i++) {
          rows.set("ctl_" + i, ctl.get(i).encode());
        }
        int[] words = art.encode();
        for (int id = 0; id < n - 1; id++) {
          rows.set("cfg_" + id, words[id]);
        }
        for (int lane = 0; lane < tags.length; lane++) {
          rows.set("tag_" + lane, tags[lane]);
        }
        rows.set("ready", out.ready());
        for (int j = 0; j < c.rnBw(); j++) {
          rows.set("rn_valid_" + j, out.valid(j)).set("rn_vn_" + j, out.vn(j)).setSigned("rn_sum_" + j, out.sum(j));
          rows.set("acc_rd_addr_" + j, addr[j]).set("acc_take_" + j, take[j])
              .setSigned("acc_rd_data_" + j, out.accData(j)).set("acc_rd_valid_" + j, out.accWritten(j));
        }
        if (t == 0) {
          rows.outputsDontCare(); // registers hold power-up values until the first edge
        }
        rows.endCycle();
      }
    }
    return rows.build();
  }

  /** {@code count} distinct buffer entries out of {@code n}, in random order. */
  private static List<Integer> distinctEntries(int depth, int count, SplittableRandom random) {
    List<Integer> entries = new ArrayList<>();
    for (int e = 0; e < depth; e++) {
      entries.add(e);
    }
    for (int e = depth - 1; e > 0; e--) {
      java.util.Collections.swap(entries, e, random.nextInt(e + 1));
    }
    return entries.subList(0, count);
  }
}
