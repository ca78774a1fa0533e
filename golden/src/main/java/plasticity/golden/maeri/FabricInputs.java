package plasticity.golden.maeri;

import java.util.List;

/**
 * The inputs of one cycle of the fabric (docs/spec/maeri.md, "Fabric").
 *
 * @param rst      synchronous active-high reset
 * @param roots    one word per DN root port, dnBw of them (taken only when {@code ready})
 * @param ctl      one control word per multiplier switch, N of them (taken only when {@code ready})
 * @param wave     port {@code wave}: the products these controls complete, with those the MSs
 *                 hold, are a wave: it enters the ART valid at the next advance (taken only when
 *                 {@code ready})
 * @param art      the ART configuration on ports {@code cfg_<id>} ({@code ArtConfig.encode()})
 * @param tags     per collection lane, ports {@code tag_<k>}: the accumulation-buffer address of
 *                 the VN collected there, 0..N-1
 * @param accClear port {@code acc_clear}: every buffer entry starts afresh (reads 0) from this cycle
 * @param accAddr  per read port j (rnBw of them), {@code acc_rd_addr_j}: the entry shown on
 *                 {@code acc_rd_data_j} this cycle
 * @param accTake  per read port j, {@code acc_take_j}: the entry it reads is taken: it starts
 *                 afresh (reads 0) from the next cycle
 */
public record FabricInputs(boolean rst, List<DnWord> roots, List<MsControl> ctl, boolean wave, ArtConfig art,
        int[] tags, boolean accClear, int[] accAddr, boolean[] accTake) {

    public FabricInputs {
        roots = List.copyOf(roots);
        ctl = List.copyOf(ctl);
        tags = tags.clone();
        accAddr = accAddr.clone();
        accTake = accTake.clone();
        if (accAddr.length != accTake.length) {
            throw new IllegalArgumentException(accAddr.length + " read addresses but " + accTake.length
                    + " take bits");
        }
    }

    /** No read port takes its entry; every one reads {@code addr}. */
    public static int[] readAll(int ports, int addr) {
        int[] a = new int[ports];
        java.util.Arrays.fill(a, addr);
        return a;
    }

    @Override
    public int[] accAddr() {
        return accAddr.clone();
    }

    @Override
    public boolean[] accTake() {
        return accTake.clone();
    }

    @Override
    public int[] tags() {
        return tags.clone();
    }

    int tag(int lane) {
        return tags[lane];
    }
}
