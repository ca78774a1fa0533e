package plasticity.golden.eve;

/**
 * The inputs of one cycle of the EvE PE (docs/spec/eve.md, "Ports"). Genes are 64-bit patterns
 * in a {@code long}; {@code cfgData} a 32-bit pattern in an {@code int}.
 *
 * @param rst       synchronous active-high reset; wins over everything else
 * @param cfgValid  a register write is offered
 * @param cfgAddr   its address, 0..31
 * @param cfgData   its value
 * @param p1Valid   parent 1 offers {@code p1Gene}
 * @param p1Gene    the gene
 * @param p1Last    it is the last gene of parent 1's genome stream
 * @param p2Valid   parent 2, the same
 * @param p2Gene    the gene
 * @param p2Last    the end mark
 * @param nodeReady the node stream's consumer takes a gene this cycle
 * @param connReady the connection stream's consumer takes a gene this cycle
 */
public record EvePeInputs(boolean rst, boolean cfgValid, int cfgAddr, int cfgData, boolean p1Valid, long p1Gene,
        boolean p1Last, boolean p2Valid, long p2Gene, boolean p2Last, boolean nodeReady, boolean connReady) {

    public EvePeInputs {
        if (cfgAddr < 0 || cfgAddr >= 1 << EveRegisterMap.ADDRESS_BITS) {
            throw new IllegalArgumentException("cfg_addr " + cfgAddr + " does not fit " + EveRegisterMap.ADDRESS_BITS + " bits");
        }
    }

    /** A cycle with only {@code rst} high. */
    public static EvePeInputs reset() {
        return new EvePeInputs(true, false, 0, 0, false, 0, false, false, 0, false, false, false);
    }
}
