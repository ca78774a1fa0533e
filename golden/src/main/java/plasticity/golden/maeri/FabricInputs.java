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
 * @param accAddr  port {@code acc_rd_addr}: the entry shown on {@code acc_rd_data} this cycle
 */
public record FabricInputs(boolean rst, List<DnWord> roots, List<MsControl> ctl, boolean wave, ArtConfig art,
        int[] tags, boolean accClear, int accAddr) {

    public FabricInputs {
        roots = List.copyOf(roots);
        ctl = List.copyOf(ctl);
        tags = tags.clone();
    }

    @Override
    public int[] tags() {
        return tags.clone();
    }

    int tag(int lane) {
        return tags[lane];
    }
}
