package plasticity.golden.prng;

import java.util.Objects;

/**
 * Stateful convenience over {@link XorwowState}: {@link #nextInt()} returns successive outputs
 * exactly as Marsaglia's C function {@code xorwow()} returns them (docs/spec/prng.md).
 *
 * <p>The six words are stepped in place, as the C function does, rather than through a new
 * {@link XorwowState} per output: the NEAT golden model draws about 12,000 outputs per XOR
 * generation, and the object per step was a measurable part of a generation's time.
 * {@link #state()} returns the current state as an {@link XorwowState}.
 */
public final class Xorwow {

    private int x;
    private int y;
    private int z;
    private int w;
    private int v;
    private int d;

    /** A generator that continues from {@code state}: the first call returns output(state.next()). */
    public Xorwow(XorwowState state) {
        Objects.requireNonNull(state, "state");
        x = state.x();
        y = state.y();
        z = state.z();
        w = state.w();
        v = state.v();
        d = state.d();
    }

    /** A generator from {@link XorwowState#seeded(int)}; seed 0 is the canonical sequence. */
    public static Xorwow seeded(int seed) {
        return new Xorwow(XorwowState.seeded(seed));
    }

    /** Steps once and returns the new output, a 32-bit pattern. */
    public int nextInt() {
        int nextV = XorwowState.nextV(x, v);
        x = y;
        y = z;
        z = w;
        w = v;
        v = nextV;
        d += XorwowState.WEYL_INCREMENT;
        return v + d;
    }

    /** {@link #nextInt()} as an unsigned 32-bit pattern, 0..2^32-1. */
    public long nextUnsigned() {
        return Integer.toUnsignedLong(nextInt());
    }

    /**
     * A double in [0, 1) on the 2^-53 grid from the next two outputs {@code a} then {@code b}:
     * {@code ((a >>> 5) * 2^26 + (b >>> 6)) * 2^-53}, CPython's {@code random()} construction.
     * Every step is exact, so the value is the same on every platform (docs/spec/prng.md).
     */
    public double nextDouble() {
        long a = nextUnsigned() >>> 5;
        long b = nextUnsigned() >>> 6;
        return (a * 67108864.0 + b) * 0x1.0p-53;
    }

    /** The current state (the one the last {@link #nextInt()} produced). */
    public XorwowState state() {
        return new XorwowState(x, y, z, w, v, d);
    }
}
