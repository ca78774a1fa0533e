package plasticity.golden.maeri.mapper;

/**
 * One way to run a layer on the fabric (docs/spec/maeri.md, "Mapper"): the choices the mapper
 * searches over.
 *
 * <ul>
 *   <li>{@code granule}, {@code vnMax}: each filter's kept taps are cut into chunks of at most
 *       vnMax taps, whole granules where they fit ({@link Chunking}); a chunk is one VN. For
 *       {@link Granule#CHAIN} the {@link ChainPacker} forms the VNs (of at most vnMax taps, at
 *       most perPass a pass) and the passes; for {@link Granule#SHARED} the
 *       {@link SharedPacker} (perPass VNs a pass, perPass / rnBw words a tree, vnMax unused), for
 *       {@link Granule#MIXED} the {@link MixedPacker} (its shared part so).
 *   <li>{@code axis}, {@code replicas}: each chunk is placed {@code replicas} times, the copies
 *       computing neighbouring output rows ({@link Axis#ROWS}) or columns
 *       ({@link Axis#COLUMNS}) at the same time with the same weights (multicast).
 *   <li>{@code perPass}: at most this many chunks share a pass (a weight-stationary mapping),
 *       taken in order fold by fold: every filter's chunk 0, then every filter's chunk 1, ...
 *   <li>{@code order}: in a pass, a chunk's replicas side by side, or the chunks side by side
 *       once per replica.
 *   <li>{@code slot}: 0, VNs packed side by side; else every VN takes {@code slot} leaves, its
 *       taps first and idle leaves after them, so that VNs of a DN tree's size each have a tree
 *       of their own (its weights load in parallel with the other trees', docs/spec/maeri.md,
 *       "Slots").
 *   <li>{@code foldsApart}: false, a pass not full at the end of a fold takes the next fold's
 *       first chunks; true, every pass holds chunks of one fold (chunk index) only, so that a
 *       step's VNs need one fold's words.
 *   <li>{@code align}: 0, VNs side by side; else a power of two, the leaves of a DN tree: a VN
 *       that fits in {@code align} leaves never crosses a multiple of it, and the VNs between two
 *       multiples are of one fold, so that a tree sends one fold's words (docs/spec/maeri.md,
 *       "Aligned trees"). The leaves skipped are idle leaves of the VN before them.
 * </ul>
 *
 * @param granule  what a VN keeps whole
 * @param vnMax    the largest VN, in taps
 * @param axis     which output loop the replicas unroll
 * @param replicas copies of each chunk in a pass
 * @param perPass  chunks per pass, at most
 * @param order    how VNs are laid out in a pass
 * @param slot     leaves per VN (0: a VN takes its taps' leaves only)
 * @param foldsApart whether a pass holds one fold's chunks only
 * @param align    leaves per alignment group (0: none)
 */
public record Mapping(Granule granule, int vnMax, Axis axis, int replicas, int perPass,
        Order order, int slot, boolean foldsApart, int align) {

    /** The output loop replicas unroll. */
    public enum Axis {
        /** Replicas compute consecutive output rows x'; the window slides along y'. */
        ROWS,
        /** Replicas compute consecutive output columns y' (the batch of an FC layer). */
        COLUMNS
    }

    /** The VN order within a pass. */
    public enum Order {
        /** Chunk 0's replicas, then chunk 1's, ... */
        REPLICAS_ADJACENT,
        /** Every chunk for replica 0, then every chunk for replica 1, ... */
        CHUNKS_ADJACENT
    }

    public Mapping {
        if (vnMax < 1 || replicas < 1 || perPass < 1) {
            throw new IllegalArgumentException("a mapping needs vnMax, replicas and perPass of at"
                    + " least 1, got " + vnMax + ", " + replicas + ", " + perPass);
        }
        if (slot < 0) {
            throw new IllegalArgumentException("a mapping's slot is 0 (packed) or a number of"
                    + " leaves, got " + slot);
        }
        if (align < 0 || (align & (align - 1)) != 0) {
            throw new IllegalArgumentException("a mapping's align is 0 (none) or a power of two"
                    + " (the leaves of a DN tree), got " + align);
        }
        if (granule.packed() && (replicas != 1 || axis != Axis.ROWS || slot != 0
                || foldsApart || align != 0)) {
            throw new IllegalArgumentException("granule=" + granule.name().toLowerCase(java.util.Locale.ROOT)
                    + " packs the VNs itself: it takes replicas=1, axis=rows and no slot, folds or align");
        }
        if (align > 0 && replicas > 1 && order == Order.CHUNKS_ADJACENT) {
            throw new IllegalArgumentException("align needs a chunk's replicas side by side"
                    + " (order=replicas)");
        }
    }

    /** A mapping whose VNs are not aligned to DN trees. */
    public Mapping(Granule granule, int vnMax, Axis axis, int replicas, int perPass,
            Order order, int slot, boolean foldsApart) {
        this(granule, vnMax, axis, replicas, perPass, order, slot, foldsApart, 0);
    }

    /** A mapping with its VNs packed side by side (slot 0). */
    public Mapping(Granule granule, int vnMax, Axis axis, int replicas, int perPass,
            Order order) {
        this(granule, vnMax, axis, replicas, perPass, order, 0, false, 0);
    }

    /** The leaves a VN of {@code taps} taps takes (alignment may add idle leaves after it). */
    int leaves(int taps) {
        return slot == 0 ? taps : slot;
    }

    /** Whether a pass can hold idle leaves, which a zero word clears ("Slots"). */
    boolean mayIdle() {
        return slot > 0 || align > 0 || granule.packed();
    }

    /**
     * One line: "VNs of at most 9 taps (whole filter rows), 2 output-row copies each, at most 7
     * chunks per pass, copies side by side".
     */
    public String describe() {
        return "VNs of at most " + vnMax + (vnMax == 1 ? " tap" : " taps") + " ("
                + granule.label() + "), "
                + replicas + (axis == Axis.ROWS ? " output-row" : " output-column")
                + (replicas == 1 ? " copy" : " copies") + " each, at most " + perPass
                + " chunks per pass"
                + (replicas > 1 ? ", " + (order == Order.REPLICAS_ADJACENT
                        ? "copies side by side" : "chunks side by side") : "")
                + (slot > 0 ? ", each VN in a slot of " + slot + " leaves" : "")
                + (foldsApart ? ", one fold a pass" : "")
                + (align > 0 ? ", one fold per group of " + align + " leaves" : "")
                + (granule == Granule.CHAIN ? ", a DN tree's chains sharing their head tap" : "");
    }
}
