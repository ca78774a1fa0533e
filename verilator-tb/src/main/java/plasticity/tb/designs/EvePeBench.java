package plasticity.tb.designs;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import plasticity.golden.eve.EvePeConfig;
import plasticity.golden.eve.EvePeDriver;
import plasticity.golden.eve.EvePeInputs;
import plasticity.golden.eve.EvePeModel;
import plasticity.golden.eve.EvePeOutputs;
import plasticity.golden.eve.RandomPasses;
import plasticity.golden.neat.Genome;
import plasticity.golden.neat.hardware.Breeder;
import plasticity.golden.neat.hardware.GeneFormat;
import plasticity.golden.neat.hardware.GenomeCodec;
import plasticity.golden.neat.hardware.RandomHardwareGenomes;
import plasticity.hdl.GeneratedDesign;
import plasticity.tb.trace.Trace;

/**
 * The EvE PE against {@code EvePeModel}: per seed, 1..4 children bred back to back from random
 * parent pairs (hardware genomes sharing most, some or none of their genes), random register
 * contents and rates, random seeds; the host, both parents and both consumers pause at random
 * paces, and a third of the seeds reset the PE mid-run. Every output is compared every cycle,
 * gene registers included.
 *
 * <p>Each child is also checked as a hardware genome (decoded: sorted, unique, nothing
 * dangling; feed-forward; no connection leaves an output) and against {@code Breeder.breed}.
 * The check runs on the children the trace expects; a seed passes only if the RTL delivered
 * those very genes in those very cycles, so it is a check of the RTL's children too.
 */
public final class EvePeBench implements DesignBench {
  @Override
  public String design() {
    return "eve-pe";
  }

  @Override
  public List<Map<String, String>> parameterSets() {
    // Two builds: the queue depth changes only when p1_ready and p2_ready fall.
    return List.of(Map.of(), Map.of("QUEUE", "4"));
  }

  @Override
  public Trace trace(GeneratedDesign design, long seed) {
    int queue = Integer.parseInt(design.configuration().get("QUEUE"));
    SplittableRandom random = new SplittableRandom(seed);
    List<EvePeDriver.Pass> passes = RandomPasses.passes(random, 1 + random.nextInt(4));
    EvePeDriver.Pace pace = EvePeDriver.Pace.random(random, true);
    Rows rows = new Rows(design, seed);
    int[] cycle = {0};
    EvePeDriver.Run run = new EvePeDriver(EvePeModel.of(new EvePeConfig(queue)), random, pace)
        .run(passes, (in, out) -> {
          row(rows, in, out);
          if (cycle[0]++ == 0) {
            rows.outputsDontCare();
          }
          rows.endCycle();
        });
    for (int i = 0; i < passes.size(); i++) {
      check(passes.get(i), run.children().get(i), "seed " + seed + " child " + i);
    }
    return rows.build();
  }

  private static void row(Rows rows, EvePeInputs in, EvePeOutputs out) {
    rows.set("rst", in.rst()).set("cfg_valid", in.cfgValid()).set("cfg_addr", in.cfgAddr())
        .set("cfg_data", Integer.toUnsignedLong(in.cfgData()))
        .set("p1_valid", in.p1Valid()).set("p1_gene", in.p1Gene()).set("p1_last", in.p1Last())
        .set("p2_valid", in.p2Valid()).set("p2_gene", in.p2Gene()).set("p2_last", in.p2Last())
        .set("node_ready", in.nodeReady()).set("conn_ready", in.connReady());
    rows.set("cfg_ready", out.cfgReady()).set("p1_ready", out.p1Ready()).set("p2_ready", out.p2Ready())
        .set("node_valid", out.nodeValid()).set("node_gene", out.nodeGene())
        .set("conn_valid", out.connValid()).set("conn_gene", out.connGene()).set("done", out.done());
  }

  /** The child is the operators' child and a well-formed hardware genome carrying its genome id. */
  static void check(EvePeDriver.Pass p, long[] child, String what) {
    long[] expected = Breeder.breed(p.config(), p.child(), p.parent1(), p.parent2());
    if (!Arrays.equals(expected, child)) {
      throw new IllegalStateException(what + ": the cycle model delivered a child that is not Breeder.breed's");
    }
    try {
      for (long g : child) {
        if (GeneFormat.genomeId(g) != p.child().genomeId()) {
          throw new IllegalArgumentException(String.format("gene 0x%016x has genome id %d, not the child's %d", g,
              GeneFormat.genomeId(g), p.child().genomeId()));
        }
      }
      Genome g = GenomeCodec.decode(child, 0, p.config().numOutputs());
      RandomHardwareGenomes.check(g, p.config().numInputs(), p.config().numOutputs());
    } catch (RuntimeException e) {
      throw new IllegalStateException(what + " is not a hardware genome: " + e.getMessage(), e);
    }
  }
}
