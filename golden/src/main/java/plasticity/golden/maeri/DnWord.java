package plasticity.golden.maeri;

import java.math.BigInteger;
import java.util.Objects;

/**
 * One cycle of one DN root port (docs/spec/maeri.md, "DN word"): {@code dn_valid_r} and the
 * fields of {@code dn_word_r}.
 *
 * @param valid port {@code dn_valid_r}
 * @param kind  weight or activation
 * @param data  the signed W-bit value, sign-extended to a long
 * @param mask  destination bitmask over the tree's slice: bit j is local MS j
 */
public record DnWord(boolean valid, DnKind kind, long data, BigInteger mask) {

    /** A cycle in which the root port carries nothing. */
    public static final DnWord IDLE = new DnWord(false, DnKind.ACTIVATION, 0, BigInteger.ZERO);

    public DnWord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mask, "mask");
        if (mask.signum() < 0) {
            throw new IllegalArgumentException("a DN mask is a set of MS bits, not the negative " + mask);
        }
    }

    /** A valid word to the local MSs {@code locals} of its tree. */
    public static DnWord to(DnKind kind, long data, int... locals) {
        BigInteger mask = BigInteger.ZERO;
        for (int j : locals) {
            mask = mask.setBit(j);
        }
        return new DnWord(true, kind, data, mask);
    }

    /** Whether mask bit {@code local} is set. */
    public boolean targets(int local) {
        return mask.testBit(local);
    }

    /**
     * The {@code dn_word_r} bits for data width {@code w} and tree size {@code s}: data at
     * [w-1:0], kind at [w], mask at [w+s:w+1].
     */
    public BigInteger encode(int w, int s) {
        if (mask.bitLength() > s) {
            throw new IllegalArgumentException("mask " + mask.toString(2) + " has bits beyond the "
                    + s + " MSs of a tree");
        }
        BigInteger data = BigInteger.valueOf(this.data).and(BigInteger.ONE.shiftLeft(w).subtract(BigInteger.ONE));
        return mask.shiftLeft(w + 1).or(BigInteger.valueOf(kind.ordinal()).shiftLeft(w)).or(data);
    }
}
