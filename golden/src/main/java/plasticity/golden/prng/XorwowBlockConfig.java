package plasticity.golden.prng;

/**
 * Parameters of the {@code xorwow} hardware block (docs/spec/prng.md, "Parameters").
 *
 * @param lanes LANES, random words produced per enabled cycle: 1, 2, 4 or 8
 */
public record XorwowBlockConfig(int lanes) {

    public XorwowBlockConfig {
        if (lanes != 1 && lanes != 2 && lanes != 4 && lanes != 8) {
            throw new IllegalArgumentException("xorwow LANES = " + lanes
                    + " is not supported: choose 1, 2, 4 or 8 random words per cycle");
        }
    }
}
