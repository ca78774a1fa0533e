package plasticity.golden.env;

import plasticity.golden.prng.Xorwow;

/**
 * The random initial states of {@link Environment#reset(long)}: uniform doubles in
 * {@code [low, high)} from the project's xorwow (docs/spec/environments.md, "Reset").
 *
 * <p>Gymnasium draws from NumPy's PCG64 seeded through SeedSequence; we do not reproduce that
 * stream (it would add a second generator and a hash to the specification for no benefit to
 * NEAT). Initial states therefore follow Gymnasium's distributions exactly, but a given seed
 * gives a different state than {@code env.reset(seed=...)} in Python.
 */
public final class UniformSource {

    private final Xorwow prng;

    private UniformSource(Xorwow prng) {
        this.prng = prng;
    }

    /**
     * A source for one reset: xorwow seeded with the 64-bit seed folded to 32 bits as
     * {@code (int) (seed ^ (seed >>> 32))}, so every {@code int} seed is used unchanged.
     */
    public static UniformSource fromSeed(long seed) {
        return new UniformSource(Xorwow.seeded((int) (seed ^ (seed >>> 32))));
    }

    /**
     * A double in [0, 1) on the 2^-53 grid from two 32-bit outputs, {@code a} then {@code b}:
     * {@code ((a >>> 5) * 2^26 + (b >>> 6)) * 2^-53}, CPython's {@code random()} construction.
     * Every step of it is exact, so it is the same on every platform.
     */
    public double nextDouble() {
        long a = prng.nextUnsigned() >>> 5;
        long b = prng.nextUnsigned() >>> 6;
        return (a * 67108864.0 + b) * 0x1.0p-53;
    }

    /** NumPy's {@code uniform(low, high)}: {@code low + (high - low) * nextDouble()}. */
    public double uniform(double low, double high) {
        return low + (high - low) * nextDouble();
    }
}
