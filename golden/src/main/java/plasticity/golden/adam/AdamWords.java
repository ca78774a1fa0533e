package plasticity.golden.adam;

import java.util.Optional;
import plasticity.golden.fixed.Formats;

/**
 * The 64-bit words the host writes into a PE's buffers (docs/spec/adam.md, "Words"): link words,
 * node words and the control word, their fields, and when a word is malformed for a
 * configuration. Bits outside the fields must be zero.
 */
public final class AdamWords {
    private AdamWords() {}

    /** Slot fields (source, destination) are 12 bits: VALUE_DEPTH is at most 4096. */
    public static final int SLOT_BITS = 12;

    /** Count fields (fan-in, node count, input count) are 13 bits: they reach 4096 itself. */
    public static final int COUNT_BITS = 13;

    public static final int LINK_SOURCE_LSB = 16;
    public static final int NODE_RESPONSE_LSB = 16;
    public static final int NODE_ACTIVATION_LSB = 32;
    public static final int NODE_ACTIVATION_BITS = 4;
    public static final int NODE_DEST_LSB = 36;
    public static final int NODE_FAN_IN_LSB = 48;
    public static final int CONTROL_INPUTS_LSB = COUNT_BITS;

    /** First bit above the fields, per word kind: bits from here up must be zero. */
    public static final int LINK_TOP = LINK_SOURCE_LSB + SLOT_BITS;
    public static final int NODE_TOP = NODE_FAN_IN_LSB + COUNT_BITS;
    public static final int CONTROL_TOP = CONTROL_INPUTS_LSB + COUNT_BITS;

    /**
     * One in-link of a node.
     *
     * @param weightRaw the weight, raw Q5.10
     * @param source    the slot it reads
     */
    public record Link(long weightRaw, int source) {
        public Link {
            requireQ510("link weight", weightRaw);
            requireField("link source slot", source, SLOT_BITS);
        }

        public long encode() {
            return bits16(weightRaw) | (long) source << LINK_SOURCE_LSB;
        }
    }

    /**
     * One node; fan-in 0 makes it a zero node, which writes 0 to its destination.
     *
     * @param biasRaw        bias, raw Q5.10
     * @param responseRaw    response, raw Q5.10
     * @param activationCode the 4-bit activation code (only 0..4 are well formed)
     * @param dest           the slot its value goes to
     * @param fanIn          how many link words follow for it
     */
    public record Node(long biasRaw, long responseRaw, int activationCode, int dest, int fanIn) {
        public Node {
            requireQ510("node bias", biasRaw);
            requireQ510("node response", responseRaw);
            requireField("activation code", activationCode, NODE_ACTIVATION_BITS);
            requireField("node destination slot", dest, SLOT_BITS);
            requireCount("node fan-in", fanIn);
        }

        public long encode() {
            return bits16(biasRaw) | bits16(responseRaw) << NODE_RESPONSE_LSB
                    | (long) activationCode << NODE_ACTIVATION_LSB | (long) dest << NODE_DEST_LSB
                    | (long) fanIn << NODE_FAN_IN_LSB;
        }

        /** Whether this is a zero node. */
        public boolean zero() {
            return fanIn == 0;
        }
    }

    /**
     * A PE's control word.
     *
     * @param nodeCount  node words a run executes
     * @param inputCount slots 0..inputCount-1 are valid when a run starts
     */
    public record Control(int nodeCount, int inputCount) {
        public Control {
            requireCount("node count", nodeCount);
            requireCount("input count", inputCount);
        }

        public long encode() {
            return nodeCount | (long) inputCount << CONTROL_INPUTS_LSB;
        }
    }

    /** The link word's fields, or empty if the word is malformed for {@code c}. */
    public static Optional<Link> link(long word, AdamConfig c) {
        int source = field(word, LINK_SOURCE_LSB, SLOT_BITS);
        if (word >>> LINK_TOP != 0 || source >= c.valueDepth()) {
            return Optional.empty();
        }
        return Optional.of(new Link(signed16(word), source));
    }

    /** The node word's fields, or empty if the word is malformed for {@code c}. */
    public static Optional<Node> node(long word, AdamConfig c) {
        int activation = field(word, NODE_ACTIVATION_LSB, NODE_ACTIVATION_BITS);
        int dest = field(word, NODE_DEST_LSB, SLOT_BITS);
        int fanIn = field(word, NODE_FAN_IN_LSB, COUNT_BITS);
        if (word >>> NODE_TOP != 0 || activation >= AdamActivation.values().length || dest >= c.valueDepth()
                || fanIn > c.linkDepth()) {
            return Optional.empty();
        }
        return Optional.of(new Node(signed16(word), signed16(word >>> NODE_RESPONSE_LSB), activation, dest, fanIn));
    }

    /** The control word's fields, or empty if the word is malformed for {@code c}. */
    public static Optional<Control> control(long word, AdamConfig c) {
        int nodes = field(word, 0, COUNT_BITS);
        int inputs = field(word, CONTROL_INPUTS_LSB, COUNT_BITS);
        if (word >>> CONTROL_TOP != 0 || nodes > c.nodeDepth() || inputs > c.valueDepth()) {
            return Optional.empty();
        }
        return Optional.of(new Control(nodes, inputs));
    }

    private static int field(long word, int lsb, int bits) {
        return (int) ((word >>> lsb) & ((1L << bits) - 1));
    }

    private static long bits16(long raw) {
        return Formats.ACTIVATION.bits(raw);
    }

    private static long signed16(long word) {
        return (short) word;
    }

    private static void requireQ510(String what, long raw) {
        if (!Formats.WEIGHT.fits(raw)) {
            throw new IllegalArgumentException(what + " " + raw + " is not a raw Q5.10 value (-32768..32767)");
        }
    }

    private static void requireField(String what, int v, int bits) {
        if (v < 0 || v >= 1 << bits) {
            throw new IllegalArgumentException(what + " " + v + " does not fit its " + bits + "-bit field");
        }
    }

    private static void requireCount(String what, int v) {
        if (v < 0 || v > AdamConfig.MAX_DEPTH) {
            throw new IllegalArgumentException(what + " " + v + " is out of range 0.." + AdamConfig.MAX_DEPTH);
        }
    }
}
