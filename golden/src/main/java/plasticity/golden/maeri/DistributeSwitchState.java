package plasticity.golden.maeri;

/**
 * The state of a distribute switch, derived from the mask of the word it carries
 * (docs/spec/maeri.md, "Distribute switch"); the 2-bit code is {go_left, go_right} as in
 * MAERI_bsv's DN_Types.bsv.
 */
public enum DistributeSwitchState {
    IDLE(0b00), RIGHT(0b01), LEFT(0b10), BOTH(0b11);

    private final int code;

    DistributeSwitchState(int code) {
        this.code = code;
    }

    /** The 2-bit state {go_left, go_right}. */
    public int code() {
        return code;
    }

    public boolean goesLeft() {
        return (code & 0b10) != 0;
    }

    public boolean goesRight() {
        return (code & 0b01) != 0;
    }

    public static DistributeSwitchState of(boolean goLeft, boolean goRight) {
        return goLeft ? (goRight ? BOTH : LEFT) : (goRight ? RIGHT : IDLE);
    }
}
