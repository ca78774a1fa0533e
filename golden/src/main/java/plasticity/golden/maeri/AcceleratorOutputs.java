package plasticity.golden.maeri;

/**
 * The outputs of one cycle of the accelerator (docs/spec/maeri.md, "Accelerator", "Host port").
 *
 * @param busy   the program is running
 * @param done   the program reached END (held until the next start or reset)
 * @param bad    the program was stopped: a bad descriptor (held like done)
 * @param rdData the output buffer entry rd_addr named in the previous cycle, signed BUFW bits
 */
public record AcceleratorOutputs(boolean busy, boolean done, boolean bad, long rdData) {
}
