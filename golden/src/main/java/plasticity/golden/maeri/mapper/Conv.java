package plasticity.golden.maeri.mapper;

/**
 * A convolution layer: {@code conv:R=..,S=..,C=..,K=..,X=..,Y=..} with a stride and a zero
 * padding (docs/spec/maeri.md, "Layer strings and tensor files"). Files hold the input as
 * {@code [C][X][Y]}, the weights as {@code [K][C][R][S]} and the output as {@code [K][X'][Y']}.
 */
public record Conv(ConvShape shape) implements Layer {

    public Conv(int r, int s, int c, int k, int x, int y, int stride, int pad) {
        this(new ConvShape(r, s, c, k, x, y, stride, pad));
    }

    @Override
    public String describe() {
        ConvShape l = shape;
        return "conv:R=" + l.r() + ",S=" + l.s() + ",C=" + l.c() + ",K=" + l.k() + ",X=" + l.x()
                + ",Y=" + l.y() + " stride " + l.stride() + " padding " + l.pad();
    }

    @Override
    public int[] inputShape() {
        return new int[] {shape.c(), shape.x(), shape.y()};
    }

    @Override
    public int[] weightShape() {
        return new int[] {shape.k(), shape.c(), shape.r(), shape.s()};
    }

    @Override
    public int[] outputShape() {
        return new int[] {shape.k(), shape.xo(), shape.yo()};
    }
}
