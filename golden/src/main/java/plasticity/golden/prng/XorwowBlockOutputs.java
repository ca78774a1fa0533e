package plasticity.golden.prng;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The outputs of one cycle of the {@code xorwow} block: {@code value_0 .. value_{LANES-1}}, each a
 * 32-bit pattern held in an {@code int} (docs/spec/prng.md, "Ports"). Use
 * {@link #valueUnsigned(int)} for the unsigned pattern a trace writes.
 *
 * @param values the lane values, index i = port {@code value_i}; copied in and out
 */
public record XorwowBlockOutputs(int[] values) {

    public XorwowBlockOutputs {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("xorwow outputs need at least one lane value");
        }
        values = values.clone();
    }

    /** A copy of the lane values (the record stays immutable). */
    @Override
    public int[] values() {
        return values.clone();
    }

    /** Number of lanes, LANES. */
    public int lanes() {
        return values.length;
    }

    /** Port {@code value_i} as a 32-bit pattern. */
    public int value(int lane) {
        return values[lane];
    }

    /** Port {@code value_i} as an unsigned 32-bit pattern, 0..2^32-1. */
    public long valueUnsigned(int lane) {
        return Integer.toUnsignedLong(values[lane]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof XorwowBlockOutputs other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.stream(values)
                .mapToObj(v -> String.format("0x%08X", v))
                .collect(Collectors.joining(", ", "XorwowBlockOutputs[", "]"));
    }
}
