package plasticity.golden.fixed;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A fixed-point format (docs/spec/fixed-point.md): {@code Qm.n} is a two's-complement number of
 * {@code 1 + m + n} bits whose value is the raw integer divided by {@code 2^n}; {@code UQm.n} is
 * unsigned with {@code m + n} bits. Values are carried as raw {@code long}s (at most 63 bits wide).
 *
 * <p>Every narrowing rounds half toward plus infinity (add half an output step, then shift right
 * arithmetically) and then saturates; nothing in these formats ever wraps.
 *
 * @param name          what the format is for, e.g. {@code weight}
 * @param integerBits   m
 * @param fractionBits  n
 * @param signed        Qm.n when true, UQm.n when false
 */
public record QFormat(String name, int integerBits, int fractionBits, boolean signed) {

    public QFormat {
        if (integerBits < 0 || fractionBits < 0 || width(integerBits, fractionBits, signed) < 1
                || width(integerBits, fractionBits, signed) > 63) {
            throw new IllegalArgumentException("format " + name + ": " + integerBits + " integer and "
                    + fractionBits + " fraction bits make " + width(integerBits, fractionBits, signed)
                    + " bits; a format has 1..63 bits");
        }
    }

    private static int width(int m, int n, boolean signed) {
        return (signed ? 1 : 0) + m + n;
    }

    /** Total bits. */
    public int width() {
        return width(integerBits, fractionBits, signed);
    }

    /** The most negative raw value (0 for an unsigned format). */
    public long minRaw() {
        return signed ? -(1L << (width() - 1)) : 0;
    }

    /** The largest raw value. */
    public long maxRaw() {
        return signed ? (1L << (width() - 1)) - 1 : (1L << width()) - 1;
    }

    public boolean fits(long raw) {
        return raw >= minRaw() && raw <= maxRaw();
    }

    /** Clamps a raw value of this format's scale into its range. */
    public long saturate(long raw) {
        return Math.max(minRaw(), Math.min(maxRaw(), raw));
    }

    /** The value of {@code raw}, exactly (every raw value of up to 53 significant bits is a double). */
    public double toDouble(long raw) {
        return raw / (double) (1L << fractionBits);
    }

    /**
     * The raw value nearest {@code x}: {@code floor(x * 2^n + 1/2)}, saturated. Computed in exact
     * decimal arithmetic, so the result does not depend on double rounding of the product.
     */
    public long fromDouble(double x) {
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("format " + name + ": NaN has no fixed-point value");
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? maxRaw() : minRaw();
        }
        BigDecimal scaled = new BigDecimal(x).multiply(BigDecimal.valueOf(1L << fractionBits))
                .add(new BigDecimal("0.5"));
        BigDecimal floor = scaled.setScale(0, RoundingMode.FLOOR);
        if (floor.compareTo(BigDecimal.valueOf(maxRaw())) > 0) {
            return maxRaw();
        }
        if (floor.compareTo(BigDecimal.valueOf(minRaw())) < 0) {
            return minRaw();
        }
        return floor.longValueExact();
    }

    /**
     * {@code raw} of format {@code from} in this format: fraction bits dropped with round half up
     * (toward plus infinity) or added exactly, then saturated.
     */
    public long narrowFrom(long raw, QFormat from) {
        int drop = from.fractionBits - fractionBits;
        long aligned;
        if (drop > 0) {
            // Add half an output step, then shift arithmetically: floor(raw / 2^drop + 1/2).
            aligned = Math.floorDiv(raw, 1L << drop) + (((raw >> (drop - 1)) & 1L) != 0 ? 1 : 0);
        } else {
            int grow = -drop;
            if (grow > 0 && (raw > (Long.MAX_VALUE >> grow) || raw < (Long.MIN_VALUE >> grow))) {
                return raw > 0 ? maxRaw() : minRaw();
            }
            aligned = raw << grow;
        }
        return saturate(aligned);
    }

    /** The raw bit pattern, {@code width()} bits, as hardware holds it. */
    public long bits(long raw) {
        return raw & ((1L << width()) - 1);
    }

    /** The raw value of a {@code width()}-bit pattern (sign-extended for a signed format). */
    public long fromBits(long bits) {
        long masked = bits & ((1L << width()) - 1);
        return signed && width() < 64 && (masked >> (width() - 1)) != 0 ? masked - (1L << width()) : masked;
    }

    @Override
    public String toString() {
        return name + " " + (signed ? "Q" : "UQ") + integerBits + "." + fractionBits + " (" + width() + " bits)";
    }
}
