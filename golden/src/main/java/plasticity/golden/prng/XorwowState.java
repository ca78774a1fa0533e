package plasticity.golden.prng;

/**
 * One state of Marsaglia's xorwow generator (docs/spec/prng.md, section "The generator"):
 * five xorshift words {@code x, y, z, w, v} and the Weyl counter {@code d}, all 32-bit and held
 * as Java {@code int} bit patterns (the arithmetic is mod 2^32, so signedness never matters except
 * for the right shift, which must be logical).
 *
 * <p>Immutable: {@link #next()} returns the following state.
 */
public record XorwowState(int x, int y, int z, int w, int v, int d) {

    /** Marsaglia's seeds, 2003, section 3.1. */
    public static final int CANONICAL_X = 123456789;
    public static final int CANONICAL_Y = 362436069;
    public static final int CANONICAL_Z = 521288629;
    public static final int CANONICAL_W = 88675123;
    public static final int CANONICAL_V = 5783321;
    public static final int CANONICAL_D = 6615241;

    /** The Weyl increment added to {@code d} on every step. */
    public static final int WEYL_INCREMENT = 362437;

    /** The state Marsaglia's C function starts from. */
    public static XorwowState canonical() {
        return seeded(0);
    }

    /**
     * The per-instance seeding of the hardware: the canonical state with {@code x ^= seed}.
     * Seed 0 is the canonical state. Only x is perturbed because y, z, w, v then keep their
     * nonzero canonical values, so the xorshift part can never be all zero (its only fixed
     * point) whatever the seed; and x is the word the next step consumes, so the seed shows in
     * the very first output.
     */
    public static XorwowState seeded(int seed) {
        return new XorwowState(CANONICAL_X ^ seed, CANONICAL_Y, CANONICAL_Z, CANONICAL_W,
                CANONICAL_V, CANONICAL_D);
    }

    /** One xorwow step (Marsaglia 2003, section 3.1). */
    public XorwowState next() {
        return new XorwowState(y, z, w, v, nextV(x, v), d + WEYL_INCREMENT);
    }

    /**
     * The xorshift word a step appends, from the word it drops ({@code x}) and the last word
     * ({@code v}); the other words move down one place. Shared with {@link Xorwow}, which steps
     * its words in place.
     */
    static int nextV(int x, int v) {
        int t = x ^ (x >>> 2); // logical shift: x is an unsigned 32-bit word in the C original
        return (v ^ (v << 4)) ^ (t ^ (t << 1));
    }

    /** {@code steps} applications of {@link #next()}; 0 returns this state. */
    public XorwowState advance(int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException(
                    "cannot advance xorwow by " + steps + " steps: the count must be >= 0");
        }
        XorwowState s = this;
        for (int i = 0; i < steps; i++) {
            s = s.next();
        }
        return s;
    }

    /**
     * {@code v + d} of this state: the value the step that produced this state returned. (For a
     * seeded start state it is a function of the seed, not an output of the sequence.)
     */
    public int output() {
        return v + d;
    }

    /** {@link #output()} as an unsigned 32-bit pattern, 0..2^32-1. */
    public long outputUnsigned() {
        return Integer.toUnsignedLong(output());
    }
}
