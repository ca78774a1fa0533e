package plasticity.golden.prng;

/**
 * The inputs of one cycle of the {@code xorwow} block (docs/spec/prng.md, "Ports").
 *
 * @param rst    synchronous active-high reset; wins over everything else
 * @param load   load {@code seed}; wins over {@code enable}
 * @param seed   the 32-bit seed word, read only when {@code load} is taken
 * @param enable advance by LANES outputs
 */
public record XorwowBlockInputs(boolean rst, boolean load, int seed, boolean enable) {

    /** A cycle with only {@code rst} high. */
    public static XorwowBlockInputs reset() {
        return new XorwowBlockInputs(true, false, 0, false);
    }

    /** A cycle that loads {@code seed}. */
    public static XorwowBlockInputs load(int seed) {
        return new XorwowBlockInputs(false, true, seed, false);
    }

    /** A cycle with {@code enable} = {@code on} and nothing else. */
    public static XorwowBlockInputs enable(boolean on) {
        return new XorwowBlockInputs(false, false, 0, on);
    }
}
