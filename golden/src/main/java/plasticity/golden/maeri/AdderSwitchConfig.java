package plasticity.golden.maeri;

/**
 * The configuration of one ART adder switch for a reduction pass (docs/spec/maeri.md, "Adder
 * switch configuration"): a destination for each of its three inputs, plus the split flag of a
 * leaf adder. Seven bits: {@code [1:0]} left, {@code [3:2]} right, {@code [5:4]} link input,
 * {@code [6]} split.
 *
 * <p>Inputs with the same destination are summed. Split (leaf adders only) is the one exception:
 * with left and right both {@link Destination#COLLECT}, the two products leave on two collection
 * lanes instead of being added, because two finished virtual neurons can meet at a leaf adder
 * (two one-product VNs, or a VN finished with the link value beside a one-product VN). A link
 * value routed to COLLECT joins the lane of the child on the link's side.
 *
 * @param left  where the left child's value goes (NONE disables the left input)
 * @param right where the right child's value goes
 * @param link  where the value arriving on the forwarding link goes; never LINK
 * @param split leaf adders only: left and right leave on collection lanes 0 and 1, unsummed
 */
public record AdderSwitchConfig(Destination left, Destination right, Destination link,
        boolean split) {

    /** Width of one switch's encoding. */
    public static final int BITS = 7;

    /** A switch that takes nothing and sends nothing. */
    public static final AdderSwitchConfig IDLE =
            new AdderSwitchConfig(Destination.NONE, Destination.NONE, Destination.NONE, false);

    public AdderSwitchConfig {
        if (left == null || right == null || link == null) {
            throw new IllegalArgumentException("adder switch destinations must not be null");
        }
        if (link == Destination.LINK) {
            throw new IllegalArgumentException(
                    "a value received on the forwarding link cannot be sent back across it");
        }
        if (split && (left != Destination.COLLECT || right != Destination.COLLECT)) {
            throw new IllegalArgumentException("split needs left and right both COLLECT, got left "
                    + left + ", right " + right);
        }
    }

    /** The 7-bit encoding: [1:0] left, [3:2] right, [5:4] link input, [6] split. */
    public int encode() {
        return left.code() | right.code() << 2 | link.code() << 4 | (split ? 1 << 6 : 0);
    }

    /** The configuration encoded as {@code bits} (see {@link #encode()}). */
    public static AdderSwitchConfig decode(int bits) {
        if ((bits & ~0x7F) != 0) {
            throw new IllegalArgumentException("adder switch encoding 0x"
                    + Integer.toHexString(bits) + " has bits above bit 6");
        }
        return new AdderSwitchConfig(Destination.of(bits & 3), Destination.of(bits >> 2 & 3),
                Destination.of(bits >> 4 & 3), (bits & 0x40) != 0);
    }

    /** Whether this switch sends a value across its forwarding link. */
    public boolean sendsOnLink() {
        return left == Destination.LINK || right == Destination.LINK;
    }

    /** Whether this switch takes a value from its forwarding link. */
    public boolean receivesOnLink() {
        return link != Destination.NONE;
    }

    /** Compact text, e.g. {@code L:UP R:LINK F:-}, for dumps and messages. */
    @Override
    public String toString() {
        if (split) {
            return "L:COLLECT/0 R:COLLECT/1 F:" + name(link);
        }
        return "L:" + name(left) + " R:" + name(right) + " F:" + name(link);
    }

    private static String name(Destination d) {
        return d == Destination.NONE ? "-" : d.name();
    }
}
