package plasticity.golden.eve;

/** The error codes of the EvE array's status register (docs/spec/eve.md, "Errors"). */
public enum ArrayError {
    NONE(0),
    PARENT_RANGE(1),
    GENOME_LENGTH(2),
    CHILD_LENGTH(3),
    SRAM_OVERFLOW(4);

    private final int code;

    ArrayError(int code) {
        this.code = code;
    }

    /** The code in status bits [7:4]. */
    public int code() {
        return code;
    }
}
