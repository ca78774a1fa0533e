package plasticity.gen.maeri;

import plasticity.gen.ConfigException;

/**
 * The MAERI fabric's generator configuration (docs/spec/maeri.md, "Fabric").
 *
 * @param n N, multiplier switches: a power of two, 2..256
 * @param w W, signed data width of weights and activations: 2..32
 * @param acc ACC, width of products and ART sums: 2W..64
 * @param bufW BUFW, width of an accumulation-buffer entry: ACC..64
 * @param dnBw DN trees (root ports): a power of two, 1..N
 * @param dnPipe a DN pipeline register after every dnPipe switch levels; 0 = none; 0..log2(N/dnBw)
 * @param rnBw collection-bus lines: 1..N
 * @param rnPipe an ART pipeline register after every rnPipe adder levels from the leaves; 0 = none;
 *     0..log2 N
 * @param accDepth ACCD, accumulation-buffer entries (a tag addresses one): a power of two, N..16N
 */
public record FabricConfig(int n, int w, int acc, int bufW, int dnBw, int dnPipe, int rnBw, int rnPipe,
    int accDepth) {
  public FabricConfig {
    if (n < 2 || n > 256 || Integer.bitCount(n) != 1) {
      throw new ConfigException("maeri: N=" + n + " must be a power of two in 2..256");
    }
    try {
      new FrontEndConfig(n, w, acc, dnBw, dnPipe);
    } catch (ConfigException e) {
      throw new ConfigException(e.getMessage().replaceFirst("^frontend:", "maeri:"));
    }
    if (bufW < acc || bufW > 64) {
      throw new ConfigException("maeri: BUFW=" + bufW + " is out of range: an accumulation-buffer entry"
          + " holds at least a whole ART sum, ACC=" + acc + ", and at most 64 bits");
    }
    if (rnBw < 1 || rnBw > n) {
      throw new ConfigException("maeri: rnBw=" + rnBw + " collection-bus lines is out of range: 1..N=" + n);
    }
    int levels = Integer.numberOfTrailingZeros(n);
    if (rnPipe < 0 || rnPipe > levels) {
      throw new ConfigException("maeri: rnPipe=" + rnPipe + " is out of range: the ART of N=" + n + " has "
          + levels + " adder level(s), so rnPipe must be in 0.." + levels + " (0 = no pipeline register)");
    }
    if (accDepth < n || accDepth > 16 * n || Integer.bitCount(accDepth) != 1) {
      throw new ConfigException("maeri: ACCD=" + accDepth + " accumulation-buffer entries must be a power of two"
          + " in N=" + n + "..16N=" + 16 * n);
    }
  }

  /**
   * The same fabric as the golden model's configuration, whose latencies and default ACCD the
   * generator takes rather than restating them (the spec's vocabulary, docs/spec/maeri.md).
   */
  public plasticity.golden.maeri.FabricConfig spec() {
    return new plasticity.golden.maeri.FabricConfig(n, w, acc, bufW, dnBw, dnPipe, rnBw, rnPipe, accDepth);
  }

  public FrontEndConfig frontEnd() {
    return new FrontEndConfig(n, w, acc, dnBw, dnPipe);
  }

  /** The collection lanes: lane 0 of each of the N - 1 adder switches, lane 1 of the N/2 leaf adders. */
  public int lanes() {
    return n - 1 + n / 2;
  }

  /** L = log2 N: the ART's adder levels, and the bits of a VN index within a pass. */
  public int artLevels() {
    return Integer.numberOfTrailingZeros(n);
  }

  /** The bits of a tag, an accumulation-buffer address: log2 ACCD. */
  public int tagBits() {
    return Integer.numberOfTrailingZeros(accDepth);
  }
}
