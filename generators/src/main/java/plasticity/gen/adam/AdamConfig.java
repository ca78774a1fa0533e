package plasticity.gen.adam;

import plasticity.gen.ConfigException;

/**
 * The engine's generator configuration (docs/spec/adam.md, "Parameters").
 *
 * @param rows ROWS, 1..64
 * @param cols COLS, 1..64
 * @param linkDepth LINK_DEPTH, link words per PE: a power of two, 2..4096
 * @param nodeDepth NODE_DEPTH, node words per PE: a power of two, 2..4096
 * @param valueDepth VALUE_DEPTH, value slots per PE: a power of two, 2..4096
 * @param acc ACC, accumulator bits: 32 + log2(LINK_DEPTH) .. 64
 */
public record AdamConfig(int rows, int cols, int linkDepth, int nodeDepth, int valueDepth, int acc) {
  public AdamConfig {
    side("ROWS", rows);
    side("COLS", cols);
    depth("LINK_DEPTH", linkDepth);
    depth("NODE_DEPTH", nodeDepth);
    depth("VALUE_DEPTH", valueDepth);
    int min = 32 + log2(linkDepth);
    if (acc < min || acc > 64) {
      throw new ConfigException("adam: ACC=" + acc + " is out of range: LINK_DEPTH=" + linkDepth
          + " products of up to 2^30 need " + min + " bits to sum exactly (32 + log2(LINK_DEPTH)), and at most 64"
          + " are useful; set ACC to " + min + ".." + 64 + " or lower LINK_DEPTH");
    }
  }

  private static void side(String name, int v) {
    if (v < 1 || v > 64) {
      throw new ConfigException("adam: " + name + "=" + v + " is out of range: 1..64 (6 bits of the host address)");
    }
  }

  private static void depth(String name, int v) {
    if (v < 2 || v > 4096 || Integer.bitCount(v) != 1) {
      throw new ConfigException("adam: " + name + "=" + v + " must be a power of two in 2..4096"
          + " (12 bits of the host address and of the words' slot fields)");
    }
  }

  static int log2(int powerOfTwo) {
    return Integer.numberOfTrailingZeros(powerOfTwo);
  }

  /** Bits of a value slot address. */
  public int slotBits() {
    return log2(valueDepth);
  }

  /** Bits of a link buffer address. */
  public int linkBits() {
    return log2(linkDepth);
  }

  /** Bits of a node buffer address. */
  public int nodeBits() {
    return log2(nodeDepth);
  }

  /** Bits of a fan-in, 0..LINK_DEPTH. */
  public int fanInBits() {
    return linkBits() + 1;
  }

  /** Bits of a node count, 0..NODE_DEPTH. */
  public int nodeCountBits() {
    return nodeBits() + 1;
  }

  /** Bits of an input count, 0..VALUE_DEPTH. */
  public int inputCountBits() {
    return slotBits() + 1;
  }
}
