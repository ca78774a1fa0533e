package plasticity.golden.neat.hardware;

import plasticity.golden.fixed.Formats;
import plasticity.golden.neat.config.FloatAttributeConfig;

/**
 * The configuration registers of one float attribute (bias, response or weight) in EvE
 * (docs/spec/eve.md, "Configuration"): 8-bit mutate and replace rates, the spread multipliers of
 * a perturbation and of a fresh value, the init mean and the clamp bounds, all as codes.
 *
 * @param mutateRate  UQ0.8 rate of a perturbation
 * @param replaceRate UQ0.8 rate of a replacement (given no perturbation: the two share one draw)
 * @param power       8-bit multiplier of a perturbation's spread ({@link #spread})
 * @param initMean    code of the mean of a fresh value
 * @param initSpread  8-bit multiplier of a fresh value's spread
 * @param min         lowest code a value may take
 * @param max         highest code a value may take
 */
public record FloatCodes(int mutateRate, int replaceRate, int power, int initMean, int initSpread, int min,
        int max) {

    /**
     * The standard deviation, in codes, of a draw {@code s1 + s2} of two independent uniform
     * signed bytes: sqrt(2 * (256^2 - 1) / 12). A spread multiplier m turns it into
     * {@code (s1 + s2) * m / 256} codes, so a float standard deviation sigma (in value units)
     * becomes m = sigma * 16 * 256 / {@value}.
     */
    public static final double TRIANGLE_STDEV = 104.51076499146040;

    public FloatCodes {
        Rates.requireByte("mutate rate", mutateRate);
        Rates.requireByte("replace rate", replaceRate);
        Rates.requireByte("power", power);
        Rates.requireByte("init spread", initSpread);
        if (min < AttributeCodes.CODE_MIN || max > AttributeCodes.CODE_MAX || min > max) {
            throw new IllegalArgumentException("clamp codes [" + min + ", " + max + "] are not a range within [-128, 127]");
        }
        if (initMean < min || initMean > max) {
            throw new IllegalArgumentException("init mean code " + initMean + " is outside [" + min + ", " + max + "]");
        }
    }

    /** The registers for a neat-python float attribute: every value rounded as the spec says. */
    public static FloatCodes of(FloatAttributeConfig c) {
        int min = Math.max(AttributeCodes.CODE_MIN, (int) Math.ceil(c.minValue() * AttributeCodes.SCALE));
        int max = Math.min(AttributeCodes.CODE_MAX, (int) Math.floor(c.maxValue() * AttributeCodes.SCALE));
        if (min > max) {
            throw new IllegalArgumentException(c.name() + "_min_value .. " + c.name() + "_max_value ("
                    + c.minValue() + " .. " + c.maxValue() + ") holds no multiple of 1/16");
        }
        int mean = Math.max(min, Math.min(max, AttributeCodes.nearestCode(c.initMean())));
        return new FloatCodes(Formats.rateCode(c.mutateRate()), Formats.rateCode(c.replaceRate()), spread(c.mutatePower()),
                mean, spread(c.initStdev()), min, max);
    }

    /** The 8-bit spread multiplier for a standard deviation in value units, rounded, saturated. */
    public static int spread(double stdev) {
        return (int) Math.min(255, Math.floor(stdev * AttributeCodes.SCALE * 256 / TRIANGLE_STDEV + 0.5));
    }

    /** A value drawn around {@code centre}: centre + tri(s1, s2, multiplier), clamped. */
    int around(int centre, int s1, int s2, int multiplier) {
        return clamp(centre + Draws.triangle(s1, s2, multiplier));
    }

    int clamp(int code) {
        return Math.max(min, Math.min(max, code));
    }
}
