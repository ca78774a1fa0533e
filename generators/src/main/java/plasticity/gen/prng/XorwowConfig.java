package plasticity.gen.prng;

import plasticity.gen.ConfigException;

/**
 * Marsaglia's xorwow with {@code lanes} outputs per cycle (docs/spec/prng.md).
 *
 * @param lanes random 32-bit words per enabled cycle: 1, 2, 4 or 8
 */
public record XorwowConfig(int lanes) {
  public XorwowConfig {
    if (lanes != 1 && lanes != 2 && lanes != 4 && lanes != 8) {
      throw new ConfigException("xorwow: LANES=" + lanes + " must be 1, 2, 4 or 8 "
          + "(a power of two up to 8: each lane adds one xorshift step to the critical path)");
    }
  }
}
