package plasticity.gen.eve;

import plasticity.gen.ConfigException;

/**
 * The EvE array's generator configuration (docs/spec/eve.md, "Array", "Parameters"). The ranges
 * are the spec's, checked by the golden vocabulary record {@code plasticity.golden.eve.EveArrayConfig}
 * so that the two never disagree.
 *
 * @param p     PEs, 1..256
 * @param banks SRAM banks, 1..256
 * @param depth words per bank, a power of two
 * @param width bits per word: 64
 * @param lmax  genes of a genome a PE buffer holds, a power of two
 * @param queue the PEs' parent queue depth
 */
public record EveArrayConfig(int p, int banks, int depth, int width, int lmax, int queue) {
  public EveArrayConfig {
    try {
      new plasticity.golden.eve.EveArrayConfig(p, banks, depth, width, lmax, queue);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("eve: " + e.getMessage());
    }
  }

  /** Bits of a PE index (at least 1). */
  int peBits() {
    return Math.max(1, 32 - Integer.numberOfLeadingZeros(p - 1));
  }

  /** Bits of a bank index within the host's 8-bit bank field. */
  int bankBits() {
    return Math.max(1, 32 - Integer.numberOfLeadingZeros(banks - 1));
  }

  int rowBits() {
    return Integer.numberOfTrailingZeros(depth);
  }

  int lmaxBits() {
    return Integer.numberOfTrailingZeros(lmax);
  }

  /** Words of a region, and the bits that count them (0..H). */
  long regionWords() {
    return (long) banks * depth / 2;
  }

  int regionCountBits() {
    return 64 - Long.numberOfLeadingZeros(regionWords());
  }
}
