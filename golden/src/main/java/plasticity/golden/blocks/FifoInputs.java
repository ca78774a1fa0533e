package plasticity.golden.blocks;

/**
 * The inputs of one cycle of the FIFO (docs/spec/fifo.md, "Ports").
 *
 * @param rst    synchronous active-high reset; push and pop are ignored in a reset cycle
 * @param push   port {@code push}
 * @param inData port {@code in_data}, a WIDTH-bit pattern zero-extended to a {@code long} (all 64
 *               bits when WIDTH = 64); read only when the push is accepted
 * @param pop    port {@code pop}
 */
public record FifoInputs(boolean rst, boolean push, long inData, boolean pop) {

    /** A cycle with only {@code rst} high. */
    public static FifoInputs reset() {
        return new FifoInputs(true, false, 0, false);
    }

    /** A cycle without reset. */
    public static FifoInputs of(boolean push, long inData, boolean pop) {
        return new FifoInputs(false, push, inData, pop);
    }
}
