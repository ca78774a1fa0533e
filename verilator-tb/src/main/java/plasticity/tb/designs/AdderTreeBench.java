package plasticity.tb.designs;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import plasticity.golden.blocks.AdderTreeInputs;
import plasticity.golden.blocks.AdderTreeModel;
import plasticity.golden.blocks.AdderTreeOutputs;
import plasticity.hdl.GeneratedDesign;
import plasticity.tb.trace.Trace;

/**
 * The adder tree against {@code AdderTreeModel}: random signed inputs with a fifth of them at
 * the extremes (so every carry bit is exercised), random valid, resets now and then.
 */
public final class AdderTreeBench implements DesignBench {
  static final int CYCLES = 300;

  @Override
  public String design() {
    return "addertree";
  }

  @Override
  public List<Map<String, String>> parameterSets() {
    return List.of(
        Map.of(),
        Map.of("N", "5", "W", "3", "K", "1"),
        Map.of("N", "8", "W", "8", "K", "0"),
        Map.of("N", "17", "W", "12", "K", "3"),
        Map.of("N", "2", "W", "1", "K", "1"),
        Map.of("N", "64", "W", "24", "K", "2"));
  }

  @Override
  public Trace trace(GeneratedDesign design, long seed) {
    Map<String, String> c = design.configuration();
    int n = Integer.parseInt(c.get("N"));
    int w = Integer.parseInt(c.get("W"));
    AdderTreeModel model = AdderTreeModel.of(n, w, Integer.parseInt(c.get("K")));
    SplittableRandom random = new SplittableRandom(seed);
    Rows rows = new Rows(design, seed);
    boolean resettable = rows.has("rst");
    long min = -(1L << (w - 1));
    long max = (1L << (w - 1)) - 1;
    for (int t = 0; t < CYCLES; t++) {
      boolean rst = resettable && (t < 2 || random.nextInt(100) == 0);
      boolean valid = random.nextBoolean();
      long[] in = new long[n];
      for (int i = 0; i < n; i++) {
        int pick = random.nextInt(10);
        in[i] = pick == 0 ? min : pick == 1 ? max : random.nextLong(min, max + 1);
      }
      AdderTreeOutputs out = model.step(new AdderTreeInputs(rst, valid, in));
      if (resettable) {
        rows.set("rst", rst);
      }
      rows.set("in_valid", valid);
      for (int i = 0; i < n; i++) {
        rows.setSigned("in_" + i, in[i]);
      }
      rows.set("out_valid", out.outValid()).setSigned("out_sum", out.outSum());
      if (t == 0 && resettable) {
        rows.outputsDontCare(); // registers hold power-up values until the first edge
      }
      rows.endCycle();
    }
    return rows.build();
  }
}
