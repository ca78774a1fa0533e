package plasticity.golden.neat;

import java.util.List;
import java.util.Objects;
import plasticity.golden.prng.Xorwow;

/**
 * The only source of randomness of the NEAT golden model (docs/spec/neat.md, "Randomness").
 *
 * <p>The draws have the <em>shape</em> of CPython's {@code random} module, which neat-python
 * calls, so that every operator makes the same calls in the same order as neat-python v0.92 does;
 * the underlying stream is Marsaglia's xorwow ({@link Xorwow}), not CPython's MT19937, so a run is
 * not the same run as neat-python's with the same seed. That is deliberate: the hardware has an
 * xorwow, and a bit-exact copy of CPython's stream would pin nothing the RTL does.
 */
public final class Rng {

    private static final double TWO_PI = 2.0 * StrictMath.PI;

    private final Xorwow source;
    /** CPython's {@code gauss_next}: Box-Muller makes two normals per pair of uniforms. */
    private double pendingGauss;
    private boolean hasPendingGauss;

    public Rng(Xorwow source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Outputs dropped after seeding, so that no early, still correlated output is used. */
    static final int WARM_UP = 16;

    /**
     * A generator for a run seed: xorwow seeded ({@link Xorwow#seeded(int)}) with
     * {@link #mixSeed(int) mixSeed(seed)}, its first {@value #WARM_UP} outputs discarded. Raw
     * xorwow seeds that differ in few bits (0, 1, 2, ...) give correlated streams for tens of
     * steps (docs/spec/prng.md, "Seeding"); the mix makes neighbouring run seeds differ in about
     * half their bits.
     */
    public static Rng seeded(int seed) {
        Xorwow x = Xorwow.seeded(mixSeed(seed));
        for (int i = 0; i < WARM_UP; i++) {
            x.nextInt();
        }
        return new Rng(x);
    }

    /** MurmurHash3's 32-bit finalizer (fmix32): a bijection, so distinct seeds stay distinct. */
    public static int mixSeed(int seed) {
        int h = seed;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }

    /** One raw 32-bit output, unsigned. */
    public long nextUnsigned32() {
        return source.nextUnsigned();
    }

    /** A double uniform in [0, 1) with 53 random bits, as CPython's {@code random()}. */
    public double random() {
        return source.nextDouble();
    }

    /** CPython's {@code uniform(a, b)}: a + (b - a) * random(). */
    public double uniform(double a, double b) {
        return a + (b - a) * random();
    }

    /**
     * CPython's {@code gauss(mu, sigma)}: Box-Muller in polar-free form with the second value
     * cached for the next call. x = random() * 2 pi, g = sqrt(-2 ln(1 - random())); this call
     * returns mu + sigma * cos(x) * g and the next returns mu' + sigma' * sin(x) * g. StrictMath
     * keeps it identical on every JVM.
     */
    public double gauss(double mu, double sigma) {
        double z;
        if (hasPendingGauss) {
            z = pendingGauss;
            hasPendingGauss = false;
        } else {
            double x2pi = random() * TWO_PI;
            double g2rad = StrictMath.sqrt(-2.0 * StrictMath.log(1.0 - random()));
            z = StrictMath.cos(x2pi) * g2rad;
            pendingGauss = StrictMath.sin(x2pi) * g2rad;
            hasPendingGauss = true;
        }
        return mu + z * sigma;
    }

    /**
     * An integer uniform in [0, n), CPython's {@code _randbelow}: with k = bit length of n, draw
     * the top k bits of an output until the value is below n (no modulo bias).
     */
    public int randBelow(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("randBelow(" + n + "): the bound must be positive");
        }
        int k = 32 - Integer.numberOfLeadingZeros(n);
        while (true) {
            long r = source.nextUnsigned() >>> (32 - k);
            if (r < n) {
                return (int) r;
            }
        }
    }

    /** CPython's {@code choice(seq)}: seq[randBelow(len(seq))]. */
    public <T> T choice(List<T> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("choice from an empty list");
        }
        return items.get(randBelow(items.size()));
    }

    /** CPython's {@code shuffle}: Fisher-Yates from the end, j = randBelow(i + 1). */
    public <T> void shuffle(List<T> items) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = randBelow(i + 1);
            T t = items.get(i);
            items.set(i, items.get(j));
            items.set(j, t);
        }
    }
}
