package plasticity.golden.maeri;

/**
 * The inputs of one cycle of the accelerator (docs/spec/maeri.md, "Accelerator", "Host port").
 *
 * @param rst    synchronous active-high reset
 * @param start  start the program at row 0 (ignored while busy)
 * @param write  a host write this cycle, or null (ignored while busy)
 * @param rdAddr the output buffer entry to show on rd_data in the next cycle
 */
public record AcceleratorInputs(boolean rst, boolean start, HostWrite write, int rdAddr) {

    /** A cycle with nothing asked. */
    public static final AcceleratorInputs IDLE = new AcceleratorInputs(false, false, null, 0);
}
