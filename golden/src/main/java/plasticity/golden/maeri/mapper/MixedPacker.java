package plasticity.golden.maeri.mapper;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs a pruned layer in two parts (docs/spec/maeri.md, "Mixed packing"), the VNs of
 * {@link Granule#MIXED}: the taps in runs of two or more a stride apart as link chains
 * ({@link ChainPacker}: rnBw VNs a pass, one-cycle steps, a chain's head alone taking a word),
 * every other tap by shared words ({@link SharedPacker}: perPass VNs a pass). A lone tap takes a DN
 * word whichever way it goes, and shared words give it more company in a tree than a one-cycle
 * step's rnBw + dnBw - 1 chain slots; a longer chain feeds several products from one word.
 */
final class MixedPacker {

    private final Fabric fabric;
    private final Taps taps;
    /** The chain part, packed (it does not depend on perPass), and the lone taps. */
    private final Chunking chains;
    private final Taps alone;

    private MixedPacker(Fabric fabric, Taps taps, Chunking chains, Taps alone) {
        this.fabric = fabric;
        this.taps = taps;
        this.chains = chains;
        this.alone = alone;
    }

    /** The chunking of {@code taps}: the chain packing's passes, then the shared packing's. */
    static Chunking pack(Fabric fabric, Taps taps, int perPass) {
        return split(fabric, taps).pack(perPass);
    }

    /**
     * {@code taps} split into its two parts, the chains packed: one split serves every perPass
     * the search tries ({@link Mapper}).
     */
    static MixedPacker split(Fabric fabric, Taps taps) {
        int filters = taps.perFilter.length;
        int[][] chained = new int[filters][];
        int[][] alone = new int[filters][];
        for (int k = 0; k < filters; k++) {
            List<int[]> pieces = new ArrayList<>();
            ChainPacker.chains(taps.shape, taps.perFilter[k], fabric.treeSize(), k, pieces);
            List<Integer> inChains = new ArrayList<>();
            List<Integer> rest = new ArrayList<>();
            for (int[] piece : pieces) {
                for (int i = 0; i < piece[2]; i++) {
                    (piece[2] >= 2 ? inChains : rest).add(piece[1] + i * taps.shape.stride());
                }
            }
            chained[k] = inChains.stream().mapToInt(Integer::intValue).sorted().toArray();
            alone[k] = rest.stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return new MixedPacker(fabric, taps,
                ChainPacker.pack(fabric, taps.subset(chained), fabric.n(), fabric.rnBw()), taps.subset(alone));
    }

    /** The chunking with the lone taps packed by shared words, at most {@code perPass} VNs a pass. */
    Chunking pack(int perPass) {
        Chunking.Packed packed = new Chunking.Packed(taps, Granule.MIXED);
        append(packed, chains);
        append(packed, SharedPacker.pack(fabric, alone, perPass));
        return packed.build();
    }

    private static void append(Chunking.Packed packed, Chunking part) {
        for (int[] pass : part.passes) {
            for (int j = 0; j < pass.length; j += 2) {
                int k = pass[j];
                int f = pass[j + 1];
                List<Integer> vnTaps = new ArrayList<>();
                for (int i = 0; i < part.size(k, f); i++) {
                    vnTaps.add(part.tap(k, f, i));
                }
                packed.vn(k, vnTaps, part.chunkLeaves[k][f]);
            }
            packed.endPass();
        }
    }
}
