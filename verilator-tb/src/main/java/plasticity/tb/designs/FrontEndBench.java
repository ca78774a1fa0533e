package plasticity.tb.designs;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import plasticity.golden.maeri.DnKind;
import plasticity.golden.maeri.DnWord;
import plasticity.golden.maeri.FrontEndConfig;
import plasticity.golden.maeri.FrontEndInputs;
import plasticity.golden.maeri.FrontEndModel;
import plasticity.golden.maeri.FrontEndOutputs;
import plasticity.golden.maeri.MsControl;
import plasticity.hdl.GeneratedDesign;
import plasticity.tb.trace.Trace;

/**
 * The DN and multiplier switches against {@code FrontEndModel} (docs/spec/maeri.md,
 * "Distribution network" and "Multiplier switches"). Per cycle and root: idle (with random
 * fields, which must be ignored), a weight by unicast or multicast, an activation by multicast or
 * broadcast, now and then a valid word with an empty mask; per MS a control drawn so that link
 * chains form (sliding-window reuse) as well as DN activations; operands at the extremes a fifth
 * of the time; resets now and then.
 */
public final class FrontEndBench implements DesignBench {
  static final int CYCLES = 240;

  @Override
  public String design() {
    return "frontend";
  }

  @Override
  public List<Map<String, String>> parameterSets() {
    return List.of(
        Map.of(),
        Map.of("N", "2", "W", "8", "ACC", "16", "dnBw", "1", "dnPipe", "1"),
        Map.of("N", "2", "W", "16", "ACC", "32", "dnBw", "2", "dnPipe", "0"),
        Map.of("N", "8", "W", "16", "ACC", "40", "dnBw", "1", "dnPipe", "0"),
        Map.of("N", "8", "W", "8", "ACC", "16", "dnBw", "8", "dnPipe", "0"),
        Map.of("N", "16", "W", "16", "ACC", "32", "dnBw", "2", "dnPipe", "2"),
        Map.of("N", "64", "W", "8", "ACC", "24", "dnBw", "4", "dnPipe", "3"),
        Map.of("N", "64", "W", "8", "ACC", "16", "dnBw", "1", "dnPipe", "2"));
  }

  @Override
  public Trace trace(GeneratedDesign design, long seed) {
    Map<String, String> s = design.configuration();
    FrontEndConfig c = new FrontEndConfig(Integer.parseInt(s.get("N")), Integer.parseInt(s.get("W")),
        Integer.parseInt(s.get("ACC")), Integer.parseInt(s.get("dnBw")), Integer.parseInt(s.get("dnPipe")));
    FrontEndModel model = new FrontEndModel(c);
    SplittableRandom random = new SplittableRandom(seed);
    Rows rows = new Rows(design, seed);
    int n = c.n();
    int size = c.treeSize();
    // The share of MSs taking their activation from the link changes per seed: 1/4 to 3/4.
    int linkShare = 1 + random.nextInt(3);
    for (int t = 0; t < CYCLES; t++) {
      boolean rst = t < 2 || random.nextInt(120) == 0;
      List<DnWord> roots = new ArrayList<>();
      for (int r = 0; r < c.dnBw(); r++) {
        roots.add(word(random, c));
      }
      List<MsControl> ctl = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        // Any MS may take its link, across a DN tree boundary too (chains packed across trees use
        // those links); MS N-1's link is never valid (spec, "One cycle of MS i").
        boolean fromLink = random.nextInt(4) < linkShare;
        ctl.add(new MsControl(fromLink, random.nextInt(4) != 0));
      }
      FrontEndOutputs out = model.step(new FrontEndInputs(rst, roots, ctl));
      rows.set("rst", rst);
      for (int r = 0; r < c.dnBw(); r++) {
        DnWord w = roots.get(r);
        rows.set("dn_valid_" + r, w.valid()).set("dn_word_" + r, w.encode(c.w(), size));
      }
      for (int i = 0; i < n; i++) {
        rows.set("ctl_" + i, ctl.get(i).encode());
        rows.set("prod_" + i + "_valid", out.valid(i)).setSigned("prod_" + i, out.prod(i));
      }
      if (t == 0) {
        rows.outputsDontCare(); // registers hold power-up values until the first edge
      }
      rows.endCycle();
    }
    return rows.build();
  }

  /** One root's word for a cycle. */
  static DnWord word(SplittableRandom random, FrontEndConfig c) {
    int size = c.treeSize();
    int pick = random.nextInt(16);
    DnKind kind = random.nextInt(3) == 0 ? DnKind.WEIGHT : DnKind.ACTIVATION;
    BigInteger mask;
    if (pick < 3) {
      return new DnWord(false, kind, operand(random, c.w()), randomMask(random, size)); // ignored
    } else if (pick == 3) {
      mask = BigInteger.ZERO; // valid, but to no one
    } else if (pick < 7) {
      mask = BigInteger.ONE.shiftLeft(random.nextInt(size)); // unicast
    } else if (pick < 10) {
      mask = BigInteger.ONE.shiftLeft(size).subtract(BigInteger.ONE); // broadcast
    } else {
      mask = randomMask(random, size); // multicast
    }
    return new DnWord(true, kind, operand(random, c.w()), mask);
  }

  private static BigInteger randomMask(SplittableRandom random, int size) {
    BigInteger mask = BigInteger.ZERO;
    for (int j = 0; j < size; j++) {
      if (random.nextBoolean()) {
        mask = mask.setBit(j);
      }
    }
    return mask;
  }

  /** A signed w-bit operand, at an extreme a fifth of the time. */
  private static long operand(SplittableRandom random, int w) {
    long min = -(1L << (w - 1));
    long max = (1L << (w - 1)) - 1;
    int pick = random.nextInt(10);
    return pick == 0 ? min : pick == 1 ? max : random.nextLong(min, max + 1);
  }
}
