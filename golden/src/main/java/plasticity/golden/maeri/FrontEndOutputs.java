package plasticity.golden.maeri;

import java.util.Arrays;

/**
 * The outputs of one cycle of the front end: per multiplier switch, ports {@code prod_i} (a signed
 * ACC-bit value, sign-extended to a long; always defined, holding the last product) and
 * {@code prod_i_valid}.
 */
public record FrontEndOutputs(long[] prod, boolean[] valid) {

    public FrontEndOutputs {
        prod = prod.clone();
        valid = valid.clone();
    }

    public long prod(int i) {
        return prod[i];
    }

    public boolean valid(int i) {
        return valid[i];
    }

    @Override
    public long[] prod() {
        return prod.clone();
    }

    @Override
    public boolean[] valid() {
        return valid.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrontEndOutputs other && Arrays.equals(prod, other.prod)
                && Arrays.equals(valid, other.valid);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(prod) + Arrays.hashCode(valid);
    }

    @Override
    public String toString() {
        return "FrontEndOutputs[prod=" + Arrays.toString(prod) + ", valid=" + Arrays.toString(valid) + "]";
    }
}
