package plasticity.golden.neat.hardware;

import plasticity.golden.prng.Xorwow;

/**
 * The random bits of one aligner step (docs/spec/eve.md, "Draws"): four consecutive xorwow words
 * u0..u3, read as sixteen bytes b0..b15 with b(4k + j) = bits [8j+7 : 8j] of uk. Every step
 * takes exactly four words, whatever the step does with them.
 */
final class Draws {

    static final int WORDS_PER_STEP = 4;

    private final int[] words = new int[WORDS_PER_STEP];

    /** Takes the next four words of {@code prng}. */
    Draws next(Xorwow prng) {
        for (int k = 0; k < WORDS_PER_STEP; k++) {
            words[k] = prng.nextInt();
        }
        return this;
    }

    /** Byte i (0..15), unsigned. */
    int u8(int i) {
        return (words[i >> 2] >>> (8 * (i & 3))) & 0xFF;
    }

    /** Byte i as a signed number, -128..127. */
    int s8(int i) {
        return (byte) u8(i);
    }

    /** Bit j of byte i. */
    boolean bit(int i, int j) {
        return ((u8(i) >>> j) & 1) == 1;
    }

    /** Bytes 12 and 13 as one unsigned 16-bit number, b12 the low byte: bits [15:0] of u3. */
    int u16() {
        return words[3] & 0xFFFF;
    }

    /**
     * The triangular draw: floor(((s1 + s2) * multiplier + 128) / 256), s1 and s2 signed bytes,
     * multiplier 0..255. Zero mean, standard deviation about 0.408 * multiplier codes.
     */
    static int triangle(int s1, int s2, int multiplier) {
        return ((s1 + s2) * multiplier + 128) >> 8;
    }

    /** An index into n choices from an 8-bit draw: floor(r * n / 256). */
    static int pick(int r8, int n) {
        return (r8 * n) >> 8;
    }
}
