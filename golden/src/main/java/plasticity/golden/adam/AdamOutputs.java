package plasticity.golden.adam;

import java.util.OptionalLong;

/**
 * The outputs of one cycle of the engine; both are functions of the state only.
 *
 * @param rdata  port {@code host_rdata}, or empty when it shows a value buffer word nothing has
 *               written (don't-care: memories are not reset)
 * @param status port {@code status}: [0] busy, [1] done, [2] malformed, [3] order, [4] overflow
 */
public record AdamOutputs(OptionalLong rdata, int status) {

    public static final int BUSY = 1;
    public static final int DONE = 1 << 1;
    public static final int MALFORMED = 1 << 2;
    public static final int ORDER = 1 << 3;
    public static final int OVERFLOW = 1 << 4;
    /** The three error bits. */
    public static final int ERRORS = MALFORMED | ORDER | OVERFLOW;

    public AdamOutputs {
        if (rdata == null) {
            throw new IllegalArgumentException("rdata must be OptionalLong.empty() for don't-care, not null");
        }
    }

    public boolean busy() {
        return (status & BUSY) != 0;
    }

    public boolean done() {
        return (status & DONE) != 0;
    }

    /** The error bits, status & ERRORS. */
    public int errors() {
        return status & ERRORS;
    }
}
