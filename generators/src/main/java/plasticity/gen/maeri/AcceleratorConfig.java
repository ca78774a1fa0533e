package plasticity.gen.maeri;

import plasticity.gen.ConfigException;

/**
 * The MAERI accelerator's generator configuration (docs/spec/maeri.md, "Accelerator"): the fabric
 * and the depths of its memories, each a power of two.
 *
 * @param fabric the fabric
 * @param weightDepth weight buffer entries
 * @param inputDepth input buffer entries (the zero-padded input)
 * @param outputDepth output buffer entries
 * @param programDepth program memory rows
 * @param configDepth configuration table entries
 */
public record AcceleratorConfig(FabricConfig fabric, int weightDepth, int inputDepth, int outputDepth,
    int programDepth, int configDepth) {
  /** The host port's data bits (golden HostWrite.CHUNK): wider entries and rows come in chunks. */
  public static final int CHUNK = 64;

  public AcceleratorConfig {
    depth("WDEPTH", weightDepth);
    depth("IDEPTH", inputDepth);
    depth("ODEPTH", outputDepth);
    depth("PDEPTH", programDepth);
    depth("CDEPTH", configDepth);
  }

  private static void depth(String name, int depth) {
    if (depth < 2 || depth > 1 << 20 || Integer.bitCount(depth) != 1) {
      throw new ConfigException("maeri: " + name + "=" + depth + " must be a power of two in 2..1048576");
    }
  }

  static int bits(int depth) {
    return Integer.numberOfTrailingZeros(depth);
  }

  /** S, the MSs under one DN tree (a mask's width). */
  int treeSize() {
    return fabric.n() / fabric.dnBw();
  }

  /** The buffer address field of an ISSUE row: log2 of the larger buffer. */
  int bufferAddrBits() {
    return bits(Math.max(weightDepth, inputDepth));
  }

  /** One root's field of an ISSUE row: valid, kind, mask, addr. */
  int rootBits() {
    return 2 + treeSize() + bufferAddrBits();
  }

  /** The bits of a program row: the ISSUE row is the widest (golden ProgramRow.width). */
  int rowBits() {
    int issue = drainLaneAt(drainLanes());
    int configure = 2 + bits(configDepth);
    return Math.max(issue, configure);
  }

  /** D, the drain lanes: the largest power of two <= rnBw and <= B (golden AcceleratorConfig.drainLanes). */
  int drainLanes() {
    return Math.min(Integer.highestOneBit(fabric.rnBw()), outputBanks());
  }

  /** B, the output banks: twice the largest power of two <= rnBw, and <= ODEPTH / 2. */
  int outputBanks() {
    return Math.min(2 * Integer.highestOneBit(fabric.rnBw()), outputDepth / 2);
  }

  /** A drain lane's bank field, log2 B bits (0 when the output buffer has one bank). */
  int outputBankBits() {
    return bits(outputBanks());
  }

  /** The row address of an output bank, log2(ODEPTH / B) >= 1 bits. */
  int outputRowBits() {
    return bits(outputDepth) - outputBankBits();
  }

  /** A drain lane's field of an ISSUE row: valid, write, add, entry, row, bank. */
  int drainLaneBits() {
    return 3 + fabric.tagBits() + outputRowBits() + outputBankBits();
  }

  /** The bit of an ISSUE row's wave flag: after the roots' fields, the MS controls and the base. */
  int waveBit() {
    return 2 + fabric.dnBw() * rootBits() + 2 * fabric.n() + fabric.tagBits();
  }

  /** The lowest bit of drain lane j's field (its valid bit; write, add, entry, row, bank follow). */
  int drainLaneAt(int j) {
    return waveBit() + 1 + j * drainLaneBits();
  }

  /** The lowest bit of drain lane j's bank field. */
  int drainBankAt(int j) {
    return drainLaneAt(j) + 3 + fabric.tagBits() + outputRowBits();
  }

  /** The bits of a configuration entry: 7 per adder switch, log2 N per lane (its VN's index in the pass). */
  int entryBits() {
    return 7 * (fabric.n() - 1) + fabric.lanes() * fabric.artLevels();
  }

  /** The host port's address: the deepest memory. */
  int hostAddrBits() {
    int deepest = Math.max(Math.max(weightDepth, inputDepth), Math.max(programDepth, configDepth));
    return bits(deepest);
  }

  /** R, the DN latency: the golden model's (docs/spec/maeri.md, "Pipelining"), stated once there. */
  int dnLatency() {
    return fabric.spec().frontEnd().dnLatency();
  }

  /** The ART's latency to a lane of {@code level} (0 = root): the golden model's. */
  int artLatency(int level) {
    return fabric.spec().artLatency(level);
  }

  /** Q: advancing cycles after the last wave until the fabric is quiet: the golden model's. */
  int quietAdvances() {
    return fabric.spec().quietAdvances();
  }
}
