package plasticity.golden.maeri;

import java.util.List;

/**
 * The numbering of the ART's collection lanes (docs/spec/maeri.md, "Collection bus"): lane k for
 * k < N - 1 is lane 0 of adder switch id k (heap order); lane N - 1 + j is lane 1 of leaf adder j.
 * Lane k is wired to bus line k mod rnBw.
 */
public final class CollectionLanes {

    private CollectionLanes() {
    }

    /** 3N/2 - 1 lanes over N leaves. */
    public static int count(int n) {
        return n - 1 + n / 2;
    }

    /** The lane a VN result left on. */
    public static int of(int n, VnResult r) {
        var topology = new ArtTopology(n);
        return r.lane() == 0 ? topology.id(r.level(), r.index()) : n - 1 + r.index();
    }

    /**
     * The tag of every lane for a pass: the given tag (an accumulation-buffer address) of the VN
     * collected there, and 0 on lanes that collect nothing.
     *
     * @param config the compiled ART configuration
     * @param vnTags one tag per VN, in VN order
     */
    public static int[] tags(ArtConfig config, List<Integer> vnTags) {
        int n = config.layout().n();
        if (vnTags.size() != config.layout().count()) {
            throw new IllegalArgumentException(config.layout().count() + " VNs need as many tags, got "
                    + vnTags.size());
        }
        int[] tags = new int[count(n)];
        for (VnResult r : ArtModel.run(config, new long[n])) {
            tags[of(n, r)] = vnTags.get(r.vn());
        }
        return tags;
    }
}
