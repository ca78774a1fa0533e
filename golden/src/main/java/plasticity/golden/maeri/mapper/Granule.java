package plasticity.golden.maeri.mapper;

/**
 * What a virtual neuron keeps whole when a filter is cut into VNs (docs/spec/maeri.md,
 * "Mapper"): a run of taps of one filter row (so the forwarding-link chains along S survive),
 * of one channel, or nothing (any tap boundary).
 */
public enum Granule {
    /** Taps of one (c, r): a filter row. */
    ROW,
    /** Taps of one channel c. */
    CHANNEL,
    /** Single taps: a VN may end anywhere. */
    TAP;

    /** Whether taps {@code a} and {@code b} of {@code shape} belong to the same granule. */
    boolean same(ConvShape shape, int a, int b) {
        return switch (this) {
            case ROW -> a / shape.s() == b / shape.s();
            case CHANNEL -> shape.tapC(a) == shape.tapC(b);
            case TAP -> false;
        };
    }

    /** The word a mapping line prints. */
    String label() {
        return switch (this) {
            case ROW -> "whole filter rows";
            case CHANNEL -> "whole channels";
            case TAP -> "any tap";
        };
    }
}
