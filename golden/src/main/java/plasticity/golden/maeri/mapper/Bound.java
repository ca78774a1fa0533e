package plasticity.golden.maeri.mapper;

/** The resource that holds a run back (docs/spec/maeri.md, "Bounds"). */
public enum Bound {
    /** N products per cycle. */
    COMPUTE("compute"),
    /** dnBw words per cycle into the fabric. */
    DN("dnBw"),
    /** rnBw finished sums per cycle out of it. */
    RN("rnBw");

    private final String label;

    Bound(String label) {
        this.label = label;
    }

    /** The word reports use: compute, dnBw or rnBw. */
    public String label() {
        return label;
    }

    /** The largest of three lower bounds; ties go to compute, then dnBw. */
    static Bound of(long compute, long dn, long rn) {
        if (compute >= dn && compute >= rn) {
            return COMPUTE;
        }
        return dn >= rn ? DN : RN;
    }
}
