package plasticity.gen.blocks;

import plasticity.gen.ConfigException;

/**
 * A pipelined signed adder tree (docs/spec/adder-tree.md).
 *
 * @param inputs N, the number of summands (2..4096)
 * @param width W, the width of each signed input (1..64)
 * @param registerEvery K: a pipeline register after every K-th level; 0 for none
 */
public record AdderTreeConfig(int inputs, int width, int registerEvery) {
  public AdderTreeConfig {
    if (inputs < 2 || inputs > 4096) {
      throw new ConfigException("addertree: N=" + inputs + " inputs is out of range: use 2..4096");
    }
    if (width < 1 || width > 64) {
      throw new ConfigException("addertree: W=" + width + " is out of range: input width 1..64 bits");
    }
    if (registerEvery < 0) {
      throw new ConfigException("addertree: K=" + registerEvery
          + " is negative: K is a register every K levels, 0 for a combinational tree");
    }
  }

  /** L = ceil(log2 N). */
  public int levels() {
    return 32 - Integer.numberOfLeadingZeros(inputs - 1);
  }

  public int outputWidth() {
    return width + levels();
  }

  public boolean registeredAfter(int level) {
    return registerEvery > 0 && level % registerEvery == 0;
  }

  public int latency() {
    return registerEvery == 0 ? 0 : levels() / registerEvery;
  }
}
