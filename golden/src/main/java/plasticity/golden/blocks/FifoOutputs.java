package plasticity.golden.blocks;

import java.util.OptionalLong;

/**
 * The outputs of one cycle of the FIFO (docs/spec/fifo.md, "Ports"). All are functions of the
 * state only.
 *
 * @param inReady     port {@code in_ready} = !full
 * @param outValid    port {@code out_valid} = !empty
 * @param outData     port {@code out_data}: the oldest stored word as a zero-extended WIDTH-bit
 *                    pattern, or empty when the FIFO is empty and the port is don't-care (a trace
 *                    writes {@code x} and the harness does not compare it)
 * @param full        port {@code full} = (count == DEPTH)
 * @param empty       port {@code empty} = (count == 0)
 * @param almostFull  port {@code almost_full} = (count >= ALMOST_FULL)
 * @param almostEmpty port {@code almost_empty} = (count <= ALMOST_EMPTY)
 * @param count       port {@code count}, 0..DEPTH, log2(DEPTH)+1 bits
 */
public record FifoOutputs(boolean inReady, boolean outValid, OptionalLong outData, boolean full,
        boolean empty, boolean almostFull, boolean almostEmpty, int count) {

    public FifoOutputs {
        if (outData == null) {
            throw new IllegalArgumentException(
                    "FIFO out_data must be OptionalLong.empty() for don't-care, not null");
        }
    }
}
