package plasticity.tb.designs;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import plasticity.golden.blocks.FifoInputs;
import plasticity.golden.blocks.FifoModel;
import plasticity.golden.blocks.FifoOutputs;
import plasticity.hdl.GeneratedDesign;
import plasticity.tb.trace.Trace;

/**
 * The FIFO against {@code FifoModel}: phases of 40 cycles that mostly fill, mostly drain or
 * mix, so full, empty, the almost flags and push-while-full all happen; resets now and then.
 */
public final class FifoBench implements DesignBench {
  static final int CYCLES = 600;
  private static final double[][] PHASES = {{0.9, 0.1}, {0.1, 0.9}, {0.5, 0.5}, {1.0, 1.0}};

  @Override
  public String design() {
    return "fifo";
  }

  @Override
  public List<Map<String, String>> parameterSets() {
    return List.of(
        Map.of(),
        Map.of("DEPTH", "2", "WIDTH", "1"),
        Map.of("DEPTH", "4", "WIDTH", "64", "ALMOST_FULL", "2", "ALMOST_EMPTY", "0"),
        Map.of("DEPTH", "64", "WIDTH", "12", "ALMOST_FULL", "60", "ALMOST_EMPTY", "3"));
  }

  @Override
  public Trace trace(GeneratedDesign design, long seed) {
    Map<String, String> c = design.configuration();
    int width = Integer.parseInt(c.get("WIDTH"));
    FifoModel model = FifoModel.of(Integer.parseInt(c.get("DEPTH")), width,
        Integer.parseInt(c.get("ALMOST_FULL")), Integer.parseInt(c.get("ALMOST_EMPTY")));
    SplittableRandom random = new SplittableRandom(seed);
    Rows rows = new Rows(design, seed);
    double[] phase = PHASES[0];
    for (int t = 0; t < CYCLES; t++) {
      if (t % 40 == 0) {
        phase = PHASES[random.nextInt(PHASES.length)];
      }
      boolean rst = t < 2 || random.nextInt(200) == 0;
      boolean push = random.nextDouble() < phase[0];
      boolean pop = random.nextDouble() < phase[1];
      long data = width == 64 ? random.nextLong() : random.nextLong() & ((1L << width) - 1);
      FifoOutputs out = model.step(new FifoInputs(rst, push, data, pop));
      rows.set("rst", rst).set("push", push).set("in_data", data).set("pop", pop);
      rows.set("in_ready", out.inReady()).set("out_valid", out.outValid()).set("full", out.full())
          .set("empty", out.empty()).set("almost_full", out.almostFull())
          .set("almost_empty", out.almostEmpty()).set("count", out.count());
      if (out.outData().isPresent()) {
        rows.set("out_data", out.outData().getAsLong());
      } else {
        rows.dontCare("out_data");
      }
      if (t == 0) {
        rows.outputsDontCare();
      }
      rows.endCycle();
    }
    return rows.build();
  }
}
