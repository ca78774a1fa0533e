package plasticity.golden.adam;

/**
 * The inputs of one cycle of the engine (docs/spec/adam.md, "Host port and address map").
 *
 * @param rst   synchronous active-high reset
 * @param we    port {@code host_we}
 * @param re    port {@code host_re}
 * @param addr  port {@code host_addr}, a 32-bit pattern
 * @param wdata port {@code host_wdata}, a 64-bit pattern
 */
public record AdamInputs(boolean rst, boolean we, boolean re, long addr, long wdata) {

    /** A cycle with only {@code rst} high. */
    public static AdamInputs reset() {
        return new AdamInputs(true, false, false, 0, 0);
    }

    /** A cycle in which the host does nothing. */
    public static AdamInputs idle() {
        return new AdamInputs(false, false, false, 0, 0);
    }

    public static AdamInputs write(long addr, long wdata) {
        return new AdamInputs(false, true, false, addr, wdata);
    }

    public static AdamInputs read(long addr) {
        return new AdamInputs(false, false, true, addr, 0);
    }
}
