package plasticity.golden.blocks;

import plasticity.golden.bits.Bits;

/**
 * Parameters of the pipelined signed adder tree (docs/spec/adder-tree.md, "Parameters"), and the
 * structure they imply: levels, widths, register stages, latency.
 *
 * @param inputs        N, the number of inputs, at least 2 (any N, not only powers of two)
 * @param inputWidth    W, the width of each signed input, at least 1
 * @param registerEvery K, a register stage after every K-th level; 0 makes the tree purely
 *                      combinational (as does any K greater than the number of levels)
 */
public record AdderTreeConfig(int inputs, int inputWidth, int registerEvery) {

    public AdderTreeConfig {
        if (inputs < 2) {
            throw new IllegalArgumentException("adder tree N = " + inputs
                    + " is too small: an adder tree needs at least 2 inputs");
        }
        if (inputWidth < 1) {
            throw new IllegalArgumentException("adder tree W = " + inputWidth
                    + " is not a width: the input width must be at least 1 bit");
        }
        if (registerEvery < 0) {
            throw new IllegalArgumentException("adder tree K = " + registerEvery
                    + " is negative: use K = 0 for a combinational tree, or K >= 1 for a register"
                    + " stage after every K-th level");
        }
        int outputWidth = inputWidth + Bits.log2Ceil(inputs);
        if (outputWidth > Bits.MAX_WIDTH) {
            throw new IllegalArgumentException("adder tree N = " + inputs + ", W = " + inputWidth
                    + " needs a " + outputWidth + "-bit sum, but ports are at most "
                    + Bits.MAX_WIDTH + " bits: lower W or N so that W + ceil(log2 N) <= 64");
        }
    }

    /** L = ceil(log2 N), the number of adder levels. */
    public int levels() {
        return Bits.log2Ceil(inputs);
    }

    /** W + L, the width of {@code out_sum}. */
    public int outputWidth() {
        return inputWidth + levels();
    }

    /** Width of every value of level {@code level} (0..L): W + level. */
    public int levelWidth(int level) {
        requireLevel(level);
        return inputWidth + level;
    }

    /** Number of values in level {@code level} (0..L): ceil(N / 2^level). */
    public int levelSize(int level) {
        requireLevel(level);
        return (int) (((long) inputs + (1L << level) - 1) >>> level);
    }

    /** Whether a register stage sits after level {@code level} (1..L): K > 0 and level % K == 0. */
    public boolean registerAfter(int level) {
        if (level < 1 || level > levels()) {
            throw new IllegalArgumentException("adder tree level " + level
                    + " has no register slot: stages sit after levels 1.." + levels());
        }
        return registerEvery > 0 && level % registerEvery == 0;
    }

    /** Cycles from inputs to outputs: 0 when K = 0, else floor(L / K) = the number of stages. */
    public int latency() {
        return registerEvery == 0 ? 0 : levels() / registerEvery;
    }

    private void requireLevel(int level) {
        if (level < 0 || level > levels()) {
            throw new IllegalArgumentException(
                    "adder tree level " + level + " does not exist: levels are 0.." + levels());
        }
    }
}
