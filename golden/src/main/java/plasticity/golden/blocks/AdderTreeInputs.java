package plasticity.golden.blocks;

import java.util.Arrays;

/**
 * The inputs of one cycle of the adder tree (docs/spec/adder-tree.md, "Ports").
 *
 * @param rst     synchronous active-high reset
 * @param inValid port {@code in_valid}
 * @param in      ports {@code in_0 .. in_{N-1}}, each a signed W-bit value sign-extended to a
 *                {@code long}; copied in and out
 */
public record AdderTreeInputs(boolean rst, boolean inValid, long[] in) {

    public AdderTreeInputs {
        if (in == null) {
            throw new IllegalArgumentException("adder tree inputs need the in_i values, got null");
        }
        in = in.clone();
    }

    /** A copy of the input values (the record stays immutable). */
    @Override
    public long[] in() {
        return in.clone();
    }

    /** Port {@code in_i}. */
    public long in(int i) {
        return in[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AdderTreeInputs other && rst == other.rst && inValid == other.inValid
                && Arrays.equals(in, other.in);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Boolean.hashCode(rst) + Boolean.hashCode(inValid)) + Arrays.hashCode(in);
    }

    @Override
    public String toString() {
        return "AdderTreeInputs[rst=" + rst + ", inValid=" + inValid + ", in=" + Arrays.toString(in)
                + "]";
    }
}
