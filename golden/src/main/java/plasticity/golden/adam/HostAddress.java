package plasticity.golden.adam;

import java.util.Optional;

/**
 * A host address (docs/spec/adam.md, "Host port and address map"): offset [11:0], col [17:12],
 * row [23:18], cast [25:24], region [28:26]; bits [31:29] zero.
 *
 * @param region the buffer or register file addressed
 * @param cast   which PEs a write reaches (reads name one PE and ignore it)
 * @param row    0..63
 * @param col    0..63
 * @param offset 0..4095
 */
public record HostAddress(Region region, Cast cast, int row, int col, int offset) {

    public static final int OFFSET_BITS = 12;
    public static final int SIDE_BITS = 6;
    public static final int COL_LSB = OFFSET_BITS;
    public static final int ROW_LSB = COL_LSB + SIDE_BITS;
    public static final int CAST_LSB = ROW_LSB + SIDE_BITS;
    public static final int REGION_LSB = CAST_LSB + 2;
    public static final int REGION_BITS = 3;
    /** Bits from here to 31 must be zero. */
    public static final int TOP = REGION_LSB + REGION_BITS;

    /** Global register offsets (region GLOBAL). */
    public static final int START = 0;
    public static final int STATUS = 0;
    public static final int CYCLES = 1;

    /** The regions, by code. */
    public enum Region {
        LINK, NODE, VALUE, CONTROL, GLOBAL
    }

    /** Which PEs a write reaches, by code. */
    public enum Cast {
        /** the PE (row, col) */
        ONE,
        /** every PE of row {@code row} */
        ROW,
        /** every PE of column {@code col} */
        COLUMN,
        /** every PE */
        ALL
    }

    public HostAddress {
        if (row < 0 || row >= 1 << SIDE_BITS || col < 0 || col >= 1 << SIDE_BITS) {
            throw new IllegalArgumentException("row " + row + " and col " + col + " must fit 6 bits");
        }
        if (offset < 0 || offset >= 1 << OFFSET_BITS) {
            throw new IllegalArgumentException("offset " + offset + " must fit 12 bits");
        }
    }

    /** Word {@code offset} of region {@code region} of PE (row, col). */
    public static HostAddress pe(Region region, int row, int col, int offset) {
        return new HostAddress(region, Cast.ONE, row, col, offset);
    }

    /** A global register. */
    public static HostAddress global(int offset) {
        return new HostAddress(Region.GLOBAL, Cast.ONE, 0, 0, offset);
    }

    /** The 32-bit address, as an unsigned value. */
    public long encode() {
        return offset | (long) col << COL_LSB | (long) row << ROW_LSB | (long) cast.ordinal() << CAST_LSB
                | (long) region.ordinal() << REGION_LSB;
    }

    /**
     * The address of a 32-bit pattern, or empty if it addresses nothing: a nonzero bit in
     * [31:29] or a region code 5..7.
     */
    public static Optional<HostAddress> decode(long raw) {
        if ((raw & 0xFFFF_FFFFL) != raw) {
            throw new IllegalArgumentException("host_addr 0x" + Long.toHexString(raw) + " is wider than 32 bits");
        }
        int region = (int) (raw >>> REGION_LSB) & ((1 << REGION_BITS) - 1);
        if (raw >>> TOP != 0 || region >= Region.values().length) {
            return Optional.empty();
        }
        int side = (1 << SIDE_BITS) - 1;
        return Optional.of(new HostAddress(Region.values()[region], Cast.values()[(int) (raw >>> CAST_LSB) & 3],
                (int) (raw >>> ROW_LSB) & side, (int) (raw >>> COL_LSB) & side, (int) raw & ((1 << OFFSET_BITS) - 1)));
    }

    /** Whether PE (r, c) is among the PEs a write to this address reaches (row and column not checked against the array). */
    public boolean reaches(int r, int c) {
        boolean rowHit = cast == Cast.COLUMN || cast == Cast.ALL || row == r;
        boolean colHit = cast == Cast.ROW || cast == Cast.ALL || col == c;
        return rowHit && colHit;
    }
}
