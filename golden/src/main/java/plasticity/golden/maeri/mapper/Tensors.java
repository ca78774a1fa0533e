package plasticity.golden.maeri.mapper;

import plasticity.golden.prng.Xorwow;

/**
 * A layer's input and weights in the flat orders of {@link ConvShape}: input {@code [c][x][y]},
 * weights {@code [k][c][r][s]}.
 *
 * @param inputs  the input
 * @param weights the weights, zero where pruned
 */
public record Tensors(long[] inputs, long[] weights) {

    /**
     * Random signed W-bit values from xorwow seeded with {@code seed} (docs/spec/prng.md): the
     * weights first, then the inputs, each the top W bits of one output taken as a signed number
     * (uniform over -2^(W-1) .. 2^(W-1) - 1); pruned weights are then set to zero.
     */
    public static Tensors random(Layer layer, int w, int seed) {
        ConvShape l = layer.shape();
        Xorwow rng = Xorwow.seeded(seed);
        long[] weights = new long[l.k() * l.fanIn()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = rng.nextInt() >> (32 - w);
        }
        long[] inputs = new long[l.c() * l.x() * l.y()];
        for (int i = 0; i < inputs.length; i++) {
            inputs[i] = rng.nextInt() >> (32 - w);
        }
        return new Tensors(inputs, prune(layer, weights));
    }

    /** The weights with the layer's pruned ones set to zero. */
    public static long[] prune(Layer layer, long[] weights) {
        boolean[] kept = layer.kept();
        long[] out = weights.clone();
        if (kept != null) {
            for (int i = 0; i < out.length; i++) {
                out[i] = kept[i] ? out[i] : 0;
            }
        }
        return out;
    }
}
