package plasticity.gen.eve;

import java.util.List;
import plasticity.golden.prng.XorwowState;
import plasticity.hdl.Bool;
import plasticity.hdl.UInt;
import plasticity.hdl.Vec;

/**
 * The child's xorwow, four words per step (docs/spec/eve.md, "PE pipeline"): the state x, y, z,
 * w, v, d is a register; {@code word_k} = output(next^(k+1)(state)), the four xorshift steps
 * unrolled, so a step's words u0..u3 are ready in the cycle it is issued; {@code advance}
 * moves the state four steps on. The host loads x..v one word at a time; {@code restart} sets d
 * to Marsaglia's value at the start of a pass.
 */
final class StepXorwow extends EveBlock {
  static final int WORDS = 4;

  final Bool load;
  final UInt loadIndex;
  final UInt loadData;
  final Bool restart;
  final Bool advance;
  final Vec<UInt> word;

  /** One state of the generator as hardware values. */
  private record State(UInt x, UInt y, UInt z, UInt w, UInt v, UInt d) {
    List<UInt> words() {
      return List.of(x, y, z, w, v, d);
    }
  }

  StepXorwow() {
    doc("xorwow, " + WORDS + " words per step, state loaded by the host");
    load = in("load", Bool());
    loadIndex = in("load_index", UInt(3));
    loadData = in("load_data", UInt(32));
    restart = in("restart", Bool());
    advance = in("advance", Bool());
    word = outVec("word", WORDS, UInt(32));

    String[] names = {"x", "y", "z", "w", "v", "d"};
    UInt[] r = new UInt[names.length];
    for (int i = 0; i < names.length; i++) {
      r[i] = reg(names[i], UInt(32)).init(0);
    }
    State state = new State(r[0], r[1], r[2], r[3], r[4], r[5]);
    State s = state;
    for (int k = 0; k < WORDS; k++) {
      s = step(s, "s" + (k + 1));
      word.get(k).drive(s.v().plus(s.d()));
    }
    State advanced = s;

    when(load, () -> {
      for (int i = 0; i < 5; i++) {
        UInt target = r[i];
        when(loadIndex.eq(i), () -> target.next(loadData));
      }
    }).elseWhen(restart, () -> state.d().next(U(Integer.toUnsignedLong(XorwowState.CANONICAL_D), 32)))
        .elseWhen(advance, () -> {
          for (int i = 0; i < names.length; i++) {
            state.words().get(i).next(advanced.words().get(i));
          }
        });
  }

  /** One xorwow step: t = x ^ (x >> 2); v' = (v ^ (v << 4)) ^ (t ^ (t << 1)); d' = d + 362437. */
  private State step(State s, String name) {
    UInt t = s.x().xor(s.x().shr(2).extendTo(32)).named(name + "_t");
    UInt v = s.v().xor(s.v().shl(4).truncateTo(32)).xor(t.xor(t.shl(1).truncateTo(32)));
    UInt d = s.d().plus(XorwowState.WEYL_INCREMENT);
    return new State(s.y(), s.z(), s.w(), s.v(), v.named(name + "_v"), d.named(name + "_d"));
  }
}
