package plasticity.golden.maeri.mapper;

/**
 * The gates of one LSTM step: {@code lstm:IN=..,H=..[,BATCH=..]}. The four gates' pre-activations
 * (input, forget, cell candidate, output, in that order, H each) are one fully connected layer of
 * 4H neurons over the concatenation {@code [x_t, h_(t-1)]} of IN + H values: the MAC work of an
 * LSTM cell; the sigmoids, tanh and the cell update are not the fabric's (docs/spec/maeri.md,
 * "Mapper"). Files hold the input as {@code [BATCH][IN + H]}, the weights as
 * {@code [4H][IN + H]} and the output as {@code [BATCH][4H]}.
 */
public record Lstm(int in, int hidden, int batch) implements Layer {

    public Lstm {
        if (in < 1 || hidden < 1 || batch < 1) {
            throw new IllegalArgumentException("lstm IN=" + in + ", H=" + hidden + ", BATCH="
                    + batch + ": each must be at least 1");
        }
        gates(in, hidden, batch);
    }

    private static Fc gates(int in, int hidden, int batch) {
        return new Fc(in + hidden, 4 * hidden, batch);
    }

    /** The fully connected layer the gates are. */
    public Fc gates() {
        return gates(in, hidden, batch);
    }

    @Override
    public ConvShape shape() {
        return gates().shape();
    }

    @Override
    public String describe() {
        return "lstm:IN=" + in + ",H=" + hidden + ",BATCH=" + batch;
    }

    @Override
    public int[] inputShape() {
        return gates().inputShape();
    }

    @Override
    public int[] weightShape() {
        return gates().weightShape();
    }

    @Override
    public int[] outputShape() {
        return gates().outputShape();
    }

    @Override
    public long[] inputsToShape(long[] file) {
        return gates().inputsToShape(file);
    }

    @Override
    public long[] outputsFromShape(long[] outputs) {
        return gates().outputsFromShape(outputs);
    }
}
