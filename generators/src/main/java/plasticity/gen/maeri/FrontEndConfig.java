package plasticity.gen.maeri;

import plasticity.gen.ConfigException;

/**
 * The front end's generator configuration (docs/spec/maeri.md, "Generator settings").
 *
 * @param n N, multiplier switches: a power of two, 2..256
 * @param w W, signed data width of weights and activations: 2..32
 * @param acc ACC, product width: 2W..64
 * @param dnBw DN trees (root ports): a power of two, 1..N
 * @param dnPipe a DN pipeline register after every dnPipe switch levels; 0 = none; 0..log2(N/dnBw)
 */
public record FrontEndConfig(int n, int w, int acc, int dnBw, int dnPipe) {
  public FrontEndConfig {
    if (n < 2 || n > 256 || Integer.bitCount(n) != 1) {
      throw new ConfigException("frontend: N=" + n + " must be a power of two in 2..256");
    }
    if (w < 2 || w > 32) {
      throw new ConfigException("frontend: W=" + w + " is out of range: data width 2..32 bits");
    }
    if (acc < 2 * w || acc > 64) {
      throw new ConfigException("frontend: ACC=" + acc + " is out of range: the full product needs 2W="
          + (2 * w) + " bits, at most 64; set ACC to " + (2 * w) + ".." + 64 + " or lower W");
    }
    if (dnBw < 1 || dnBw > n || Integer.bitCount(dnBw) != 1) {
      throw new ConfigException("frontend: dnBw=" + dnBw + " must be a power of two in 1..N=" + n);
    }
    int levels = Integer.numberOfTrailingZeros(n / dnBw);
    if (dnPipe < 0 || dnPipe > levels) {
      throw new ConfigException("frontend: dnPipe=" + dnPipe + " is out of range: a DN tree of N/dnBw="
          + (n / dnBw) + " MSs has " + levels + " switch level(s), so dnPipe must be in 0.." + levels
          + " (0 = no pipeline register)");
    }
  }

  /** S, the MSs under one DN tree. */
  public int treeSize() {
    return n / dnBw;
  }
}
