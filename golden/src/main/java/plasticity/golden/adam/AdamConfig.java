package plasticity.golden.adam;

/**
 * The engine's parameters (docs/spec/adam.md, "Parameters"): the PE array and each PE's buffer
 * depths and accumulator width. A bad value is refused with the range and the reason.
 *
 * @param rows       ROWS, 1..64
 * @param cols       COLS, 1..64
 * @param linkDepth  LINK_DEPTH, link words per PE: a power of two, 2..4096
 * @param nodeDepth  NODE_DEPTH, node words per PE: a power of two, 2..4096
 * @param valueDepth VALUE_DEPTH, value slots per PE: a power of two, 2..4096
 * @param accWidth   ACC, accumulator bits: 32 + log2(LINK_DEPTH) .. 64
 */
public record AdamConfig(int rows, int cols, int linkDepth, int nodeDepth, int valueDepth, int accWidth) {

    /** The largest ROWS and COLS: the address has 6 bits for each. */
    public static final int MAX_SIDE = 64;

    /** The largest buffer depth: the address offset and the words' slot fields have 12 bits. */
    public static final int MAX_DEPTH = 4096;

    /** GeneSys' 1024 PEs as 32 x 32, buffers for the networks NEAT breeds on the gym tasks. */
    public static final AdamConfig DEFAULT = new AdamConfig(32, 32, 64, 32, 64, 48);

    public AdamConfig {
        side("ROWS", rows);
        side("COLS", cols);
        depth("LINK_DEPTH", linkDepth);
        depth("NODE_DEPTH", nodeDepth);
        depth("VALUE_DEPTH", valueDepth);
        int min = minAccWidth(linkDepth);
        if (accWidth < min || accWidth > 64) {
            throw new IllegalArgumentException("ADAM ACC = " + accWidth + " is out of range: " + linkDepth
                    + " products of at most 2^30 each need " + min + " bits to sum exactly (32 + log2(LINK_DEPTH)),"
                    + " and a sum has at most 64; choose ACC in " + min + ".." + 64);
        }
    }

    /** 32 + log2(linkDepth): the accumulator that sums linkDepth products exactly. */
    public static int minAccWidth(int linkDepth) {
        return 32 + Integer.numberOfTrailingZeros(linkDepth);
    }

    /** ROWS x COLS. */
    public int pes() {
        return rows * cols;
    }

    private static void side(String name, int v) {
        if (v < 1 || v > MAX_SIDE) {
            throw new IllegalArgumentException("ADAM " + name + " = " + v + " is out of range: 1.." + MAX_SIDE
                    + " (the host address has 6 bits for it)");
        }
    }

    private static void depth(String name, int v) {
        if (v < 2 || v > MAX_DEPTH || Integer.bitCount(v) != 1) {
            throw new IllegalArgumentException("ADAM " + name + " = " + v + " is not allowed: a power of two in 2.."
                    + MAX_DEPTH + " (the host address offset and the words' slot fields have 12 bits)");
        }
    }
}
