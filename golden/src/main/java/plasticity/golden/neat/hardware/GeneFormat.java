package plasticity.golden.neat.hardware;

/**
 * The 64-bit hardware gene (docs/spec/gene-format.md): the bit fields, and the order genes stream
 * in. A gene is carried as a {@code long}; this class only packs and unpacks fields, it does not
 * know what the attribute codes mean ({@link AttributeCodes} does).
 *
 * <pre>
 *  63      56 55 54        44 43        33 32 31    24 23    16 15     8 7      0
 * | genome id |T| key A      | key B      |O| attr 1  | attr 2  | attr 3 | attr 4 |
 * node gene:   T=0, A = node key,  B = 0,   O = output node; bias, response, activation, aggregation
 * connection:  T=1, A = input key, B = output key, O = 0;      weight, enabled, 0, 0
 * </pre>
 *
 * Keys are 11-bit two's complement: input pins -1..-1024, nodes 0..1023.
 */
public final class GeneFormat {

    public static final int GENOME_ID_BITS = 8;
    public static final int KEY_BITS = 11;
    public static final int KEY_MIN = -(1 << (KEY_BITS - 1));
    public static final int KEY_MAX = (1 << (KEY_BITS - 1)) - 1;
    /** The largest genome id (the child's slot in the generation, 0..255). */
    public static final int GENOME_ID_MAX = (1 << GENOME_ID_BITS) - 1;

    public static final int GENOME_ID_SHIFT = 56;
    public static final int TYPE_SHIFT = 55;
    public static final int KEY_A_SHIFT = 44;
    public static final int KEY_B_SHIFT = 33;
    public static final int OUTPUT_SHIFT = 32;
    private static final int KEY_MASK = (1 << KEY_BITS) - 1;
    /** Bits that must be zero in a connection gene: O, attribute 2 above bit 16, attributes 3 and 4. */
    private static final long CONNECTION_ZERO_BITS = (1L << OUTPUT_SHIFT) | 0x00FE_FFFFL;
    /** Bits that must be zero in a node gene: key B and the unused high bits of attributes 3, 4. */
    private static final long NODE_ZERO_BITS = ((long) KEY_MASK << KEY_B_SHIFT) | 0xF0F8L;

    private GeneFormat() {}

    /** Attribute byte i (1..4, as the figure numbers them): bits [39 - 8i : 32 - 8i]. */
    public static int attribute(long gene, int i) {
        return (int) (gene >>> (32 - 8 * i)) & 0xFF;
    }

    public static long withAttribute(long gene, int i, int value) {
        int shift = 32 - 8 * i;
        return (gene & ~(0xFFL << shift)) | ((long) (value & 0xFF) << shift);
    }

    public static int genomeId(long gene) {
        return (int) (gene >>> GENOME_ID_SHIFT) & GENOME_ID_MAX;
    }

    public static long withGenomeId(long gene, int genomeId) {
        requireGenomeId(genomeId);
        return (gene & ~(0xFFL << GENOME_ID_SHIFT)) | ((long) genomeId << GENOME_ID_SHIFT);
    }

    public static boolean isConnection(long gene) {
        return ((gene >>> TYPE_SHIFT) & 1) == 1;
    }

    public static boolean isOutput(long gene) {
        return ((gene >>> OUTPUT_SHIFT) & 1) == 1;
    }

    /** Key A: the node key of a node gene, the input key of a connection gene. */
    public static int keyA(long gene) {
        return signExtend((int) (gene >>> KEY_A_SHIFT) & KEY_MASK);
    }

    /** Key B: the output key of a connection gene, 0 in a node gene. */
    public static int keyB(long gene) {
        return signExtend((int) (gene >>> KEY_B_SHIFT) & KEY_MASK);
    }

    /**
     * The alignment key, bits [54:33] with the sign bit of each key field inverted: an unsigned
     * 22-bit number whose order is the order of (key A, key B) compared as signed numbers. The
     * aligner compares these; node genes have key B = 0, so for them it orders by node key.
     */
    public static int sortKey(long gene) {
        int a = (int) (gene >>> KEY_A_SHIFT) & KEY_MASK;
        int b = (int) (gene >>> KEY_B_SHIFT) & KEY_MASK;
        int flip = 1 << (KEY_BITS - 1);
        return ((a ^ flip) << KEY_BITS) | (b ^ flip);
    }

    /** The sort key of connection (in, out), without building a gene. */
    public static int sortKey(int in, int out) {
        int flip = 1 << (KEY_BITS - 1);
        return (((in & KEY_MASK) ^ flip) << KEY_BITS) | ((out & KEY_MASK) ^ flip);
    }

    /** A node gene; the attribute bytes are codes as {@link AttributeCodes} defines them. */
    public static long node(int genomeId, int key, boolean output, int bias, int response, int activation,
            int aggregation) {
        requireGenomeId(genomeId);
        requireKey("node key", key);
        if (key < 0) {
            throw new IllegalArgumentException("node key " + key + " is an input pin: input pins have no node gene");
        }
        if (activation < 0 || activation > 0xF) {
            throw new IllegalArgumentException("activation code " + activation + " does not fit 4 bits");
        }
        if (aggregation < 0 || aggregation > 0x7) {
            throw new IllegalArgumentException("aggregation code " + aggregation + " does not fit 3 bits");
        }
        return ((long) genomeId << GENOME_ID_SHIFT)
                | ((long) (key & KEY_MASK) << KEY_A_SHIFT)
                | ((output ? 1L : 0L) << OUTPUT_SHIFT)
                | ((long) (bias & 0xFF) << 24) | ((long) (response & 0xFF) << 16)
                | ((long) activation << 8) | aggregation;
    }

    /** A connection gene; {@code weight} is a signed 8-bit code. */
    public static long connection(int genomeId, int in, int out, int weight, boolean enabled) {
        requireGenomeId(genomeId);
        requireKey("connection input", in);
        requireKey("connection output", out);
        if (out < 0) {
            throw new IllegalArgumentException("connection " + in + "->" + out + " ends at an input pin");
        }
        return ((long) genomeId << GENOME_ID_SHIFT) | (1L << TYPE_SHIFT)
                | ((long) (in & KEY_MASK) << KEY_A_SHIFT) | ((long) (out & KEY_MASK) << KEY_B_SHIFT)
                | ((long) (weight & 0xFF) << 24) | ((enabled ? 1L : 0L) << 16);
    }

    /**
     * What is wrong with this word as a gene, or null when it is well formed: reserved bits zero,
     * a node gene's key not an input pin, a connection's output not an input pin.
     */
    public static String problem(long gene) {
        if (isConnection(gene)) {
            if ((gene & CONNECTION_ZERO_BITS) != 0) {
                return String.format("connection gene 0x%016x has reserved bits set", gene);
            }
            if (keyB(gene) < 0) {
                return String.format("connection gene 0x%016x ends at input pin %d", gene, keyB(gene));
            }
        } else {
            if ((gene & NODE_ZERO_BITS) != 0) {
                return String.format("node gene 0x%016x has reserved bits set", gene);
            }
            if (keyA(gene) < 0) {
                return String.format("node gene 0x%016x has key %d, an input pin", gene, keyA(gene));
            }
        }
        return null;
    }

    private static int signExtend(int field) {
        return (field << (32 - KEY_BITS)) >> (32 - KEY_BITS);
    }

    private static void requireKey(String what, int key) {
        if (key < KEY_MIN || key > KEY_MAX) {
            throw new IllegalArgumentException(what + " " + key + " does not fit the gene's " + KEY_BITS
                    + "-bit key field (" + KEY_MIN + ".." + KEY_MAX + ")");
        }
    }

    private static void requireGenomeId(int genomeId) {
        if (genomeId < 0 || genomeId > GENOME_ID_MAX) {
            throw new IllegalArgumentException("genome id " + genomeId + " does not fit 8 bits (0.." + GENOME_ID_MAX + ")");
        }
    }
}
