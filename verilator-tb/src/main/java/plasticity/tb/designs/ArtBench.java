package plasticity.tb.designs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import plasticity.golden.maeri.ArtCompiler;
import plasticity.golden.maeri.ArtConfig;
import plasticity.golden.maeri.ArtModel;
import plasticity.golden.maeri.VnResult;
import plasticity.hdl.GeneratedDesign;
import plasticity.tb.trace.Trace;

/**
 * The augmented reduction tree against {@code ArtCompiler} + {@code ArtModel} and the latency
 * rule of docs/spec/maeri.md ("Latency of a pass"): a VN collected at level l shows on its
 * collection lane L - l cycles after its products entered. The trace runs segments: a random VN
 * list (compiled by the golden compiler) held on the cfg ports while random product vectors
 * enter, then L idle cycles that drain the pipeline before the next list.
 */
public final class ArtBench implements DesignBench {
  static final int SEGMENTS = 6;
  static final int VECTORS = 24;

  @Override
  public String design() {
    return "art";
  }

  @Override
  public List<Map<String, String>> parameterSets() {
    return List.of(
        Map.of(),
        Map.of("N", "2", "W", "8"),
        Map.of("N", "4", "W", "16"),
        Map.of("N", "8", "W", "12"),
        Map.of("N", "32", "W", "24"),
        Map.of("N", "64", "W", "32"));
  }

  @Override
  public Trace trace(GeneratedDesign design, long seed) {
    int n = Integer.parseInt(design.configuration().get("N"));
    int w = Integer.parseInt(design.configuration().get("W"));
    int levels = Integer.numberOfTrailingZeros(n);
    SplittableRandom random = new SplittableRandom(seed);
    Rows rows = new Rows(design, seed);
    // Expected collection results by cycle: port name -> sum.
    Map<Integer, Map<String, Long>> expected = new HashMap<>();
    int t = 0;
    for (int segment = 0; segment < SEGMENTS; segment++) {
      ArtConfig config = ArtCompiler.compile(n, randomVnList(n, random));
      int[] words = config.encode();
      int active = segment == 0 ? 2 + VECTORS : VECTORS; // the first segment starts with reset
      for (int k = 0; k < active + levels; k++, t++) {
        boolean rst = segment == 0 && k < 2;
        boolean valid = !rst && k < active && random.nextInt(4) != 0;
        long[] products = new long[n];
        for (int i = 0; i < n; i++) {
          products[i] = random.nextLong() >> (64 - w); // a signed w-bit product
        }
        if (valid) {
          for (VnResult r : ArtModel.run(config, products)) {
            String port = "col_" + ((1 << r.level()) - 1 + r.index()) + (r.lane() == 1 ? "_1" : "");
            expected.computeIfAbsent(t + levels - r.level(), x -> new HashMap<>()).put(port, r.sum());
          }
        }
        rows.set("rst", rst).set("in_valid", valid);
        for (int i = 0; i < n; i++) {
          rows.setSigned("prod_" + i, products[i]);
        }
        for (int id = 0; id < n - 1; id++) {
          rows.set("cfg_" + id, words[id]);
        }
        outputs(rows, n, levels, expected.getOrDefault(t, Map.of()), t == 0);
        rows.endCycle();
      }
    }
    return rows.build();
  }

  /** Every collection lane: valid with its sum where a VN leaves this cycle, else invalid. */
  private static void outputs(Rows rows, int n, int levels, Map<String, Long> now, boolean firstCycle) {
    for (int level = 0; level < levels; level++) {
      for (int i = 0; i < (1 << level); i++) {
        String base = "col_" + ((1 << level) - 1 + i);
        List<String> lanes = new ArrayList<>(List.of(base));
        if (level == levels - 1) {
          lanes.add(base + "_1");
        }
        for (String lane : lanes) {
          Long sum = now.get(lane);
          if (firstCycle) {
            rows.dontCare(lane).dontCare(lane + "_valid");
          } else if (sum == null) {
            rows.set(lane + "_valid", false).dontCare(lane);
          } else {
            rows.set(lane + "_valid", true).set(lane, sum);
          }
        }
      }
    }
  }

  /** Contiguous VN sizes with total at most n, drawn to mix one-product, small and large VNs. */
  static List<Integer> randomVnList(int n, SplittableRandom random) {
    List<Integer> sizes = new ArrayList<>();
    int total = random.nextInt(4) == 0 ? 1 + random.nextInt(n) : n;
    int left = total;
    while (left > 0) {
      int pick = random.nextInt(4);
      int size = pick == 0 ? 1 : pick == 1 ? 1 + random.nextInt(Math.min(left, 4)) : 1 + random.nextInt(left);
      sizes.add(size);
      left -= size;
    }
    return sizes;
  }
}
