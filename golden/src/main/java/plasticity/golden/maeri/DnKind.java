package plasticity.golden.maeri;

/** The kind bit of a DN word (docs/spec/maeri.md, "DN word"): its ordinal is the bit. */
public enum DnKind {
    /** 0: an activation, multiplied on arrival (when the MS takes its activation from the DN). */
    ACTIVATION,
    /** 1: a weight, stored in the MS's stationary weight register. */
    WEIGHT
}
