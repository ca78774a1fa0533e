package plasticity.golden.bits;

/**
 * Two's-complement bit patterns of widths 1..64 held in a {@code long}.
 *
 * <p>Conventions shared by all models: a signed W-bit port value is a {@code long} sign-extended
 * from W bits; an unsigned W-bit value (a plain bit vector) is a {@code long} zero-extended from W
 * bits, except that W = 64 uses all 64 bits of the {@code long}.
 */
public final class Bits {

    /** The widest port any model supports. */
    public static final int MAX_WIDTH = 64;

    private Bits() {}

    /** The low {@code width} bits set; all 64 bits for width 64. */
    public static long mask(int width) {
        requireWidth(width);
        return width == MAX_WIDTH ? -1L : (1L << width) - 1;
    }

    /** The low {@code width} bits of {@code value}, sign-extended to 64 bits. */
    public static long signExtend(long value, int width) {
        requireWidth(width);
        int unused = MAX_WIDTH - width;
        return (value << unused) >> unused;
    }

    /** The low {@code width} bits of {@code value}, zero-extended to 64 bits. */
    public static long zeroExtend(long value, int width) {
        return value & mask(width);
    }

    /** Smallest value of a signed {@code width}-bit port: -2^(width-1). */
    public static long minSigned(int width) {
        requireWidth(width);
        return Long.MIN_VALUE >> (MAX_WIDTH - width);
    }

    /** Largest value of a signed {@code width}-bit port: 2^(width-1) - 1. */
    public static long maxSigned(int width) {
        return ~minSigned(width);
    }

    /** Whether {@code value} is a sign-extended {@code width}-bit value. */
    public static boolean fitsSigned(long value, int width) {
        return signExtend(value, width) == value;
    }

    /** Whether {@code value} is a zero-extended {@code width}-bit pattern. */
    public static boolean fitsUnsigned(long value, int width) {
        return zeroExtend(value, width) == value;
    }

    /** floor(log2(n)) for n >= 1; a DEPTH = 2^k FIFO has log2Floor(DEPTH) = k address bits. */
    public static int log2Floor(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("log2Floor needs n >= 1, got " + n);
        }
        return MAX_WIDTH - 1 - Long.numberOfLeadingZeros(n);
    }

    /** ceil(log2(n)) for n >= 1: the number of pairwise levels that reduce n values to one. */
    public static int log2Ceil(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("log2Ceil needs n >= 1, got " + n);
        }
        return n == 1 ? 0 : MAX_WIDTH - Long.numberOfLeadingZeros(n - 1);
    }

    private static void requireWidth(int width) {
        if (width < 1 || width > MAX_WIDTH) {
            throw new IllegalArgumentException(
                    "bit width " + width + " is out of range: widths are 1.." + MAX_WIDTH);
        }
    }
}
