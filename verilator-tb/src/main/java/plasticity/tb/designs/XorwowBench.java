package plasticity.tb.designs;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import plasticity.golden.prng.XorwowBlockInputs;
import plasticity.golden.prng.XorwowBlockModel;
import plasticity.golden.prng.XorwowBlockOutputs;
import plasticity.hdl.GeneratedDesign;
import plasticity.tb.trace.Trace;

/** The xorwow block against {@code XorwowBlockModel}: random enables, reseeds and resets. */
public final class XorwowBench implements DesignBench {
  static final int CYCLES = 300;

  @Override
  public String design() {
    return "xorwow";
  }

  @Override
  public List<Map<String, String>> parameterSets() {
    return List.of(Map.of(), Map.of("LANES", "1"), Map.of("LANES", "2"), Map.of("LANES", "8"));
  }

  @Override
  public Trace trace(GeneratedDesign design, long seed) {
    int lanes = Integer.parseInt(design.configuration().get("LANES"));
    XorwowBlockModel model = XorwowBlockModel.of(lanes);
    SplittableRandom random = new SplittableRandom(seed);
    Rows rows = new Rows(design, seed);
    for (int t = 0; t < CYCLES; t++) {
      boolean rst = t < 2 || random.nextInt(100) == 0;
      boolean load = random.nextInt(30) == 0;
      int seedWord = random.nextInt();
      boolean enable = random.nextInt(10) < 7;
      XorwowBlockOutputs out = model.step(new XorwowBlockInputs(rst, load, seedWord, enable));
      rows.set("rst", rst).set("load", load).set("seed", Integer.toUnsignedLong(seedWord)).set("enable", enable);
      for (int i = 0; i < lanes; i++) {
        rows.set("value_" + i, out.valueUnsigned(i));
      }
      if (t == 0) {
        rows.outputsDontCare();
      }
      rows.endCycle();
    }
    return rows.build();
  }
}
