package plasticity.golden.maeri.mapper;

/**
 * A fully connected layer (a GEMM): {@code fc:IN=..,OUT=..[,BATCH=..]}, OUT neurons of IN
 * weights each, over BATCH input vectors. Lowered to a 1 x 1 convolution with C = IN, K = OUT,
 * over a 1 x BATCH input, so that a batch is what the window slides over. Files hold the input
 * as {@code [BATCH][IN]}, the weights as {@code [OUT][IN]} and the output as
 * {@code [BATCH][OUT]}.
 */
public record Fc(int in, int out, int batch) implements Layer {

    public Fc {
        new ConvShape(1, 1, in, out, 1, batch, 1, 0);
    }

    @Override
    public ConvShape shape() {
        return new ConvShape(1, 1, in, out, 1, batch, 1, 0);
    }

    @Override
    public String describe() {
        return "fc:IN=" + in + ",OUT=" + out + ",BATCH=" + batch;
    }

    @Override
    public int[] inputShape() {
        return new int[] {batch, in};
    }

    @Override
    public int[] weightShape() {
        return new int[] {out, in};
    }

    @Override
    public int[] outputShape() {
        return new int[] {batch, out};
    }

    @Override
    public long[] inputsToShape(long[] file) {
        return transpose(file, batch, in);
    }

    @Override
    public long[] outputsFromShape(long[] outputs) {
        return transpose(outputs, out, batch);
    }

    /** A rows x cols row-major matrix, transposed. */
    static long[] transpose(long[] m, int rows, int cols) {
        long[] t = new long[m.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j * rows + i] = m[i * cols + j];
            }
        }
        return t;
    }
}
