package plasticity.gen.maeri;

import plasticity.gen.ConfigException;

/**
 * The augmented reduction tree's generator configuration.
 *
 * @param leaves N, the multiplier switches feeding the tree: a power of two, 2..256
 * @param width the accumulator width: products arrive and sums leave at this width, wrapping
 */
public record ArtConfig(int leaves, int width) {
  public ArtConfig {
    if (leaves < 2 || leaves > 256 || Integer.bitCount(leaves) != 1) {
      throw new ConfigException("art: N=" + leaves + " must be a power of two in 2..256");
    }
    if (width < 2 || width > 64) {
      throw new ConfigException("art: W=" + width + " is out of range: accumulator width 2..64 bits");
    }
  }

  public int levels() {
    return Integer.numberOfTrailingZeros(leaves);
  }

  /** Heap-order id of switch {@code index} at level {@code level} (0 = root). */
  public static int id(int level, int index) {
    return (1 << level) - 1 + index;
  }

  /** Where switch (level, index) has its forwarding link (docs/spec/maeri.md, "Structure"). */
  public static LinkSide link(int level, int index) {
    int width = 1 << level;
    if (index % 2 == 1 && index + 1 < width) {
      return LinkSide.RIGHT;
    }
    if (index % 2 == 0 && index > 0) {
      return LinkSide.LEFT;
    }
    return LinkSide.NONE;
  }
}
