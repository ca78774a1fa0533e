package plasticity.golden.adam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import plasticity.golden.fixed.Formats;

/** The sigmoid and tanh tables (docs/spec/adam.md, "Sigmoid and tanh"). */
class ActivationTableTest {
    private static final long MIN = Formats.ACTIVATION.minRaw();
    private static final long MAX = Formats.ACTIVATION.maxRaw();

    /** The spec's formulas, written out here rather than taken from the neat package. */
    private static final DoubleUnaryOperator SIGMOID = p -> 1.0 / (1.0 + StrictMath.exp(-(5.0 * p)));
    private static final DoubleUnaryOperator TANH = p -> StrictMath.tanh(2.5 * p);

    private static long roundHalfUp1024(double y) {
        return new BigDecimal(y).multiply(BigDecimal.valueOf(1024)).add(new BigDecimal("0.5"))
                .setScale(0, RoundingMode.FLOOR).longValueExact();
    }

    @Test
    void knotsAreTheFormulaAtJOver32RoundedHalfUp() {
        for (int j = 0; j <= ActivationTable.SEGMENTS; j++) {
            assertEquals(roundHalfUp1024(SIGMOID.applyAsDouble(j / 32.0)), ActivationTable.SIGMOID.knot(j), "sigmoid K" + j);
            assertEquals(roundHalfUp1024(TANH.applyAsDouble(j / 32.0)), ActivationTable.TANH.knot(j), "tanh K" + j);
        }
        assertEquals(512, ActivationTable.SIGMOID.knot(0));   // sigmoid(0) = 1/2 exactly
        assertEquals(0, ActivationTable.TANH.knot(0));        // tanh(0) = 0 exactly
        assertEquals(1024, ActivationTable.SIGMOID.knot(64)); // both have reached 1.0 at z = 2
        assertEquals(1024, ActivationTable.TANH.knot(64));
    }

    /** The rises fit the 7 bits the spec gives them, and never go down. */
    @Test
    void risesAreSevenBitUnsigned() {
        for (ActivationTable t : new ActivationTable[] {ActivationTable.SIGMOID, ActivationTable.TANH}) {
            for (int j = 0; j < ActivationTable.SEGMENTS; j++) {
                long rise = t.knot(j + 1) - t.knot(j);
                assertTrue(rise >= 0 && rise < 128, "rise " + rise + " at " + j);
            }
        }
    }

    @Test
    void interpolatesWithRoundHalfUpAndSaturatesTheMagnitude() {
        ActivationTable t = ActivationTable.TANH;
        long k0 = t.knot(0);
        long rise = t.knot(1) - k0;
        for (long f = 0; f < 32; f++) {
            assertEquals(k0 + Math.floorDiv(rise * f + 16, 32), t.atMagnitude(f), "offset " + f);
        }
        assertEquals(t.knot(5), t.atMagnitude(5 * 32));
        assertEquals(t.atMagnitude(2047), t.atMagnitude(2048));
        assertEquals(t.atMagnitude(2047), t.atMagnitude(32768));
        assertThrows(IllegalArgumentException.class, () -> t.atMagnitude(-1));
    }

    @Test
    void sigmoidAndTanhAreMonotoneOverEveryInput() {
        for (AdamActivation a : new AdamActivation[] {AdamActivation.SIGMOID, AdamActivation.TANH}) {
            long previous = a.apply(MIN);
            for (long x = MIN + 1; x <= MAX; x++) {
                long y = a.apply(x);
                assertTrue(y >= previous, a + " falls at " + x);
                previous = y;
            }
        }
    }

    @Test
    void sigmoidIsPointSymmetricAboutOneHalfAndTanhIsOdd() {
        for (long x = MIN + 1; x <= MAX; x++) {
            assertEquals(1024, AdamActivation.SIGMOID.apply(x) + AdamActivation.SIGMOID.apply(-x), "sigmoid at " + x);
            assertEquals(-AdamActivation.TANH.apply(x), AdamActivation.TANH.apply(-x), "tanh at " + x);
        }
        assertEquals(0, AdamActivation.SIGMOID.apply(MIN));
        assertEquals(1024, AdamActivation.SIGMOID.apply(MAX));
        assertEquals(-1024, AdamActivation.TANH.apply(MIN));
        assertEquals(1024, AdamActivation.TANH.apply(MAX));
        assertEquals(512, AdamActivation.SIGMOID.apply(0));
        assertEquals(0, AdamActivation.TANH.apply(0));
    }

    /**
     * The documented error bound, over all 65 536 inputs, against neat-python's float functions;
     * and the bound is a measurement (within 1% of the max), not a loose guess.
     */
    @Test
    void errorAgainstTheFloatFunctionIsTheDocumentedBound() {
        for (AdamActivation a : new AdamActivation[] {AdamActivation.SIGMOID, AdamActivation.TANH}) {
            double max = 0.0;
            for (long x = MIN; x <= MAX; x++) {
                double want = a.neat().apply(Formats.ACTIVATION.toDouble(x));
                max = Math.max(max, Math.abs(Formats.ACTIVATION.toDouble(a.apply(x)) - want));
            }
            assertTrue(max <= a.maxError(), a + ": measured " + max + " above the documented " + a.maxError());
            assertTrue(max >= 0.99 * a.maxError(), a + ": measured " + max + ", the documented "
                    + a.maxError() + " is stale");
        }
    }

    /** The knot tables printed in docs/spec/adam.md are the ones the formula gives. */
    @Test
    void theSpecPrintsTheseKnots() throws IOException {
        Path spec = Path.of("..", "docs", "spec", "adam.md");
        assertTrue(Files.exists(spec), "run from the golden module: " + spec.toAbsolutePath() + " is missing");
        Pattern row = Pattern.compile("^(sigmoid|tanh) +K\\[(\\d+)\\.\\.(\\d+)\\] +([0-9 ]+)$");
        Map<String, Long> printed = new HashMap<>();
        for (String line : Files.readAllLines(spec)) {
            Matcher m = row.matcher(line.strip());
            if (m.matches()) {
                String[] values = m.group(4).trim().split(" +");
                int from = Integer.parseInt(m.group(2));
                assertEquals(Integer.parseInt(m.group(3)) - from + 1, values.length, line);
                for (int i = 0; i < values.length; i++) {
                    printed.put(m.group(1) + (from + i), Long.parseLong(values[i]));
                }
            }
        }
        assertEquals(2 * (ActivationTable.SEGMENTS + 1), printed.size(), "knot rows in " + spec);
        for (int j = 0; j <= ActivationTable.SEGMENTS; j++) {
            assertEquals(ActivationTable.SIGMOID.knot(j), printed.get("sigmoid" + j), "sigmoid K" + j);
            assertEquals(ActivationTable.TANH.knot(j), printed.get("tanh" + j), "tanh K" + j);
        }
    }
}
