package plasticity.golden.neat.hardware;

import java.util.List;
import plasticity.golden.adam.AdamActivation;
import plasticity.golden.neat.Activation;
import plasticity.golden.neat.Aggregation;

/**
 * What the attribute bytes of a hardware gene mean (docs/spec/gene-format.md, "Attribute codes").
 *
 * <ul>
 * <li>bias, response, weight: a signed 8-bit code c, value c / 16 (Q3.4: -8 .. 7.9375 in steps of
 *     1/16). In ADAM's Q5.10 weight format it is {@code c << 6}, exact.</li>
 * <li>enabled: bit 0 of attribute 2.</li>
 * <li>activation: a 4-bit code, ADAM's activation unit: 0 identity, 1 relu, 2 clamped, 3 sigmoid,
 *     4 tanh; 5..15 reserved.</li>
 * <li>aggregation: a 3-bit code; 0 sum, the only aggregation ADAM computes; 1..7 reserved.</li>
 * </ul>
 */
public final class AttributeCodes {

    /** Codes per unit of value: a code is value * 16. */
    public static final int SCALE = 16;
    public static final int CODE_MIN = -128;
    public static final int CODE_MAX = 127;

    /** Activation functions by code (the index): ADAM's activation unit, {@link AdamActivation}. */
    public static final List<Activation> ACTIVATIONS = activationsByCode();
    /** Aggregations by code; the index is the 3-bit code. */
    public static final List<Aggregation> AGGREGATIONS = List.of(Aggregation.SUM);

    private AttributeCodes() {}

    /** The value of a signed 8-bit code (the low 8 bits of {@code code}, sign extended). */
    public static double value(int code) {
        return (double) (byte) code / SCALE;
    }

    /** The code of a value that is exactly representable, else an error naming {@code what}. */
    public static int code(String what, double value) {
        double scaled = value * SCALE;
        if (scaled != Math.rint(scaled) || scaled < CODE_MIN || scaled > CODE_MAX) {
            throw new IllegalArgumentException(what + " = " + value
                    + " is not a hardware value (a multiple of 1/16 in [-8, 7.9375])");
        }
        return (int) scaled;
    }

    /**
     * The nearest code to a configuration value, rounded half up and saturated: how the host
     * turns a float setting (an init mean, a clamp bound) into a code.
     */
    public static int nearestCode(double value) {
        double scaled = Math.floor(value * SCALE + 0.5);
        return (int) Math.max(CODE_MIN, Math.min(CODE_MAX, scaled));
    }

    private static List<Activation> activationsByCode() {
        Activation[] byCode = new Activation[AdamActivation.values().length];
        for (AdamActivation a : AdamActivation.values()) {
            byCode[a.code()] = a.neat();
        }
        return List.of(byCode);
    }

    /** The 4-bit code of an activation function, or -1 when ADAM has no unit for it. */
    public static int activationCode(Activation a) {
        return AdamActivation.of(a).map(AdamActivation::code).orElse(-1);
    }

    /** The 3-bit code of an aggregation, or -1 when ADAM does not compute it. */
    public static int aggregationCode(Aggregation a) {
        return AGGREGATIONS.indexOf(a);
    }

    public static Activation activation(int code) {
        if (code < 0 || code >= ACTIVATIONS.size()) {
            throw new IllegalArgumentException("activation code " + code + " is reserved (0.."
                    + (ACTIVATIONS.size() - 1) + " are defined)");
        }
        return ACTIVATIONS.get(code);
    }

    public static Aggregation aggregation(int code) {
        if (code < 0 || code >= AGGREGATIONS.size()) {
            throw new IllegalArgumentException("aggregation code " + code + " is reserved (0 = sum is defined)");
        }
        return AGGREGATIONS.get(code);
    }
}
