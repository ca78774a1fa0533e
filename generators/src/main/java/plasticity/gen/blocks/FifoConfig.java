package plasticity.gen.blocks;

import plasticity.gen.ConfigException;

/**
 * A synchronous first-word-fall-through FIFO (docs/spec/fifo.md).
 *
 * @param depth words stored; a power of two, 2..65536
 * @param width bits per word, 1..64
 * @param almostFull almost_full is high when count >= this (1..depth)
 * @param almostEmpty almost_empty is high when count <= this (0..depth-1)
 */
public record FifoConfig(int depth, int width, int almostFull, int almostEmpty) {
  public FifoConfig {
    if (depth < 2 || depth > 65536 || (depth & (depth - 1)) != 0) {
      throw new ConfigException("fifo: DEPTH=" + depth + " must be a power of two in 2..65536 "
          + "(the pointers wrap by overflow)");
    }
    if (width < 1 || width > 64) {
      throw new ConfigException("fifo: WIDTH=" + width + " is out of range: 1..64 bits");
    }
    if (almostFull < 1 || almostFull > depth) {
      throw new ConfigException("fifo: ALMOST_FULL=" + almostFull + " must be in 1.." + depth);
    }
    if (almostEmpty < 0 || almostEmpty > depth - 1) {
      throw new ConfigException("fifo: ALMOST_EMPTY=" + almostEmpty + " must be in 0.." + (depth - 1));
    }
  }

  public int addressWidth() {
    return Integer.numberOfTrailingZeros(depth);
  }

  public int countWidth() {
    return addressWidth() + 1;
  }
}
