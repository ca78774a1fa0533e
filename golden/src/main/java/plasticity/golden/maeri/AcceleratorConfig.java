package plasticity.golden.maeri;

import java.util.Objects;

/**
 * The parameters of the MAERI accelerator (docs/spec/maeri.md, "Accelerator"): the fabric and
 * the depths of its memories, each a power of two.
 *
 * @param fabric        the fabric's parameters
 * @param weightDepth   weight buffer entries (W bits each)
 * @param inputDepth    input buffer entries (W bits each): the zero-padded input
 * @param outputDepth   output buffer entries (BUFW bits each)
 * @param programDepth  program memory rows
 * @param configDepth   configuration table entries (an ART configuration and the lanes' VNs)
 */
public record AcceleratorConfig(FabricConfig fabric, int weightDepth, int inputDepth, int outputDepth,
        int programDepth, int configDepth) {

    public AcceleratorConfig {
        Objects.requireNonNull(fabric, "fabric");
        depth("weight buffer", weightDepth);
        depth("input buffer", inputDepth);
        depth("output buffer", outputDepth);
        depth("program memory", programDepth);
        depth("configuration table", configDepth);
    }

    private static void depth(String what, int depth) {
        if (depth < 2 || depth > 1 << 20 || Integer.bitCount(depth) != 1) {
            throw new IllegalArgumentException("the " + what + " depth " + depth
                    + " is not supported: a power of two from 2 to 2^20");
        }
    }

    /** The bits of a buffer address in an ISSUE row: enough for the larger of the two buffers. */
    public int bufferAddrBits() {
        return bits(Math.max(weightDepth, inputDepth));
    }

    public int outputAddrBits() {
        return bits(outputDepth);
    }

    public int configIndexBits() {
        return bits(configDepth);
    }

    /**
     * The advancing cycles after an ISSUE row until its last result is in the accumulation buffer:
     * R (DN) + 1 (product register) + the ART's longest latency (docs/spec/maeri.md, "Accelerator").
     */
    public int quietAdvances() {
        return fabric.frontEnd().dnLatency() + 1 + fabric.artLatency(0);
    }

    static int bits(int depth) {
        return Integer.numberOfTrailingZeros(depth);
    }
}
