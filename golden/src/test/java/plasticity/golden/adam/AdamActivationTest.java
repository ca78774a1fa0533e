package plasticity.golden.adam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import plasticity.golden.fixed.Formats;
import plasticity.golden.neat.Activation;

/** The activation unit's codes and its exact functions (docs/spec/adam.md, "Activation codes"). */
class AdamActivationTest {
    private static final long MIN = Formats.ACTIVATION.minRaw();
    private static final long MAX = Formats.ACTIVATION.maxRaw();

    @Test
    void theFiveCodesAreTheGeneFormats() {
        assertEquals(AdamActivation.IDENTITY, AdamActivation.fromCode(0));
        assertEquals(AdamActivation.RELU, AdamActivation.fromCode(1));
        assertEquals(AdamActivation.CLAMPED, AdamActivation.fromCode(2));
        assertEquals(AdamActivation.SIGMOID, AdamActivation.fromCode(3));
        assertEquals(AdamActivation.TANH, AdamActivation.fromCode(4));
        for (AdamActivation a : AdamActivation.values()) {
            assertEquals(a, AdamActivation.fromCode(a.code()));
            assertEquals(Optional.of(a), AdamActivation.of(a.neat()));
        }
    }

    @Test
    void reservedCodesAreRefusedSayingWhatExists() {
        for (int code = 5; code < 16; code++) {
            int c = code;
            var e = assertThrows(IllegalArgumentException.class, () -> AdamActivation.fromCode(c));
            assertTrue(e.getMessage().contains("code " + c + " is reserved"), e.getMessage());
            assertTrue(e.getMessage().contains("0 identity, 1 relu, 2 clamped, 3 sigmoid, 4 tanh"), e.getMessage());
        }
        var e = assertThrows(IllegalArgumentException.class, () -> AdamActivation.fromCode(16));
        assertTrue(e.getMessage().contains("not a 4-bit code"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AdamActivation.fromCode(-1));
    }

    @Test
    void neatFunctionsTheUnitLacksHaveNoCode() {
        for (Activation a : Activation.values()) {
            boolean implemented = switch (a) {
                case IDENTITY, RELU, CLAMPED, SIGMOID, TANH -> true;
                default -> false;
            };
            assertEquals(implemented, AdamActivation.of(a).isPresent(), a.configName());
        }
    }

    @Test
    void identityKeepsEveryValueUpToTheSaturatedEnds() {
        assertEquals(MIN, AdamActivation.IDENTITY.apply(MIN));   // -32
        assertEquals(MAX, AdamActivation.IDENTITY.apply(MAX));   // 32 - 2^-10
        assertEquals(-1, AdamActivation.IDENTITY.apply(-1));
    }

    @Test
    void reluZeroesNegativesOnly() {
        assertEquals(0, AdamActivation.RELU.apply(MIN));
        assertEquals(0, AdamActivation.RELU.apply(-1));
        assertEquals(0, AdamActivation.RELU.apply(0));
        assertEquals(1, AdamActivation.RELU.apply(1));
        assertEquals(MAX, AdamActivation.RELU.apply(MAX));
    }

    @Test
    void clampedClampsToPlusMinusOne() {
        assertEquals(-1024, AdamActivation.CLAMPED.apply(MIN));
        assertEquals(-1024, AdamActivation.CLAMPED.apply(-1025));
        assertEquals(-1024, AdamActivation.CLAMPED.apply(-1024));
        assertEquals(-1023, AdamActivation.CLAMPED.apply(-1023));
        assertEquals(1023, AdamActivation.CLAMPED.apply(1023));
        assertEquals(1024, AdamActivation.CLAMPED.apply(1024));
        assertEquals(1024, AdamActivation.CLAMPED.apply(1025));
        assertEquals(1024, AdamActivation.CLAMPED.apply(MAX));
    }

    /** The exact functions equal neat-python's on every Q5.10 input, and all outputs are Q5.10. */
    @Test
    void exactFunctionsEqualTheFloatOnesEverywhere() {
        for (long x = MIN; x <= MAX; x++) {
            double z = Formats.ACTIVATION.toDouble(x);
            for (AdamActivation a : AdamActivation.values()) {
                long y = a.apply(x);
                assertTrue(Formats.ACTIVATION.fits(y), a + " at " + x);
                if (a.maxError() == 0.0) {
                    assertEquals(a.neat().apply(z), Formats.ACTIVATION.toDouble(y), a + " at " + x);
                }
            }
        }
    }

    @Test
    void inputsOutsideQ510AreRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> AdamActivation.SIGMOID.apply(MAX + 1));
        assertTrue(e.getMessage().contains("sigmoid: 32768 is not a raw activation"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AdamActivation.RELU.apply(MIN - 1));
    }
}
