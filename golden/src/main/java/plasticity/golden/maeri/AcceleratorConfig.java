package plasticity.golden.maeri;

import java.util.Objects;

/**
 * The parameters of the MAERI accelerator (docs/spec/maeri.md, "Accelerator"): the fabric and
 * the depths of its memories, each a power of two.
 *
 * @param fabric        the fabric's parameters
 * @param weightDepth   weight buffer entries (W bits each)
 * @param inputDepth    input buffer entries (W bits each): the zero-padded input
 * @param outputDepth   output buffer entries (BUFW bits each)
 * @param programDepth  program memory rows
 * @param configDepth   configuration table entries (an ART configuration and the lanes' VNs)
 */
public record AcceleratorConfig(FabricConfig fabric, int weightDepth, int inputDepth, int outputDepth,
        int programDepth, int configDepth) {

    public AcceleratorConfig {
        Objects.requireNonNull(fabric, "fabric");
        depth("weight buffer", weightDepth);
        depth("input buffer", inputDepth);
        depth("output buffer", outputDepth);
        depth("program memory", programDepth);
        depth("configuration table", configDepth);
    }

    private static void depth(String what, int depth) {
        if (depth < 2 || depth > 1 << 20 || Integer.bitCount(depth) != 1) {
            throw new IllegalArgumentException("the " + what + " depth " + depth
                    + " is not supported: a power of two from 2 to 2^20");
        }
    }

    /** The bits of a buffer address in an ISSUE row: enough for the larger of the two buffers. */
    public int bufferAddrBits() {
        return bits(Math.max(weightDepth, inputDepth));
    }

    public int outputAddrBits() {
        return bits(outputDepth);
    }

    public int configIndexBits() {
        return bits(configDepth);
    }

    /**
     * The advancing cycles after an ISSUE row until its last result is in the accumulation buffer:
     * R (DN) + 1 (product register) + the ART's longest latency (docs/spec/maeri.md, "Accelerator").
     */
    public int quietAdvances() {
        return fabric.quietAdvances();
    }

    /**
     * D, the drain lanes: the largest power of two that is at most rnBw and at most the output
     * banks (docs/spec/maeri.md, "Drain lanes").
     */
    public int drainLanes() {
        return Math.min(Integer.highestOneBit(fabric.rnBw()), outputBanks());
    }

    /**
     * B, the output buffer's banks: twice the largest power of two that is at most rnBw, and at
     * most half the output buffer (so that a bank has two rows or more). Twice: a row's D drains
     * then rarely meet in one bank ("Drain lanes"); each lane names its bank.
     */
    public int outputBanks() {
        return Math.min(2 * Integer.highestOneBit(fabric.rnBw()), outputDepth / 2);
    }

    /** The bits of a drain lane's bank field: log2 B. */
    public int outputBankBits() {
        return bits(outputBanks());
    }

    /** The bits of a row of one output bank: log2(ODEPTH / B) >= 1. */
    public int outputRowBits() {
        return bits(outputDepth) - outputBankBits();
    }

    /** The bank output {@code addr} is in: its low log2 B bits XOR the low log2 B bits of its row. */
    public int outputBank(int addr) {
        return (addr ^ outputRow(addr)) & (outputBanks() - 1);
    }

    /** The row of its bank output {@code addr} is at: the address without its low log2 B bits. */
    public int outputRow(int addr) {
        return addr >>> outputBankBits();
    }

    /** The output at {@code row} of bank {@code bank}. */
    public int outputAddr(int bank, int row) {
        return (row << outputBankBits()) | ((bank ^ row) & (outputBanks() - 1));
    }

    static int bits(int depth) {
        return Integer.numberOfTrailingZeros(depth);
    }
}
