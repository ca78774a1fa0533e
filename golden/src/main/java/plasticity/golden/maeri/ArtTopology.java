package plasticity.golden.maeri;

/**
 * The shape of MAERI's augmented reduction tree (ART) over {@code n} multiplier switches
 * (docs/spec/maeri.md, "ART"): n - 1 adder switches in log2(n) levels, level 0 the root and
 * level {@code levels() - 1} the leaf adders, which take multiplier switches 2i and 2i+1.
 * Switch (level, index) covers leaves {@code index * 2^(levels-level)} onwards.
 *
 * <p>Forwarding links join the adjacent switches of one level that do not share a parent:
 * indices 2m-1 and 2m, m >= 1 (MAERI_bsv_isca2018 src/ART/ART.bsv; stonne src/ASNetwork.cpp).
 * So an odd index has its link on the right, a nonzero even index on the left, and the first and
 * last switch of a level (and the root) have none.
 *
 * @param n the number of multiplier switches (leaves), a power of two from 2 to 256
 */
public record ArtTopology(int n) {

    /** The largest ART this model describes; switch ids and encodings assume it. */
    public static final int MAX_LEAVES = 256;

    public ArtTopology {
        if (n < 2 || n > MAX_LEAVES || Integer.bitCount(n) != 1) {
            throw new IllegalArgumentException("ART size N = " + n
                    + " is not supported: N must be a power of two from 2 to " + MAX_LEAVES);
        }
    }

    /** log2(n): the number of adder levels. */
    public int levels() {
        return Integer.numberOfTrailingZeros(n);
    }

    /** n - 1, the number of adder switches. */
    public int switches() {
        return n - 1;
    }

    /** The number of switches at {@code level}: 2^level. */
    public int width(int level) {
        requireLevel(level);
        return 1 << level;
    }

    /** The leaf-adder level, levels() - 1: its switches take the multiplier switches. */
    public int leafLevel() {
        return levels() - 1;
    }

    /** Heap order, as in ART.bsv: the root is 0, switch (level, index) is 2^level - 1 + index. */
    public int id(int level, int index) {
        requireSwitch(level, index);
        return (1 << level) - 1 + index;
    }

    /** The first leaf under switch (level, index). */
    public int firstLeaf(int level, int index) {
        requireSwitch(level, index);
        return index << (levels() - level);
    }

    /** The last leaf under switch (level, index). */
    public int lastLeaf(int level, int index) {
        return firstLeaf(level, index) + (1 << (levels() - level)) - 1;
    }

    /** Whether switch (level, index) has a forwarding link. */
    public boolean hasLink(int level, int index) {
        return linkPartner(level, index) >= 0;
    }

    /**
     * The index of the switch at the other end of the forwarding link of (level, index), or -1
     * when it has none: odd index i links to i + 1, nonzero even index i to i - 1, provided the
     * partner exists.
     */
    public int linkPartner(int level, int index) {
        requireSwitch(level, index);
        int partner = (index % 2 == 1) ? index + 1 : index - 1;
        return (partner >= 0 && partner < width(level)) ? partner : -1;
    }

    /** Whether the link of (level, index), if any, is on its right (odd index) rather than left. */
    public boolean linkOnRight(int level, int index) {
        requireSwitch(level, index);
        return index % 2 == 1;
    }

    private void requireLevel(int level) {
        if (level < 0 || level >= levels()) {
            throw new IllegalArgumentException("ART level " + level + " does not exist for N = " + n
                    + ": levels are 0 (root) .. " + (levels() - 1) + " (leaf adders)");
        }
    }

    void requireSwitch(int level, int index) {
        requireLevel(level);
        if (index < 0 || index >= (1 << level)) {
            throw new IllegalArgumentException("ART switch (" + level + ", " + index
                    + ") does not exist for N = " + n + ": level " + level + " has indices 0.."
                    + ((1 << level) - 1));
        }
    }
}
