package plasticity.golden.maeri;

import java.math.BigInteger;
import java.util.Objects;

/**
 * One configuration-table entry of the accelerator (docs/spec/maeri.md, "Accelerator"): the ART
 * configuration of a pass and, per collection lane, the index of the VN collected there (0 where
 * nothing is); the tile controller adds a wave's slot base to it to form the lane's tag.
 *
 * @param art    the compiled ART configuration
 * @param laneVn one VN index per lane, 3N/2 - 1 of them
 */
public record ArtEntry(ArtConfig art, int[] laneVn) {

    public ArtEntry {
        Objects.requireNonNull(art, "art");
        int n = art.layout().n();
        if (laneVn.length != CollectionLanes.count(n)) {
            throw new IllegalArgumentException("an ART of N = " + n + " has " + CollectionLanes.count(n)
                    + " lanes, the entry gives " + laneVn.length + " VN indices");
        }
        laneVn = laneVn.clone();
    }

    /** The entry for a compiled configuration: each lane the index of the VN it collects. */
    public static ArtEntry of(ArtConfig art) {
        int vns = art.layout().count();
        var indices = new java.util.ArrayList<Integer>(vns);
        for (int v = 0; v < vns; v++) {
            indices.add(v);
        }
        return new ArtEntry(art, CollectionLanes.tags(art, indices));
    }

    @Override
    public int[] laneVn() {
        return laneVn.clone();
    }

    /**
     * The entry's bits: the 7-bit switch words in heap order from bit 0 (switch id k at
     * [7k+6:7k]), then lane k's VN index (log2 N bits) at 7(N-1) + k log2 N.
     */
    public BigInteger encode() {
        int n = art.layout().n();
        int tagBits = Integer.numberOfTrailingZeros(n);
        BigInteger bits = BigInteger.ZERO;
        int[] words = art.encode();
        for (int id = 0; id < words.length; id++) {
            bits = bits.or(BigInteger.valueOf(words[id]).shiftLeft(AdderSwitchConfig.BITS * id));
        }
        int base = AdderSwitchConfig.BITS * (n - 1);
        for (int k = 0; k < laneVn.length; k++) {
            bits = bits.or(BigInteger.valueOf(laneVn[k]).shiftLeft(base + k * tagBits));
        }
        return bits;
    }

    /** The width of an entry: 7(N-1) + (3N/2 - 1) log2 N. */
    public static int width(int n) {
        return AdderSwitchConfig.BITS * (n - 1) + CollectionLanes.count(n) * Integer.numberOfTrailingZeros(n);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArtEntry other && art.equals(other.art) && java.util.Arrays.equals(laneVn, other.laneVn);
    }

    @Override
    public int hashCode() {
        return art.hashCode() * 31 + java.util.Arrays.hashCode(laneVn);
    }
}
