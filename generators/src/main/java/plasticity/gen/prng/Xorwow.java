package plasticity.gen.prng;

import java.util.List;
import plasticity.hdl.Bool;
import plasticity.hdl.Module;
import plasticity.hdl.UInt;
import plasticity.hdl.Vec;

/**
 * Marsaglia's xorwow PRNG producing {@code LANES} words per enabled cycle (docs/spec/prng.md):
 * the state register holds S; lane i shows the output of next^i(S); an enabled cycle advances
 * S by LANES steps. {@code load} reseeds with x ^= seed. After reset, lane 0 shows the first
 * word of the canonical sequence.
 */
public final class Xorwow extends Module {
  /** The six state words of one step, as hardware values. */
  private record State(UInt x, UInt y, UInt z, UInt w, UInt v, UInt d) {
    List<UInt> words() {
      return List.of(x, y, z, w, v, d);
    }
  }

  public Xorwow(XorwowConfig c) {
    param("LANES", c.lanes());
    doc("xorwow PRNG, " + c.lanes() + " x 32-bit words per cycle");

    Bool load = in("load", Bool());
    UInt seed = in("seed", UInt(32));
    Bool enable = in("enable", Bool());
    Vec<UInt> value = outVec("value", c.lanes(), UInt(32));

    long[] resetWords = XorwowState.seeded(0).next().words();
    String[] names = {"x", "y", "z", "w", "v", "d"};
    UInt[] regs = new UInt[6];
    for (int i = 0; i < 6; i++) {
      regs[i] = reg(names[i], UInt(32)).init(resetWords[i]);
    }
    State state = new State(regs[0], regs[1], regs[2], regs[3], regs[4], regs[5]);

    // Lane i shows v + d of next^i(S); the last step gives the state after an enabled cycle.
    State s = state;
    for (int lane = 0; lane < c.lanes(); lane++) {
      value.get(lane).drive(s.v().plus(s.d()));
      s = step(s, "s" + (lane + 1));
    }
    State advanced = s;

    State seeded = new State(U(XorwowState.CANONICAL[0], 32).xor(seed), U(XorwowState.CANONICAL[1], 32),
        U(XorwowState.CANONICAL[2], 32), U(XorwowState.CANONICAL[3], 32),
        U(XorwowState.CANONICAL[4], 32), U(XorwowState.CANONICAL[5], 32));
    State reseeded = step(seeded, "seeded");

    when(load, () -> assign(state, reseeded)).elseWhen(enable, () -> assign(state, advanced));
  }

  /** One xorwow step: t = x ^ (x >> 2); v' = (v ^ (v << 4)) ^ (t ^ (t << 1)); d' = d + 362437. */
  private State step(State s, String name) {
    UInt t = s.x().xor(s.x().shr(2).extendTo(32)).named(name + "_t");
    UInt v = s.v().xor(s.v().shl(4).truncateTo(32)).xor(t.xor(t.shl(1).truncateTo(32)));
    UInt d = s.d().plus(XorwowState.WEYL);
    return new State(s.y(), s.z(), s.w(), s.v(), v.named(name + "_v"), d.named(name + "_d"));
  }

  private static void assign(State target, State value) {
    for (int i = 0; i < 6; i++) {
      target.words().get(i).next(value.words().get(i));
    }
  }
}
