package plasticity.golden.maeri.mapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The weight-stationary systolic baseline of docs/spec/maeri.md ("Systolic baseline"). */
class SystolicArrayTest {

    @Test
    void shapes() {
        assertEquals(new SystolicArray(8, 8), SystolicArray.of(64));
        assertEquals(new SystolicArray(16, 16), SystolicArray.of(256));
        assertEquals(new SystolicArray(16, 8), SystolicArray.of(128));
        assertEquals(new SystolicArray(2, 1), SystolicArray.of(2));
    }

    @Test
    void aHandCountedLayer() {
        // conv 3x3, C=2, K=10 on 6x6: RSC = 18 in 3 row folds of 8, K in 2 column folds of 8,
        // T = 16 output positions; each fold 2*8 + 8 + 16 - 2 = 38 cycles: 6 x 38 = 228.
        assertEquals(228, SystolicArray.of(64).cycles(new ConvShape(3, 3, 2, 10, 6, 6, 1, 0)));
    }

    @Test
    void neverBeatsItsComputeBoundAndIgnoresSparsity() {
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < 200; i++) {
            Layer layer = LayerRunnerTest.randomLayer(rnd);
            SystolicArray a = SystolicArray.of(1 << rnd.nextInt(1, 9));
            long cycles = a.cycles(layer.shape());
            ConvShape l = layer.shape();
            long dense = (long) l.k() * l.fanIn() * l.positions();
            assertTrue(cycles * a.n() >= dense, layer.describe());
            assertTrue(a.utilization(layer) <= 1.0);
        }
    }
}
