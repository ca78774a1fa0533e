package plasticity.golden.neat.hardware;

/** Probability codes (docs/spec/fixed-point.md, "Rates"; docs/spec/eve.md for the 16-bit ones). */
final class Rates {

    private Rates() {}

    /** UQ0.16: floor(p * 65536 + 1/2), saturated at 65535. Fires iff a 16-bit draw r < code. */
    static int code16(double p) {
        return (int) Math.min(65535, Math.floor(p * 65536 + 0.5));
    }

    static void requireByte(String what, int value) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException(what + " " + value + " does not fit 8 bits");
        }
    }

    static void requireHalfWord(String what, int value) {
        if (value < 0 || value > 65535) {
            throw new IllegalArgumentException(what + " " + value + " does not fit 16 bits");
        }
    }
}
