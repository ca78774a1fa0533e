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

    private MixedPacker() {}

    /** The chunking of {@code taps}: the chain packing's passes, then the shared packing's. */
    static Chunking pack(Fabric fabric, Taps taps, int perPass) {
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
        Chunking.Packed packed = new Chunking.Packed(taps, Granule.MIXED);
        append(packed, ChainPacker.pack(fabric, taps.subset(chained), fabric.n(), fabric.rnBw()));
        append(packed, SharedPacker.pack(fabric, taps.subset(alone), perPass));
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
