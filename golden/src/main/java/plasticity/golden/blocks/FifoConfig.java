package plasticity.golden.blocks;

import plasticity.golden.bits.Bits;

/**
 * Parameters of the synchronous first-word-fall-through FIFO (docs/spec/fifo.md, "Parameters").
 *
 * @param depth       DEPTH, words stored: a power of two, 2 .. 2^20
 * @param width       WIDTH, bits per word: 1..64
 * @param almostFull  ALMOST_FULL, {@code almost_full = count >= ALMOST_FULL}: 1..DEPTH
 * @param almostEmpty ALMOST_EMPTY, {@code almost_empty = count <= ALMOST_EMPTY}: 0..DEPTH-1
 */
public record FifoConfig(int depth, int width, int almostFull, int almostEmpty) {

    /** The largest DEPTH: deeper buffers are SRAM macros, not this register-file FIFO. */
    public static final int MAX_DEPTH = 1 << 20;

    public FifoConfig {
        if (depth < 2 || depth > MAX_DEPTH || Integer.bitCount(depth) != 1) {
            throw new IllegalArgumentException("FIFO DEPTH = " + depth + " is not allowed: DEPTH"
                    + " must be a power of two from 2 to " + MAX_DEPTH + " (the pointers wrap"
                    + " by dropping their carry), e.g. " + suggestedDepth(depth));
        }
        if (width < 1 || width > Bits.MAX_WIDTH) {
            throw new IllegalArgumentException("FIFO WIDTH = " + width
                    + " is out of range: words are 1.." + Bits.MAX_WIDTH + " bits wide");
        }
        if (almostFull < 1 || almostFull > depth) {
            throw new IllegalArgumentException("FIFO ALMOST_FULL = " + almostFull
                    + " is out of range: almost_full is count >= ALMOST_FULL, so choose 1.."
                    + depth + " (DEPTH); the default is DEPTH-1 = " + (depth - 1));
        }
        if (almostEmpty < 0 || almostEmpty > depth - 1) {
            throw new IllegalArgumentException("FIFO ALMOST_EMPTY = " + almostEmpty
                    + " is out of range: almost_empty is count <= ALMOST_EMPTY, so choose 0.."
                    + (depth - 1) + " (DEPTH-1); the default is 1");
        }
    }

    /** A FIFO with the default thresholds ALMOST_FULL = DEPTH-1 and ALMOST_EMPTY = 1. */
    public static FifoConfig of(int depth, int width) {
        return new FifoConfig(depth, width, depth - 1, 1);
    }

    /** log2(DEPTH): the width of the read and write pointers. */
    public int addressWidth() {
        return Bits.log2Floor(depth);
    }

    /** log2(DEPTH) + 1: the width of {@code count}, which must reach DEPTH itself. */
    public int countWidth() {
        return addressWidth() + 1;
    }

    /** The nearest allowed DEPTH at or above {@code depth}, for the error message. */
    private static String suggestedDepth(int depth) {
        if (depth <= 2) {
            return "DEPTH = 2";
        }
        if (depth >= MAX_DEPTH) {
            return "DEPTH = " + MAX_DEPTH;
        }
        return "DEPTH = " + (Integer.highestOneBit(depth - 1) << 1);
    }
}
