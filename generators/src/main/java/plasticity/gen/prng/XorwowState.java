package plasticity.gen.prng;

/**
 * The reset constant of the xorwow block, folded at elaboration time. This is the step of
 * docs/spec/prng.md written again on purpose: the generator never calls the golden model, and
 * the regression compares the two.
 */
record XorwowState(int x, int y, int z, int w, int v, int d) {
  static final int[] CANONICAL = {123456789, 362436069, 521288629, 88675123, 5783321, 6615241};
  static final int WEYL = 362437;

  static XorwowState seeded(int seed) {
    return new XorwowState(CANONICAL[0] ^ seed, CANONICAL[1], CANONICAL[2], CANONICAL[3], CANONICAL[4], CANONICAL[5]);
  }

  XorwowState next() {
    int t = x ^ (x >>> 2);
    int nv = (v ^ (v << 4)) ^ (t ^ (t << 1));
    return new XorwowState(y, z, w, v, nv, d + WEYL);
  }

  long[] words() {
    return new long[] {u(x), u(y), u(z), u(w), u(v), u(d)};
  }

  private static long u(int i) {
    return Integer.toUnsignedLong(i);
  }
}
