package plasticity.golden.prng;

/**
 * SplitMix64 (Steele, Lea and Flood 2014; the generator behind {@code java.util.SplittableRandom}):
 * the seed expander of the golden models (docs/spec/prng.md, "Seed expansion"). Every input bit
 * affects every output bit, nonlinearly, with plain 64-bit integer arithmetic.
 */
public final class SplitMix64 {

    private static final long GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    public SplitMix64(long seed) {
        this.state = seed;
    }

    /** The next output: state += gamma, then the two xor-shift-multiply rounds and a final xor-shift. */
    public long next() {
        state += GAMMA;
        return mix(state);
    }

    /** The high 32 bits of the next output. */
    public int nextHigh32() {
        return (int) (next() >>> 32);
    }

    /** The output function alone. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * A whole xorwow state from one seed: x, y, z, w, v are the high halves of SplitMix64's first
     * five outputs, d is Marsaglia's canonical value. Unlike {@link XorwowState#seeded} (which
     * perturbs x only, so that every output is an affine function of the 32 seed bits and, e.g.,
     * bit 0 of outputs 1 and 5 are equal for every seed), no linear relation among the output
     * bits holds across seeds. The all-zero xorshift state (probability 2^-160) becomes v = 1.
     */
    public static XorwowState xorwowState(long seed) {
        SplitMix64 s = new SplitMix64(seed);
        int x = s.nextHigh32();
        int y = s.nextHigh32();
        int z = s.nextHigh32();
        int w = s.nextHigh32();
        int v = s.nextHigh32();
        if ((x | y | z | w | v) == 0) {
            v = 1;
        }
        return new XorwowState(x, y, z, w, v, XorwowState.CANONICAL_D);
    }
}
