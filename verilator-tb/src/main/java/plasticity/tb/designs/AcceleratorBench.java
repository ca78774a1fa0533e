package plasticity.tb.designs;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import plasticity.golden.maeri.AcceleratorConfig;
import plasticity.golden.maeri.AcceleratorInputs;
import plasticity.golden.maeri.AcceleratorModel;
import plasticity.golden.maeri.AcceleratorOutputs;
import plasticity.golden.maeri.ArtEntry;
import plasticity.golden.maeri.HostWrite;
import plasticity.golden.maeri.ProgramRow;
import plasticity.golden.maeri.mapper.Conv;
import plasticity.golden.maeri.mapper.Fc;
import plasticity.golden.maeri.mapper.Granule;
import plasticity.golden.maeri.mapper.HostSession;
import plasticity.golden.maeri.mapper.Layer;
import plasticity.golden.maeri.mapper.Mapper;
import plasticity.golden.maeri.mapper.Mapping;
import plasticity.golden.maeri.mapper.ProgramCompiler;
import plasticity.golden.maeri.mapper.Sparse;
import plasticity.golden.maeri.mapper.Tensors;
import plasticity.hdl.GeneratedDesign;
import plasticity.tb.trace.Trace;

/**
 * The MAERI accelerator against {@code AcceleratorModel} (docs/spec/maeri.md, "Accelerator"). A
 * seed draws a small random layer (CONV, FC, or either pruned) and random data, maps it with the
 * golden mapper (its choice, or another candidate when the choice does not compile for these
 * memories), compiles the program, and records what a host does through the host port: reset,
 * one write a cycle, start, wait for done, read every output back. The testbench never scripts
 * the fabric; the RTL's busy, done, bad and rd_data must equal the model's every cycle, so the
 * done cycle and every output are compared.
 */
public final class AcceleratorBench implements DesignBench {
  private final String design;

  public AcceleratorBench(String design) {
    this.design = design;
  }

  @Override
  public String design() {
    return design;
  }

  /** Six Verilator builds: N 8, 16, 64; W 8, 16; dnBw and rnBw from 1 to N; dnPipe and rnPipe shapes; ACCD N, 2N, 4N. */
  @Override
  public List<Map<String, String>> parameterSets() {
    return List.of(
        Map.of(),
        Map.of("N", "8", "W", "8", "ACC", "32", "BUFW", "32", "dnBw", "1", "dnPipe", "0", "rnBw", "1", "rnPipe", "0",
            "ACCD", "8"),
        Map.of("N", "8", "W", "16", "ACC", "48", "BUFW", "48", "dnBw", "8", "dnPipe", "0", "rnBw", "8", "rnPipe", "3"),
        Map.of("N", "16", "W", "16", "ACC", "40", "BUFW", "48", "dnBw", "2", "dnPipe", "2", "rnBw", "16", "rnPipe", "2",
            "ACCD", "64"),
        Map.of("N", "64", "W", "8", "ACC", "32", "BUFW", "32", "dnBw", "4", "dnPipe", "2", "rnBw", "2", "rnPipe", "1"),
        Map.of("N", "64", "W", "16", "ACC", "48", "BUFW", "48", "dnBw", "64", "dnPipe", "0", "rnBw", "64", "rnPipe", "3",
            "WDEPTH", "128", "IDEPTH", "128"));
  }

  /**
   * The gates synthesise the SRAM macros' behavioural models too (flip-flops to a generic Yosys
   * synth), so they run at N <= 16 with small memories: the same controller and fabric code, in
   * minutes rather than hours. {@code plasticity synth} keeps the macros as blackboxes instead.
   * The accumulation buffer is at its smallest, N entries: with rnBw = 16 write lines, its 64
   * entries were 170 000 of the 270 000 generic cells and half of the gate's Yosys time.
   */
  @Override
  public List<Map<String, String>> gateParameterSets() {
    List<Map<String, String>> gated = new java.util.ArrayList<>();
    for (Map<String, String> settings : parameterSets()) {
      String n = settings.getOrDefault("N", "16");
      if (Integer.parseInt(n) <= 16) {
        Map<String, String> small = new java.util.HashMap<>(settings);
        small.putAll(Map.of("WDEPTH", "16", "IDEPTH", "16", "ODEPTH", "16", "PDEPTH", "32", "CDEPTH", "4", "ACCD", n));
        gated.add(small);
      }
    }
    return gated;
  }

  /** The golden configuration of a generated accelerator. */
  public static AcceleratorConfig config(Map<String, String> s) {
    return new AcceleratorConfig(FabricBench.config(s), i(s, "WDEPTH"), i(s, "IDEPTH"), i(s, "ODEPTH"), i(s, "PDEPTH"),
        i(s, "CDEPTH"));
  }

  private static int i(Map<String, String> s, String key) {
    return Integer.parseInt(s.get(key));
  }

  /** A small random layer: CONV or FC, pruned a third of the time. */
  public static Layer randomLayer(SplittableRandom rnd) {
    Layer dense;
    if (rnd.nextBoolean()) {
      int r = rnd.nextInt(1, 4);
      int s = rnd.nextInt(1, 4);
      int pad = rnd.nextInt(0, 2);
      int x = Math.max(1, r - 2 * pad) + rnd.nextInt(0, 5);
      int y = Math.max(1, s - 2 * pad) + rnd.nextInt(0, 5);
      dense = new Conv(r, s, rnd.nextInt(1, 4), rnd.nextInt(1, 5), x, y, rnd.nextInt(1, 3), pad);
    } else {
      dense = new Fc(rnd.nextInt(1, 25), rnd.nextInt(1, 7), rnd.nextInt(1, 4));
    }
    if (rnd.nextInt(3) > 0) {
      return dense;
    }
    return new Sparse(dense, new double[] {0.3, 0.5, 0.8}[rnd.nextInt(3)], rnd.nextInt());
  }

  /** A compiled random layer for {@code config}, and its data. */
  public record Job(Layer layer, Mapping mapping, Tensors data, ProgramCompiler.Program program) {
  }

  /** Draws layers until one compiles for the accelerator's memories. */
  public static Job randomJob(AcceleratorConfig config, SplittableRandom rnd, long seed) {
    var fabric = ProgramCompiler.fabricOf(config.fabric());
    for (int attempt = 0; attempt < 200; attempt++) {
      Layer layer = randomLayer(rnd);
      Tensors data = Tensors.random(layer, fabric.w(), (int) seed + attempt);
      List<Mapping> tries;
      try {
        Mapping chosen = Mapper.map(fabric, layer).mapping();
        List<Mapping> all = Mapper.candidates(fabric, layer);
        Mapping chain = all.stream().filter(m -> m.granule() == Granule.CHAIN).findFirst().orElse(null);
        List<Mapping> shared = all.stream()
            .filter(m -> m.granule() == Granule.SHARED || m.granule() == Granule.MIXED).toList();
        // Packed chains are most of what the mapper picks for real layers (docs/results/maeri.md),
        // shared words (alone or mixed with chains) what it picks for pruned ones at narrow
        // bandwidth; each is one of dozens
        // of a small layer's candidates: a third of the draws that have them try them first.
        if (chain != null && rnd.nextInt(3) == 0) {
          tries = List.of(chain, chosen, all.get(rnd.nextInt(all.size())));
        } else if (!shared.isEmpty() && rnd.nextInt(3) == 0) {
          tries = List.of(shared.get(rnd.nextInt(shared.size())), chosen, all.get(rnd.nextInt(all.size())));
        } else {
          tries = List.of(chosen, all.get(rnd.nextInt(all.size())), all.get(rnd.nextInt(all.size())));
        }
      } catch (IllegalArgumentException e) {
        continue; // every weight pruned, say
      }
      for (Mapping m : tries) {
        try {
          return new Job(layer, m, data, ProgramCompiler.compile(config, layer, m, data.inputs(), data.weights()));
        } catch (IllegalArgumentException e) {
          // does not fit these memories, or too many VNs for a slot: try another
        }
      }
    }
    throw new IllegalStateException("seed " + seed + ": no random layer compiled for " + config);
  }

  @Override
  public Trace trace(GeneratedDesign d, long seed) {
    AcceleratorConfig config = config(d.configuration());
    SplittableRandom rnd = new SplittableRandom(seed);
    Job job = randomJob(config, rnd, seed);
    HostSession.Result run = HostSession.run(new AcceleratorModel(config), job.program(), 5_000_000);
    return hostTrace(d, config, run, seed);
  }

  /** The trace of a host session: its inputs on the host port, the model's outputs expected. */
  public static Trace hostTrace(GeneratedDesign d, AcceleratorConfig config, HostSession.Result run, long seed) {
    Rows rows = new Rows(d, seed);
    int w = config.fabric().w();
    for (int t = 0; t < run.inputs().size(); t++) {
      AcceleratorInputs in = run.inputs().get(t);
      AcceleratorOutputs out = run.observed().get(t);
      rows.set("rst", in.rst()).set("start", in.start()).set("rd_addr", in.rdAddr());
      HostWrite write = in.write();
      rows.set("wr_en", write != null).set("wr_sel", write == null ? 0 : selector(write))
          .set("wr_last", write != null && !(write instanceof HostWrite.Stage))
          .set("wr_addr", write == null ? 0 : write.addr()).set("wr_data", write == null ? BigInteger.ZERO : data(write, config, w));
      rows.set("busy", out.busy()).set("done", out.done()).set("bad", out.bad()).setSigned("rd_data", out.rdData());
      if (t == 0) {
        rows.outputsDontCare(); // registers hold power-up values until the first edge
      }
      rows.endCycle();
    }
    return rows.build();
  }

  static int selector(HostWrite write) {
    if (write instanceof HostWrite.Stage x) {
      return x.program() ? 3 : 2;
    }
    if (write instanceof HostWrite.Weight) {
      return 0;
    }
    if (write instanceof HostWrite.Input) {
      return 1;
    }
    return write instanceof HostWrite.Config ? 2 : 3;
  }

  static BigInteger data(HostWrite write, AcceleratorConfig config, int w) {
    if (write instanceof HostWrite.Weight x) {
      return BigInteger.valueOf(x.value() & ((1L << w) - 1));
    }
    if (write instanceof HostWrite.Input x) {
      return BigInteger.valueOf(x.value() & ((1L << w) - 1));
    }
    if (write instanceof HostWrite.Stage x) {
      return x.chunk();
    }
    if (write instanceof HostWrite.Config x) {
      return lastChunk(x.entry().encode(), ArtEntry.width(config.fabric().n()));
    }
    return lastChunk(((HostWrite.Program) write).row().encode(config), ProgramRow.width(config));
  }

  /** The top chunk of an entry of {@code width} bits: the one the committing write carries. */
  private static BigInteger lastChunk(BigInteger bits, int width) {
    int chunks = (width + HostWrite.CHUNK - 1) / HostWrite.CHUNK;
    return bits.shiftRight((chunks - 1) * HostWrite.CHUNK);
  }
}
