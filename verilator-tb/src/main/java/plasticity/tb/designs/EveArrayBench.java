package plasticity.tb.designs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import plasticity.golden.eve.ArrayError;
import plasticity.golden.eve.DirectoryEntry;
import plasticity.golden.eve.EveArrayConfig;
import plasticity.golden.eve.EveArrayModel;
import plasticity.golden.eve.EveRegisterMap;
import plasticity.golden.eve.RandomPasses;
import plasticity.golden.eve.ScheduleEntry;
import plasticity.golden.neat.Genome;
import plasticity.golden.neat.hardware.Breeder;
import plasticity.golden.neat.hardware.ChildSettings;
import plasticity.golden.neat.hardware.EveConfig;
import plasticity.golden.neat.hardware.GeneFormat;
import plasticity.golden.neat.hardware.GenomeCodec;
import plasticity.golden.neat.hardware.RandomHardwareGenomes;
import plasticity.golden.prng.SplitMix64;
import plasticity.golden.prng.XorwowState;
import plasticity.hdl.GeneratedDesign;
import plasticity.tb.trace.Trace;

/**
 * The EvE array against {@code EveArrayModel} (docs/spec/eve.md, "Array"): per seed, the host
 * writes a random parent generation (hardware genomes of NEAT-task sizes), its directory, a
 * random schedule (random pairs, rates, seeds and child ids) and the run configuration, starts a
 * generation, waits for the interrupt and reads every child and directory entry back; when the
 * first generation succeeds a second one breeds from its children (the regions swapped, nothing
 * copied). A sixth of the seeds break the schedule on purpose (a parent id out of range, a
 * parent longer than LMAX) and small regions and buffers make children overflow now and then:
 * the status register must say what the model says. Every output is compared every cycle: the
 * SRAM write port (the children's genes, at their cycles), busy, irq, status, the cycle counter
 * and read data.
 */
public final class EveArrayBench implements DesignBench {
  @Override
  public String design() {
    return "eve";
  }

  @Override
  public List<Map<String, String>> parameterSets() {
    // P = 1, 4, 16 with small SRAMs; bank counts that are not powers of two. P = 256, the default
    // array, with LMAX 64 and regions of 12288 words, so that a schedule of 256 children drains
    // whole (every fourth seed; its PE is a hierarchical block, built once: under half a minute cold).
    return List.of(
        Map.of("P", "1", "BANKS", "3", "DEPTH", "512", "LMAX", "32"),
        Map.of("P", "4", "BANKS", "5", "DEPTH", "256", "LMAX", "64"),
        Map.of("P", "16", "BANKS", "48", "DEPTH", "64", "LMAX", "64"),
        Map.of("P", "256", "BANKS", "48", "DEPTH", "512", "LMAX", "64"));
  }

  /**
   * The gates synthesise with Yosys, which turns every PE buffer, the behavioural models of the
   * SRAM macros (banks, the schedule's 256 x 320 bits) and the top's directory (512 x 50) into
   * flip-flops: one small set keeps that to a few minutes (the 16-PE synthesis is `plasticity
   * synth eve`'s, in docs/results/eve.md).
   */
  @Override
  public List<Map<String, String>> gateParameterSets() {
    return List.of(Map.of("P", "1", "BANKS", "3", "DEPTH", "16", "LMAX", "8"));
  }

  @Override
  public Trace trace(GeneratedDesign design, long seed) {
    return run(design, seed).trace();
  }

  /** A seed's trace and the generations it ran, for the tests of the bench's coverage. */
  record Run(Trace trace, List<EveArrayModel.Generation> generations) {}

  Run run(GeneratedDesign design, long seed) {
    List<EveArrayModel.Generation> generations = new ArrayList<>();
    Map<String, String> cfg = design.configuration();
    EveArrayConfig ac = new EveArrayConfig(Integer.parseInt(cfg.get("P")), Integer.parseInt(cfg.get("BANKS")),
        Integer.parseInt(cfg.get("DEPTH")), Integer.parseInt(cfg.get("WIDTH")), Integer.parseInt(cfg.get("LMAX")),
        Integer.parseInt(cfg.get("QUEUE")));
    SplittableRandom r = new SplittableRandom(seed);
    Host h = new Host(new Rows(design, seed), ac);
    h.reset();
    EveConfig run = config(r);
    // 0: a parent id out of range; 1: a parent longer than LMAX; 2: 256 children (the child region
    // overflows); 3: long parents and high add rates (a child stream overflows LMAX); else: a good schedule.
    int badMode = r.nextInt(16);
    int parentCount = 1 + r.nextInt(Math.min(24, ac.regionWords() / 24));
    int maxConnections = badMode == 3 ? ac.maxGenome() - 12 : Math.min(20, ac.maxGenome() / 2);
    List<long[]> parents = new ArrayList<>();
    for (int i = 0; i < parentCount; i++) {
      Genome g = RandomHardwareGenomes.genome(r, i, run, r.nextInt(7), maxConnections / 2 + r.nextInt(maxConnections / 2));
      parents.add(GenomeCodec.encode(g, i, run.numOutputs()));
    }
    int region = r.nextInt(2);
    for (int a = 0; a < EveRegisterMap.CHILD; a++) {
      // config registers in address order; the model writes them to the PEs from its EveConfig
      h.write(3, a, Integer.toUnsignedLong(EveRegisterMap.configWrites(run).get(a).data()));
    }
    // The parent region's directory: every id, so no stale entry survives; genomes packed from word 0.
    int base = 0;
    List<DirectoryEntry> dir = new ArrayList<>();
    for (long[] g : parents) {
      int nodes = 0;
      while (nodes < g.length && !GeneFormat.isConnection(g[nodes])) {
        nodes++;
      }
      dir.add(new DirectoryEntry(base, nodes, g.length - nodes));
      base += g.length;
    }
    int longId = r.nextInt(parentCount);
    for (int id = 0; id < 256; id++) {
      DirectoryEntry e = id < parentCount ? dir.get(id) : DirectoryEntry.EMPTY;
      if (badMode == 1 && id == longId) {
        e = new DirectoryEntry(e.base(), e.nodes(), ac.maxGenome() + 1 - e.nodes());
      }
      h.model.writeDirectory(region, id, e);
      h.write(1, region << 8 | id, directoryWord(ac, e));
    }
    for (int i = 0; i < parentCount; i++) {
      for (int j = 0; j < parents.get(i).length; j++) {
        int a = region * ac.regionWords() + dir.get(i).base() + j;
        h.model.writeWord(a, parents.get(i)[j]);
        h.write(0, sramAddress(ac, a), parents.get(i)[j]);
      }
    }
    List<ScheduleEntry> schedule = schedule(r, parentCount, badMode == 2 ? 256 : 1 + r.nextInt(Math.min(256, 3 * ac.pes() + 4)));
    if (badMode == 3) {
      for (int k = 0; k < schedule.size(); k++) {
        ChildSettings c = schedule.get(k).child();
        schedule.set(k, new ScheduleEntry(schedule.get(k).parent1(), schedule.get(k).parent2(),
            new ChildSettings(c.genomeId(), c.seed(), 0, 20000, 0, 45000)));
      }
    }
    if (badMode == 0) {
      int k = r.nextInt(schedule.size());
      ScheduleEntry e = schedule.get(k);
      schedule.set(k, new ScheduleEntry(e.parent1(), parentCount + r.nextInt(256 - parentCount), e.child()));
    }
    EveArrayModel.Generation g1 = h.generation(run, schedule, parentCount, region, r);
    check(run, schedule, parents, h.model, g1, 1 - region, "seed " + seed);
    generations.add(g1);
    if (g1.error() == ArrayError.NONE && badMode > 3) {
      // Ping-pong: the children are the next parents, where the array wrote them.
      int maxId = 0;
      List<Integer> ids = new ArrayList<>();
      for (ScheduleEntry e : schedule) {
        ids.add(e.child().genomeId());
        maxId = Math.max(maxId, e.child().genomeId());
      }
      List<ScheduleEntry> next = new ArrayList<>();
      List<Integer> slots = slots(r);
      int n = 1 + r.nextInt(Math.min(256, 2 * ac.pes() + 3));
      for (int k = 0; k < n; k++) {
        ChildSettings c = RandomPasses.child(r, r.nextInt());
        next.add(new ScheduleEntry(ids.get(r.nextInt(ids.size())), ids.get(r.nextInt(ids.size())),
            new ChildSettings(slots.get(k), c.seed(), c.nodeDelete(), c.connAdd(), c.connDelete(), c.nodeAdd())));
      }
      List<long[]> gen2 = new ArrayList<>();
      for (int id = 0; id <= maxId; id++) {
        gen2.add(h.model.genome(1 - region, id));
      }
      EveArrayModel.Generation g2 = h.generation(run, next, maxId + 1, 1 - region, r);
      check(run, next, gen2, h.model, g2, region, "seed " + seed + " generation 2");
      generations.add(g2);
    }
    return new Run(h.rows.build(), generations);
  }

  /** Configurations with few outputs: genomes of NEAT-task sizes. */
  private static EveConfig config(SplittableRandom r) {
    EveConfig c = RandomPasses.config(r);
    while (c.numOutputs() > 4) {
      c = RandomPasses.config(r);
    }
    return c;
  }

  private static List<Integer> slots(SplittableRandom r) {
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < 256; i++) {
      ids.add(i);
    }
    Collections.shuffle(ids, new java.util.Random(r.nextLong()));
    return ids;
  }

  private static List<ScheduleEntry> schedule(SplittableRandom r, int parentCount, int n) {
    List<Integer> ids = slots(r);
    List<ScheduleEntry> s = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      ChildSettings c = RandomPasses.child(r, r.nextInt());
      s.add(new ScheduleEntry(r.nextInt(parentCount), r.nextInt(parentCount),
          new ChildSettings(ids.get(k), c.seed(), c.nodeDelete(), c.connAdd(), c.connDelete(), c.nodeAdd())));
    }
    return s;
  }

  /** Every child the model stored is the operators' child and a hardware genome (the trace then makes the RTL agree). */
  private static void check(EveConfig run, List<ScheduleEntry> schedule, List<long[]> parents, EveArrayModel model,
      EveArrayModel.Generation g, int childRegion, String what) {
    int stored = g.error() == ArrayError.NONE ? schedule.size() : 0;
    for (int k = 0; k < stored; k++) {
      ScheduleEntry e = schedule.get(k);
      long[] want = Breeder.breed(run, e.child(), parents.get(e.parent1()), parents.get(e.parent2()));
      long[] got = model.genome(childRegion, e.child().genomeId());
      if (!Arrays.equals(want, got)) {
        throw new IllegalStateException(what + ": the array model stored a child of entry " + k + " that is not Breeder.breed's");
      }
      try {
        RandomHardwareGenomes.check(GenomeCodec.decode(got, 0, run.numOutputs()), run.numInputs(), run.numOutputs());
      } catch (RuntimeException ex) {
        throw new IllegalStateException(what + ": child of entry " + k + " is not a hardware genome: " + ex.getMessage(), ex);
      }
    }
  }

  static long directoryWord(EveArrayConfig ac, DirectoryEntry e) {
    return (e.base() % ac.banks()) | (long) (e.base() / ac.banks()) << 8 | (long) e.nodes() << 24
        | (long) e.connections() << 37;
  }

  /** The host's SRAM address of linear word a: physical row above bit 8, bank in [7:0]. */
  static long sramAddress(EveArrayConfig ac, int a) {
    return (long) (a / ac.banks()) << 8 | a % ac.banks();
  }

  /** The host side of the trace: one port operation a cycle, the model's outputs expected. */
  private static final class Host {
    final Rows rows;
    final EveArrayModel model;
    final EveArrayConfig ac;
    int status;
    int cycles;
    boolean irq;
    long rdExpected;
    boolean rdNext;
    int row;

    Host(Rows rows, EveArrayConfig ac) {
      this.rows = rows;
      this.ac = ac;
      this.model = new EveArrayModel(ac);
    }

    void reset() {
      for (int i = 0; i < 2; i++) {
        idleInputs().set("rst", true);
        if (i == 0) {
          rows.outputsDontCare();
        } else {
          idleOutputs(false);
        }
        rows.endCycle();
        row++;
      }
    }

    Rows idleInputs() {
      return rows.set("rst", false).set("host_valid", false).set("host_sel", 0).set("host_addr", 0)
          .set("host_data", 0).set("rd_valid", false).set("rd_sel", false).set("rd_addr", 0);
    }

    /** The outputs of an idle cycle: the status and counter of the last generation, read data if a read was made. */
    void idleOutputs(boolean busy) {
      rows.set("busy", busy).set("irq", irq).set("status", status).set("cycles", cycles)
          .set("wr_valid", false).set("wr_addr", 0).set("wr_data", 0)
          .set("rd_data", rdNext ? rdExpected : 0);
      rdNext = false;
    }

    void write(int sel, long addr, long data) {
      idleInputs().set("host_valid", true).set("host_sel", sel).set("host_addr", addr).set("host_data", data);
      idleOutputs(false);
      rows.endCycle();
      row++;
    }

    void read(boolean dir, long addr, long expected) {
      idleInputs().set("rd_valid", true).set("rd_sel", dir).set("rd_addr", addr);
      idleOutputs(false);
      rows.endCycle();
      row++;
      rdNext = true;
      rdExpected = expected;
    }

    EveArrayModel.Generation generation(EveConfig run, List<ScheduleEntry> schedule, int parentCount, int region,
        SplittableRandom r) {
      for (int k = 0; k < schedule.size(); k++) {
        ScheduleEntry e = schedule.get(k);
        ChildSettings c = e.child();
        XorwowState s = SplitMix64.xorwowState(Integer.toUnsignedLong(c.seed()));
        long[] w = {e.parent1() | e.parent2() << 8 | (long) c.genomeId() << 16,
            c.nodeDelete() | (long) c.connAdd() << 16 | (long) c.connDelete() << 32 | (long) c.nodeAdd() << 48,
            Integer.toUnsignedLong(s.x()) | (long) s.y() << 32, Integer.toUnsignedLong(s.z()) | (long) s.w() << 32,
            Integer.toUnsignedLong(s.v()) | (long) r.nextInt() << 32};
        for (int i = 0; i < w.length; i++) {
          write(2, k << 3 | i, w[i]);
        }
      }
      EveArrayModel.Generation g = model.generation(run, schedule, parentCount, region);
      write(3, 16, schedule.size() | (long) parentCount << 16 | (long) region << 32);
      int wi = 0;
      for (int c = 0; c < g.cycles(); c++) {
        idleInputs();
        rows.set("busy", true).set("irq", false).set("status", 1).set("cycles", c).set("rd_data", rdNext ? rdExpected : 0);
        rdNext = false;
        if (wi < g.writes().size() && g.writes().get(wi).cycle() == c) {
          EveArrayModel.Write w = g.writes().get(wi++);
          rows.set("wr_valid", true).set("wr_addr", w.address()).set("wr_data", w.word());
        } else {
          rows.set("wr_valid", false).set("wr_addr", 0).set("wr_data", 0);
        }
        rows.endCycle();
        row++;
      }
      status = g.status();
      cycles = g.cycles();
      irq = true;
      // Read back every child directory entry of the child region (empty ones included) and every word written.
      int childRegion = 1 - region;
      for (int id = 0; id < 256; id += 1 + r.nextInt(4)) {
        read(true, childRegion << 8 | id, directoryWord(ac, model.directory(childRegion, id)));
      }
      for (EveArrayModel.Write w : g.writes()) {
        read(false, sramAddress(ac, w.address()), model.word(w.address()));
      }
      idleInputs();
      idleOutputs(false);
      rows.endCycle();
      row++;
      return g;
    }
  }
}
