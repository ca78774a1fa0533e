package plasticity.golden.maeri;

import java.util.List;

/**
 * The inputs of one cycle of the front end (docs/spec/maeri.md, "DN word" and "Control").
 *
 * @param rst   synchronous active-high reset
 * @param roots one word per DN root port, {@code dnBw} of them
 * @param ctl   one control word per multiplier switch, N of them
 */
public record FrontEndInputs(boolean rst, List<DnWord> roots, List<MsControl> ctl) {

    public FrontEndInputs {
        roots = List.copyOf(roots);
        ctl = List.copyOf(ctl);
    }
}
