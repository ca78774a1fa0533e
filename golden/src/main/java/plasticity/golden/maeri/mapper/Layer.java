package plasticity.golden.maeri.mapper;

/**
 * A DNN layer the mapper takes (docs/spec/maeri.md, "Mapper"): its loop nest as a
 * {@link ConvShape}, which weights are kept (all of them unless pruned), and how its tensors are
 * laid out in files.
 */
public sealed interface Layer permits Conv, Fc, Lstm, Sparse {

    /** The loop nest this layer is computed as. */
    ConvShape shape();

    /** The layer as its layer string ("conv:R=3,..." and the options), for reports. */
    String describe();

    /**
     * For each weight of the flat {@code [k][c][r][s]} layout, whether it is kept; {@code null}
     * for a dense layer (every weight kept).
     */
    default boolean[] kept() {
        return null;
    }

    /** The input tensor's shape as a file gives it. */
    int[] inputShape();

    /** The weight tensor's shape as a file gives it. */
    int[] weightShape();

    /** The output tensor's shape as a file gives it. */
    int[] outputShape();

    /** Inputs in the file's order to the {@code [c][x][y]} order of {@link #shape()}. */
    default long[] inputsToShape(long[] file) {
        return file.clone();
    }

    /** Outputs in the {@code [k][x'][y']} order of {@link #shape()} to the file's order. */
    default long[] outputsFromShape(long[] outputs) {
        return outputs.clone();
    }
}
