package plasticity.golden.maeri;

/**
 * Where an adder switch sends one of its inputs in a reduction pass (docs/spec/maeri.md, "Adder
 * switch configuration"). Inputs given the same destination are added together: a port carries
 * one value, so everything bound for it must belong to one virtual neuron.
 */
public enum Destination {
    /** The input is disabled: nothing arrives on it, or what arrives is not used. */
    NONE(0),
    /** To the parent switch (the up port). */
    UP(1),
    /** Across the forwarding link to the partner switch. */
    LINK(2),
    /** To the collection port: the value is a finished virtual-neuron sum. */
    COLLECT(3);

    private final int code;

    Destination(int code) {
        this.code = code;
    }

    /** The 2-bit field value. */
    public int code() {
        return code;
    }

    /** The destination with field value {@code code} (0..3). */
    public static Destination of(int code) {
        for (Destination d : values()) {
            if (d.code == code) {
                return d;
            }
        }
        throw new IllegalArgumentException("destination code " + code + " is not 0..3");
    }
}
