package plasticity.golden.maeri.mapper;

/**
 * What a virtual neuron keeps whole when a filter is cut into VNs (docs/spec/maeri.md,
 * "Mapper"): a run of taps of one filter row (so the forwarding-link chains along S survive),
 * of one channel, or nothing (any tap boundary); or, packed instead of cut in order, link chains
 * tree by tree ({@link ChainPacker}) or a pruned layer's taps grouped by the words they share
 * ({@link SharedPacker}).
 */
public enum Granule {
    /** Taps of one (c, r): a filter row. */
    ROW,
    /** Taps of one channel c. */
    CHANNEL,
    /** Single taps: a VN may end anywhere. */
    TAP,
    /**
     * Link chains of a filter row, packed so that a DN tree's chains share their head tap
     * ({@link ChainPacker}, docs/spec/maeri.md, "Chain packing").
     */
    CHAIN,
    /**
     * A pruned layer's taps grouped so that the VNs of a DN tree share their words
     * ({@link SharedPacker}, docs/spec/maeri.md, "Shared-word packing").
     */
    SHARED,
    /**
     * A pruned layer's runs of two or more chained taps packed as {@link #CHAIN}, its other taps
     * as {@link #SHARED} ({@link MixedPacker}, docs/spec/maeri.md, "Mixed packing").
     */
    MIXED;

    /** Whether taps {@code a} and {@code b} of {@code shape} belong to the same granule. */
    boolean same(ConvShape shape, int a, int b) {
        return switch (this) {
            case ROW -> a / shape.s() == b / shape.s();
            case CHANNEL -> shape.tapC(a) == shape.tapC(b);
            case TAP -> false;
            case CHAIN, SHARED, MIXED -> throw new IllegalStateException(this + " is packed, not cut in order");
        };
    }

    /** Whether a packer forms the VNs and passes (rather than cutting taps in order). */
    boolean packed() {
        return this == CHAIN || this == SHARED || this == MIXED;
    }

    /** The word a mapping line prints. */
    String label() {
        return switch (this) {
            case ROW -> "whole filter rows";
            case CHANNEL -> "whole channels";
            case TAP -> "any tap";
            case CHAIN -> "link chains packed by DN tree";
            case SHARED -> "taps shared by the VNs of a DN tree";
            case MIXED -> "link chains of two or more taps, other taps shared by a DN tree's VNs";
        };
    }
}
