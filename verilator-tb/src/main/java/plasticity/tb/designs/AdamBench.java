package plasticity.tb.designs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import plasticity.golden.adam.AdamConfig;
import plasticity.golden.adam.AdamHost;
import plasticity.golden.adam.AdamInputs;
import plasticity.golden.adam.AdamModel;
import plasticity.golden.adam.AdamOutputs;
import plasticity.golden.adam.AdamSchedule;
import plasticity.golden.adam.AdamScheduler;
import plasticity.golden.adam.AdamWords;
import plasticity.golden.adam.BredGenomes;
import plasticity.golden.adam.FixedNetwork;
import plasticity.golden.adam.HostAddress;
import plasticity.golden.adam.HostAddress.Cast;
import plasticity.golden.adam.HostAddress.Region;
import plasticity.golden.adam.RandomFeedForwardGenomes;
import plasticity.golden.neat.Genome;
import plasticity.golden.neat.Rng;
import plasticity.golden.neat.hardware.RandomHardwareGenomes;
import plasticity.hdl.GeneratedDesign;
import plasticity.tb.trace.Trace;

/**
 * ADAM against {@code AdamModel} (docs/spec/adam.md, "Schedule and array"), driven the way a host
 * drives it. Per run: a batch of random genomes (small random ones, a population the hardware
 * operators bred for a random number of generations, or random hardware genomes) on random
 * observations, each in a random PE or broadcast to a row, a column or every PE, each PE with its
 * own observations; between the writes, idle cycles, stray reads, and writes to addresses that
 * must change nothing (unmapped regions, offsets past a buffer, PEs past the array); start; status
 * polled while busy, with writes that must be ignored; every output read back. Some runs reuse
 * the loaded schedules with new observations; some corrupt one PE's schedule (a malformed word,
 * links out of order, too many links) so that its error bit must show while the other PEs
 * finish; now and then a reset lands in the middle of a run. The bench checks every output the
 * model gives against {@link FixedNetwork} before it is written to the trace, so a trace never
 * carries a wrong expectation.
 */
public final class AdamBench implements DesignBench {
  /** Runs per seed. */
  static final int RUNS = 3;

  @Override
  public String design() {
    return "adam";
  }

  @Override
  public List<Map<String, String>> parameterSets() {
    return List.of(
        Map.of(),
        Map.of("ROWS", "2", "COLS", "3", "LINK_DEPTH", "64", "NODE_DEPTH", "16", "VALUE_DEPTH", "16", "ACC", "38"),
        Map.of("ROWS", "4", "COLS", "4", "LINK_DEPTH", "128", "NODE_DEPTH", "32", "VALUE_DEPTH", "32", "ACC", "48"));
  }

  /**
   * The regression's small sets and the 8 x 8 array at the default depths (the synthesis figure
   * of docs/results/adam.md); the 32 x 32 default is 16 times the 8 x 8's 1.2 million generic
   * cells, too many for a test's Yosys run.
   */
  @Override
  public List<Map<String, String>> gateParameterSets() {
    return List.of(parameterSets().get(1), parameterSets().get(2), Map.of("ROWS", "8", "COLS", "8"));
  }

  @Override
  public Trace trace(GeneratedDesign design, long seed) {
    Map<String, String> s = design.configuration();
    AdamConfig config = new AdamConfig(Integer.parseInt(s.get("ROWS")), Integer.parseInt(s.get("COLS")),
        Integer.parseInt(s.get("LINK_DEPTH")), Integer.parseInt(s.get("NODE_DEPTH")),
        Integer.parseInt(s.get("VALUE_DEPTH")), Integer.parseInt(s.get("ACC")));
    Rows rows = new Rows(design, seed);
    boolean[] first = {true};
    AdamHost host = new AdamHost(new AdamModel(config), (in, out) -> {
      rows.set("rst", in.rst()).set("host_we", in.we()).set("host_re", in.re()).set("host_addr", in.addr())
          .set("host_wdata", in.wdata()).set("status", out.status());
      if (out.rdata().isPresent()) {
        rows.set("host_rdata", out.rdata().getAsLong());
      } else {
        rows.dontCare("host_rdata");
      }
      if (first[0]) {
        rows.outputsDontCare(); // registers hold power-up values until the first edge
        first[0] = false;
      }
      rows.endCycle();
    });
    new Session(config, host, new SplittableRandom(seed), Rng.seeded((int) seed)).run();
    return rows.build();
  }

  /** One seed's host program. */
  private static final class Session {
    private final AdamConfig config;
    private final AdamHost host;
    private final SplittableRandom random;
    private final Rng rng;
    private final List<Placed> placed = new ArrayList<>();

    /**
     * A job in a PE: its schedule, its network, its inputs, the control word loaded (to restore
     * after a reset); broken if its schedule was corrupted.
     */
    private record Placed(int row, int col, AdamSchedule schedule, FixedNetwork net, long[] inputs, long control,
        boolean broken) {}

    Session(AdamConfig config, AdamHost host, SplittableRandom random, Rng rng) {
      this.config = config;
      this.host = host;
      this.random = random;
      this.rng = rng;
    }

    void run() {
      host.reset(2);
      for (int run = 0; run < RUNS; run++) {
        if (run == 0 || placed.isEmpty() || random.nextInt(3) != 0) {
          load();
        } else {
          newObservations();
        }
        if (random.nextInt(12) == 0) {
          interruptedRun();
          continue;
        }
        execute();
      }
    }

    /** A new batch in random PEs, every other PE's control word cleared. */
    private void load() {
      placed.clear();
      write(new HostAddress(Region.CONTROL, Cast.ALL, 0, 0, 0), 0);
      List<RandomFeedForwardGenomes.Sample> genomes = genomes();
      List<Integer> free = new ArrayList<>();
      for (int p = 0; p < config.pes(); p++) {
        free.add(p);
      }
      shuffle(free);
      int jobs = 1 + random.nextInt(Math.min(config.pes(), 24));
      int corrupt = random.nextInt(4) == 0 ? random.nextInt(jobs) : -1;
      for (int j = 0; j < jobs && !free.isEmpty(); j++) {
        RandomFeedForwardGenomes.Sample g = genomes.get(random.nextInt(genomes.size()));
        AdamSchedule schedule;
        try {
          schedule = AdamScheduler.schedule(g.genome(), g.numInputs(), g.numOutputs(), config);
        } catch (IllegalArgumentException tooBig) {
          continue; // more than this configuration's buffers hold: refused by the scheduler, nothing to run
        }
        FixedNetwork net = FixedNetwork.create(g.genome(), g.numInputs(), g.numOutputs());
        if (j != corrupt && random.nextInt(6) == 0) {
          // One schedule to a row (mostly), a column, or now and then every PE.
          int pick = random.nextInt(10);
          Cast cast = pick == 0 ? Cast.ALL : pick < 4 ? Cast.COLUMN : Cast.ROW;
          HostAddress target = new HostAddress(Region.CONTROL, cast, random.nextInt(config.rows()),
              random.nextInt(config.cols()), 0);
          placed.removeIf(p -> target.reaches(p.row(), p.col()));
          free.removeIf(p -> target.reaches(p / config.cols(), p % config.cols()));
          host.load(cast, target.row(), target.col(), schedule);
          for (int r = 0; r < config.rows(); r++) {
            for (int c = 0; c < config.cols(); c++) {
              if (target.reaches(r, c)) {
                place(r, c, schedule, net, schedule.control(), false);
              }
            }
          }
        } else {
          int pe = free.remove(free.size() - 1);
          int row = pe / config.cols();
          int col = pe % config.cols();
          long control = j == corrupt ? corruptLoad(row, col, schedule) : -1;
          if (control < 0) {
            loadOne(row, col, schedule);
          }
          place(row, col, schedule, net, control < 0 ? schedule.control() : control, control >= 0);
        }
      }
      for (Placed p : placed) {
        writeInputs(p);
      }
    }

    /**
     * Small random genomes; or a population the hardware operators bred for 0..14 generations;
     * or random hardware genomes (any feed-forward topology EvE may hold: hidden keys anywhere,
     * up to 24 hidden nodes and 64 connections, many of them too large for the small sets).
     */
    private List<RandomFeedForwardGenomes.Sample> genomes() {
      List<RandomFeedForwardGenomes.Sample> out = new ArrayList<>();
      int pick = random.nextInt(3);
      if (pick == 0) {
        for (int i = 0; i < 8; i++) {
          out.add(RandomFeedForwardGenomes.next(rng, i));
        }
        return out;
      }
      BredGenomes bred = new BredGenomes(12, rng);
      if (pick == 1) {
        int generations = random.nextInt(15);
        for (int i = 0; i < generations; i++) {
          bred.breed(rng);
        }
        for (Genome g : bred.population()) {
          out.add(new RandomFeedForwardGenomes.Sample(g, bred.numInputs(), bred.numOutputs()));
        }
        return out;
      }
      for (int i = 0; i < 8; i++) {
        Genome g = RandomHardwareGenomes.genome(random, i, bred.eveConfig(), random.nextInt(25), random.nextInt(65));
        out.add(new RandomFeedForwardGenomes.Sample(g, bred.numInputs(), bred.numOutputs()));
      }
      return out;
    }

    private void place(int row, int col, AdamSchedule s, FixedNetwork net, long control, boolean broken) {
      placed.removeIf(p -> p.row() == row && p.col() == col);
      placed.add(new Placed(row, col, s, net, observation(s.numInputs()), control, broken));
    }

    private void loadOne(int row, int col, AdamSchedule s) {
      write(new HostAddress(Region.CONTROL, Cast.ONE, row, col, 0), s.control());
      long[] nodes = s.nodes();
      for (int i = 0; i < nodes.length; i++) {
        write(new HostAddress(Region.NODE, Cast.ONE, row, col, i), nodes[i]);
      }
      long[] links = s.links();
      for (int i = 0; i < links.length; i++) {
        write(new HostAddress(Region.LINK, Cast.ONE, row, col, i), links[i]);
      }
    }

    /**
     * Loads {@code s} with one fault the PE must report: a reserved activation code, a source
     * slot beyond VALUE_DEPTH, a reserved bit, the node words reversed (a reader before its
     * source), or the fan-ins summing past LINK_DEPTH. Returns the control word loaded, or -1 if
     * the schedule has no room for the fault chosen (nothing is written then).
     */
    private long corruptLoad(int row, int col, AdamSchedule s) {
      long[] nodes = s.nodes();
      long[] links = s.links();
      long control = s.control();
      switch (random.nextInt(5)) {
        case 0 -> nodes[random.nextInt(nodes.length)] |= 5L << AdamWords.NODE_ACTIVATION_LSB;
        case 1 -> {
          if (links.length == 0) {
            return -1;
          }
          links[random.nextInt(links.length)] |= (long) config.valueDepth() << AdamWords.LINK_SOURCE_LSB;
        }
        case 2 -> {
          if (links.length == 0) {
            return -1;
          }
          links[random.nextInt(links.length)] |= 1L << (AdamWords.LINK_TOP + random.nextInt(64 - AdamWords.LINK_TOP));
        }
        case 3 -> {
          if (!readsANode(s)) {
            return -1;
          }
          reverse(nodes, links);
        }
        default -> {
          // Two nodes that each claim LINK_DEPTH links, all reading input 0 (never a
          // destination): the first uses up the buffer, the second runs off its end.
          long fanInMask = ((1L << AdamWords.COUNT_BITS) - 1) << AdamWords.NODE_FAN_IN_LSB;
          long full = nodes[0] & ~fanInMask | (long) config.linkDepth() << AdamWords.NODE_FAN_IN_LSB;
          nodes = new long[] {full, full};
          links = new long[config.linkDepth()];
          Arrays.fill(links, new AdamWords.Link(random.nextInt(-32768, 32768), 0).encode());
          control = new AdamWords.Control(2, s.numInputs()).encode();
        }
      }
      write(new HostAddress(Region.CONTROL, Cast.ONE, row, col, 0), control);
      for (int i = 0; i < nodes.length; i++) {
        write(new HostAddress(Region.NODE, Cast.ONE, row, col, i), nodes[i]);
      }
      for (int i = 0; i < links.length; i++) {
        write(new HostAddress(Region.LINK, Cast.ONE, row, col, i), links[i]);
      }
      return control;
    }

    /** Whether some link of {@code s} reads a slot that a node writes (not an input). */
    private boolean readsANode(AdamSchedule s) {
      for (long word : s.links()) {
        if (AdamWords.link(word, config).orElseThrow().source() >= s.numInputs()) {
          return true;
        }
      }
      return false;
    }

    /** The node words in reverse order, each keeping its own links. */
    private void reverse(long[] nodes, long[] links) {
      List<long[]> groups = new ArrayList<>();
      int next = 0;
      for (long word : nodes) {
        int fanIn = AdamWords.node(word, config).orElseThrow().fanIn();
        groups.add(Arrays.copyOfRange(links, next, next + fanIn));
        next += fanIn;
      }
      int at = 0;
      long[] original = nodes.clone();
      for (int i = 0; i < nodes.length; i++) {
        nodes[i] = original[nodes.length - 1 - i];
        for (long l : groups.get(nodes.length - 1 - i)) {
          links[at++] = l;
        }
      }
    }

    private void newObservations() {
      List<Placed> again = new ArrayList<>();
      for (Placed p : placed) {
        again.add(new Placed(p.row(), p.col(), p.schedule(), p.net(), observation(p.schedule().numInputs()),
            p.control(), p.broken()));
      }
      placed.clear();
      placed.addAll(again);
      for (Placed p : placed) {
        writeInputs(p);
      }
    }

    private void writeInputs(Placed p) {
      long[] x = p.inputs();
      for (int i = 0; i < x.length; i++) {
        write(HostAddress.pe(Region.VALUE, p.row(), p.col(), i), x[i] & 0xFFFF);
      }
    }

    /** Start, poll until done, check the cycle count and every output. */
    private void execute() {
      write(HostAddress.global(HostAddress.START), 0);
      AdamOutputs out = host.step(AdamInputs.idle());
      while (out.busy()) {
        out = host.step(busyCycle());
      }
      long expectedErrors = placed.stream().anyMatch(Placed::broken) ? 1 : 0;
      if ((out.errors() != 0 ? 1 : 0) != expectedErrors) {
        throw new IllegalStateException("the model's error bits " + out.errors() + " disagree with the bench's faults");
      }
      long cycles = host.readAll(List.of(HostAddress.global(HostAddress.CYCLES)))[0].getAsLong();
      if (expectedErrors == 0) {
        int slowest = 2;
        for (Placed p : placed) {
          slowest = Math.max(slowest, p.schedule().runCycles());
        }
        if (cycles != slowest) {
          throw new IllegalStateException("the model ran " + cycles + " cycles, the cycle-count formula says " + slowest);
        }
      }
      List<HostAddress> reads = new ArrayList<>();
      for (Placed p : placed) {
        reads.add(HostAddress.pe(Region.CONTROL, p.row(), p.col(), 0));
      }
      host.readAll(reads);
      for (Placed p : placed) {
        if (!p.broken()) {
          long[] got = host.readOutputs(p.row(), p.col(), p.schedule());
          long[] want = p.net().activateRaw(p.inputs());
          if (!Arrays.equals(got, want)) {
            throw new IllegalStateException("the model disagrees with FixedNetwork for genome "
                + p.schedule().genomeKey() + ": " + Arrays.toString(got) + " vs " + Arrays.toString(want));
          }
        }
        idleNowAndThen();
      }
    }

    /**
     * A run cut short by a reset. The buffers keep their words but the control words reset to
     * 0, so the host writes them again before the run is repeated to the end.
     */
    private void interruptedRun() {
      write(HostAddress.global(HostAddress.START), 0);
      host.idle(1 + random.nextInt(6));
      host.reset(1 + random.nextInt(2));
      for (Placed p : placed) {
        write(HostAddress.pe(Region.CONTROL, p.row(), p.col(), 0), p.control());
      }
      execute();
    }

    /**
     * While busy: idle, a read of the status or of some PE, or a write the engine must ignore
     * (only in a cycle the model shows busy: in the cycle after the run it would land).
     */
    private AdamInputs busyCycle() {
      int pick = random.nextInt(8);
      if (pick < 2 && !host.model().outputs().busy()) {
        return AdamInputs.idle();
      }
      if (pick == 0) {
        return AdamInputs.write(HostAddress.pe(Region.VALUE, random.nextInt(config.rows()),
            random.nextInt(config.cols()), 0).encode(), random.nextLong() & 0xFFFF);
      }
      if (pick == 1) {
        return AdamInputs.write(HostAddress.global(HostAddress.START).encode(), 0);
      }
      if (pick < 4) {
        return AdamInputs.read(randomReadAddress());
      }
      return AdamInputs.idle();
    }

    /**
     * A global register, a PE's status, a value slot of a placed PE (an input, or any slot its
     * schedule uses), or now and then an address that reads 0 (a write-only buffer, a PE beyond
     * the array, an unmapped region or offset).
     */
    private long randomReadAddress() {
      int pick = random.nextInt(8);
      if (pick == 0) {
        return strayAddress();
      }
      if (pick == 1) {
        Region r = random.nextBoolean() ? Region.LINK : Region.NODE;
        return HostAddress.pe(r, random.nextInt(config.rows()), random.nextInt(config.cols()), 0).encode();
      }
      if (pick < 4 || placed.isEmpty()) {
        return HostAddress.global(random.nextInt(3)).encode();
      }
      Placed p = placed.get(random.nextInt(placed.size()));
      if (pick == 4) {
        return HostAddress.pe(Region.CONTROL, p.row(), p.col(), 0).encode();
      }
      int slots = pick == 5 ? p.schedule().slots() : p.schedule().numInputs();
      return HostAddress.pe(Region.VALUE, p.row(), p.col(), random.nextInt(slots)).encode();
    }

    /**
     * An address a write must leave alone and a read must answer with 0: a region 5..7, a bit
     * set in [31:29], an offset at or past a buffer's depth, a control or global offset other
     * than the register's, a row or column past the array where the cast uses it.
     */
    private long strayAddress() {
      int row = random.nextInt(config.rows());
      int col = random.nextInt(config.cols());
      int offset = random.nextInt(1 << HostAddress.OFFSET_BITS);
      Cast cast = Cast.values()[random.nextInt(4)];
      switch (random.nextInt(6)) {
        case 0 -> {
          return (long) (5 + random.nextInt(3)) << HostAddress.REGION_LSB | offset;
        }
        case 1 -> {
          long a = new HostAddress(Region.values()[random.nextInt(5)], cast, row, col, 0).encode();
          return a | 1L << (HostAddress.TOP + random.nextInt(32 - HostAddress.TOP));
        }
        case 2 -> {
          Region r = Region.values()[random.nextInt(3)];
          int depth = r == Region.LINK ? config.linkDepth() : r == Region.NODE ? config.nodeDepth() : config.valueDepth();
          int past = depth + random.nextInt(Math.max(1, (1 << HostAddress.OFFSET_BITS) - depth));
          return past >= 1 << HostAddress.OFFSET_BITS ? strayAddress() : new HostAddress(r, cast, row, col, past).encode();
        }
        case 3 -> {
          return new HostAddress(Region.CONTROL, cast, row, col, 1 + random.nextInt(4095)).encode();
        }
        case 4 -> {
          return HostAddress.global(2 + random.nextInt(4094)).encode();
        }
        default -> {
          Region r = Region.values()[random.nextInt(4)];
          if (random.nextBoolean() && config.rows() < 64) {
            Cast rowCast = random.nextBoolean() ? Cast.ONE : Cast.ROW;
            return new HostAddress(r, rowCast, config.rows() + random.nextInt(64 - config.rows()), col, 0).encode();
          }
          if (config.cols() < 64) {
            Cast colCast = random.nextBoolean() ? Cast.ONE : Cast.COLUMN;
            return new HostAddress(r, colCast, row, config.cols() + random.nextInt(64 - config.cols()), 0).encode();
          }
          return HostAddress.global(2).encode();
        }
      }
    }

    private void write(HostAddress a, long word) {
      host.write(a, word);
      idleNowAndThen();
    }

    /** Now and then a few idle cycles, a stray read, or a write to an address that must leave every buffer alone. */
    private void idleNowAndThen() {
      int pick = random.nextInt(16);
      if (pick == 0) {
        host.idle(1 + random.nextInt(3));
      } else if (pick == 1) {
        host.step(AdamInputs.read(randomReadAddress()));
      } else if (pick == 2) {
        host.step(AdamInputs.write(strayAddress(), random.nextLong()));
      }
    }

    private long[] observation(int n) {
      long[] x = new long[n];
      for (int i = 0; i < n; i++) {
        int pick = random.nextInt(10);
        x[i] = pick == 0 ? (random.nextBoolean() ? -32768 : 32767)
            : pick < 5 ? random.nextInt(-2048, 2049) : random.nextInt(-32768, 32768);
      }
      return x;
    }

    private void shuffle(List<Integer> items) {
      for (int i = items.size() - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        Integer t = items.get(i);
        items.set(i, items.get(j));
        items.set(j, t);
      }
    }
  }
}
