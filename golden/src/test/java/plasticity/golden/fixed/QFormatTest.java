package plasticity.golden.fixed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** docs/spec/fixed-point.md, checked: round half up, then saturate; exact products and sums. */
class QFormatTest {
    private static final QFormat Q0_1 = new QFormat("t", 3, 1, true);
    private static final QFormat Q0_0 = new QFormat("t", 3, 0, true);

    @Test
    void tiesRoundTowardPlusInfinity() {
        assertEquals(1, Q0_0.narrowFrom(1, Q0_1));    // 0.5 -> 1
        assertEquals(0, Q0_0.narrowFrom(-1, Q0_1));   // -0.5 -> 0
        assertEquals(2, Q0_0.narrowFrom(3, Q0_1));    // 1.5 -> 2
        assertEquals(-1, Q0_0.narrowFrom(-3, Q0_1));  // -1.5 -> -1
        assertEquals(-2, Q0_0.narrowFrom(-4, Q0_1));  // -2 exactly
    }

    @Test
    void narrowingSaturatesInsteadOfWrapping() {
        QFormat a = Formats.ACTIVATION;
        long huge = 1L << 45; // 2^25 in Q.20
        assertEquals(a.maxRaw(), a.narrowFrom(huge, Formats.ACCUMULATOR));
        assertEquals(a.minRaw(), a.narrowFrom(-huge, Formats.ACCUMULATOR));
        assertEquals(32767, a.maxRaw());
        assertEquals(-32768, a.minRaw());
    }

    /** Against exact arithmetic: floor(raw / 2^d + 1/2), clamped. */
    @Test
    void narrowingMatchesExactRounding() {
        SplittableRandom random = new SplittableRandom(7);
        QFormat to = Formats.ACTIVATION;
        for (int i = 0; i < 200_000; i++) {
            long raw = random.nextLong(-(1L << 40), 1L << 40);
            long got = to.narrowFrom(raw, Formats.ACCUMULATOR);
            BigDecimal exact = new BigDecimal(BigInteger.valueOf(raw)).divide(BigDecimal.valueOf(1L << 10))
                    .add(new BigDecimal("0.5")).setScale(0, RoundingMode.FLOOR);
            long want = Math.max(to.minRaw(), Math.min(to.maxRaw(), exact.longValueExact()));
            assertEquals(want, got, "raw " + raw);
        }
    }

    @Test
    void wideningIsExact() {
        assertEquals(-5L << 10, Formats.PRODUCT.narrowFrom(-5, Formats.WEIGHT));
    }

    @Test
    void fromDoubleRoundsHalfUpAndSaturates() {
        QFormat w = Formats.WEIGHT;
        assertEquals(30 * 1024, w.fromDouble(30.0));
        assertEquals(1, w.fromDouble(Math.scalb(1.0, -11)));   // exactly half a step
        assertEquals(0, w.fromDouble(-Math.scalb(1.0, -11)));  // -half a step -> 0
        assertEquals(w.maxRaw(), w.fromDouble(1e9));
        assertEquals(w.minRaw(), w.fromDouble(Double.NEGATIVE_INFINITY));
        assertEquals(-32.0, w.toDouble(w.minRaw()));
        assertThrows(IllegalArgumentException.class, () -> w.fromDouble(Double.NaN));
    }

    @Test
    void bitPatternsRoundTrip() {
        QFormat w = Formats.WEIGHT;
        for (long raw = w.minRaw(); raw <= w.maxRaw(); raw += 97) {
            assertEquals(raw, w.fromBits(w.bits(raw)));
            assertTrue(w.bits(raw) >= 0 && w.bits(raw) < 65536);
        }
    }

    @Test
    void theAccumulatorHoldsTheLargestFanIn() {
        long[] w = new long[Formats.MAX_FAN_IN];
        long[] x = new long[Formats.MAX_FAN_IN];
        java.util.Arrays.fill(w, Formats.WEIGHT.minRaw());
        java.util.Arrays.fill(x, Formats.ACTIVATION.minRaw());
        long sum = FixedArithmetic.dot(w, x);
        assertEquals(1L << 45, sum); // 2^15 products of 2^10, at 2^20 per unit
        assertTrue(Formats.ACCUMULATOR.fits(sum));
        assertThrows(IllegalArgumentException.class, () -> FixedArithmetic.dot(new long[Formats.MAX_FAN_IN + 1],
                new long[Formats.MAX_FAN_IN + 1]));
    }

    @Test
    void preActivationFollowsTheSpecOrder() {
        QFormat f = Formats.WEIGHT;
        long bias = f.fromDouble(0.5);
        long response = f.fromDouble(1.0);
        long[] weights = {f.fromDouble(1.0), f.fromDouble(-2.0)};
        long[] inputs = {f.fromDouble(0.25), f.fromDouble(0.125)};
        assertEquals(f.fromDouble(0.5), FixedArithmetic.preActivation(bias, response, weights, inputs));
        // response 30 and a sum of 2 saturate the activation at its maximum
        long[] two = {f.fromDouble(2.0)};
        long[] one = {f.fromDouble(1.0)};
        assertEquals(Formats.ACTIVATION.maxRaw(),
                FixedArithmetic.preActivation(0, f.fromDouble(30.0), two, one));
    }

    @Test
    void rateCodesFireWithProbabilityCodeOver256() {
        for (int code = 0; code < 256; code++) {
            int fired = 0;
            for (int r = 0; r < 256; r++) {
                fired += Formats.fires(r, code) ? 1 : 0;
            }
            assertEquals(code, fired);
        }
        assertEquals(51, Formats.rateCode(0.2)); // floor(0.2 * 256 + 0.5) = 51
        assertEquals(255, Formats.rateCode(1.0)); // saturates: 255/256 is the most a code says
    }
}
