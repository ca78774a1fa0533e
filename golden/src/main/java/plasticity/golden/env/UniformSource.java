package plasticity.golden.env;

import plasticity.golden.prng.SplitMix64;
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
     * A source for one reset: xorwow seeded with {@link #mixSeed(long)} of the seed. Seeding
     * xorwow with the raw seed would not do: seeds 1 and 2 change only the low bits of its
     * {@code x} word, and its first outputs then differ only in low bits, which the double
     * construction drops, so neighbouring seeds would start nearly the same episode.
     */
    public static UniformSource fromSeed(long seed) {
        return new UniformSource(Xorwow.seeded(mixSeed(seed)));
    }

    /**
     * The 32-bit xorwow seed of a 64-bit episode seed: SplitMix64's first output for that seed
     * (Steele, Lea and Flood 2014; the finalizer of {@code java.util.SplittableRandom}), high
     * half. Every input bit affects every output bit, and it is plain 64-bit integer arithmetic.
     */
    static int mixSeed(long seed) {
        return new SplitMix64(seed).nextHigh32();
    }

    /** A double in [0, 1) on the 2^-53 grid: {@link Xorwow#nextDouble()}. */
    public double nextDouble() {
        return prng.nextDouble();
    }

    /** NumPy's {@code uniform(low, high)}: {@code low + (high - low) * nextDouble()}. */
    public double uniform(double low, double high) {
        return low + (high - low) * nextDouble();
    }
}
