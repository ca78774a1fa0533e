package plasticity.golden.maeri.mapper;

import plasticity.golden.prng.Xorwow;

/**
 * A dense layer pruned at random: {@code round(sparsity * K C R S)} of its weights, chosen by a
 * seeded draw, are zero and take no multiplier; the rest keep their places (docs/spec/maeri.md,
 * "Sparse layers"). Each filter keeps its own number of weights, so its virtual neurons differ
 * in size from filter to filter.
 *
 * <p>The draw is a partial Fisher-Yates shuffle of the weight indices 0 .. KCRS-1 with xorwow
 * seeded with {@code seed} (docs/spec/prng.md): step i swaps index i with index
 * {@code i + floor(u * (KCRS - i) / 2^32)}, u the next unsigned 32-bit output; the first
 * {@code round(...)} indices after the shuffle are pruned.
 *
 * @param dense    the layer before pruning (not itself sparse)
 * @param sparsity the fraction of weights pruned, 0 <= sparsity < 1
 * @param seed     the pruning seed
 */
public record Sparse(Layer dense, double sparsity, int seed) implements Layer {

    public Sparse {
        if (dense instanceof Sparse) {
            throw new IllegalArgumentException("a sparse layer cannot be pruned again");
        }
        if (!(sparsity >= 0 && sparsity < 1)) {
            throw new IllegalArgumentException("sparsity " + sparsity
                    + " is out of range: give a fraction from 0 to below 1, e.g. 0.5");
        }
    }

    /** The number of weights pruned. */
    public long pruned() {
        long total = (long) shape().k() * shape().fanIn();
        return (long) Math.floor(sparsity * total + 0.5);
    }

    @Override
    public ConvShape shape() {
        return dense.shape();
    }

    @Override
    public String describe() {
        return dense.describe() + " sparsity " + sparsity + " (pruning seed " + seed + ")";
    }

    @Override
    public boolean[] kept() {
        int total = shape().k() * shape().fanIn();
        int[] order = new int[total];
        for (int i = 0; i < total; i++) {
            order[i] = i;
        }
        boolean[] kept = new boolean[total];
        java.util.Arrays.fill(kept, true);
        Xorwow rng = Xorwow.seeded(seed);
        long pruned = pruned();
        for (int i = 0; i < pruned; i++) {
            int j = i + (int) ((rng.nextUnsigned() * (total - i)) >>> 32);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
            kept[order[i]] = false;
        }
        return kept;
    }

    @Override
    public int[] inputShape() {
        return dense.inputShape();
    }

    @Override
    public int[] weightShape() {
        return dense.weightShape();
    }

    @Override
    public int[] outputShape() {
        return dense.outputShape();
    }

    @Override
    public long[] inputsToShape(long[] file) {
        return dense.inputsToShape(file);
    }

    @Override
    public long[] outputsFromShape(long[] outputs) {
        return dense.outputsFromShape(outputs);
    }
}
