package plasticity.golden.maeri;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

/**
 * One row of the accelerator's program memory (docs/spec/maeri.md, "Accelerator", "Program"): the
 * host compiles a layer's passes and steps into rows, and the tile controller replays them, one
 * row per fabric cycle it may take, holding a row while the fabric is not ready.
 */
public sealed interface ProgramRow {

    /** The 2-bit opcode at bits [1:0]. */
    int opcode();

    /**
     * What one DN root sends in an ISSUE row.
     *
     * @param valid whether the root carries a word
     * @param kind  WEIGHT (data from the weight buffer) or ACTIVATION (from the input buffer)
     * @param mask  the destination MSs of the root's tree, bit j = local MS j
     * @param addr  the buffer entry the data comes from
     */
    record RootWord(boolean valid, DnKind kind, BigInteger mask, int addr) {

        public static final RootWord IDLE = new RootWord(false, DnKind.ACTIVATION, BigInteger.ZERO, 0);

        public RootWord {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(mask, "mask");
        }
    }

    /**
     * What drain lane j does when its ISSUE row is consumed (docs/spec/maeri.md, "Drain lanes"):
     * take accumulation-buffer entry {@code entry} (read it; it starts afresh; the row waits until
     * it holds a sum) and, with {@code write}, store it into output bank {@code bank} at {@code row},
     * or add it to what is there (a lane that takes no entry writes 0). Two writing lanes of a row
     * may not name one bank (the controller stops with bad).
     *
     * @param valid whether the lane takes an entry
     * @param write whether the lane writes the output buffer
     * @param add   add to the output instead of storing
     * @param entry the accumulation-buffer entry
     * @param row   the row of the output bank ({@code AcceleratorConfig.outputRow})
     * @param bank  the output bank ({@code AcceleratorConfig.outputBank})
     */
    record DrainLane(boolean valid, boolean write, boolean add, int entry, int row, int bank) {

        public static final DrainLane IDLE = new DrainLane(false, false, false, 0, 0, 0);
    }

    /**
     * One fabric cycle: a word per DN root, the MS controls of the products these words make
     * (presented R advancing cycles later, with {@code wave}), the slot base the results of the
     * wave are tagged with, whether these products complete a step's wave (the fabric's
     * {@code wave} input: a step's last row), and what each drain lane does.
     */
    record Issue(List<RootWord> roots, List<MsControl> ctl, int base, boolean wave, List<DrainLane> drains)
            implements ProgramRow {

        public Issue {
            roots = List.copyOf(roots);
            ctl = List.copyOf(ctl);
            drains = List.copyOf(drains);
        }

        @Override
        public int opcode() {
            return 0;
        }
    }

    /** Waits until the fabric is quiet, then loads configuration-table entry {@code index}. */
    record Configure(int index) implements ProgramRow {

        @Override
        public int opcode() {
            return 1;
        }
    }

    /** The end of the program: the controller stops and raises done. */
    record End() implements ProgramRow {

        @Override
        public int opcode() {
            return 3;
        }
    }

    /** The width of a program row for {@code config}: the ISSUE row is the widest. */
    static int width(AcceleratorConfig config) {
        FabricConfig f = config.fabric();
        int s = f.n() / f.dnBw();
        int issue = 2 + f.dnBw() * (2 + s + config.bufferAddrBits()) + 2 * f.n() + f.tagBits() + 1
                + config.drainLanes() * drainLaneBits(config);
        int configure = 2 + config.configIndexBits();
        return Math.max(issue, configure);
    }

    /** A drain lane's bits: valid, write, add, entry (log2 ACCD), row (log2 (ODEPTH / B)), bank (log2 B). */
    static int drainLaneBits(AcceleratorConfig config) {
        return 3 + config.fabric().tagBits() + config.outputRowBits() + config.outputBankBits();
    }

    /**
     * The row's bits, from bit 0: the opcode, then for ISSUE per root r (valid, kind, mask of S
     * bits, addr), then ctl_i (2 bits each, MS 0 first), then base, then wave, then per drain lane
     * (valid, write, add, entry, row, bank); for CONFIG the index. Unused high bits are 0.
     */
    default BigInteger encode(AcceleratorConfig config) {
        FabricConfig f = config.fabric();
        var bits = new Packer();
        bits.put(opcode(), 2);
        if (this instanceof Issue row) {
            int s = f.n() / f.dnBw();
            for (RootWord word : row.roots()) {
                bits.put(word.valid() ? 1 : 0, 1);
                bits.put(word.kind().ordinal(), 1);
                bits.put(word.mask(), s);
                bits.put(word.addr(), config.bufferAddrBits());
            }
            for (MsControl c : row.ctl()) {
                bits.put(c.encode(), 2);
            }
            bits.put(row.base(), f.tagBits());
            bits.put(row.wave() ? 1 : 0, 1);
            for (DrainLane d : row.drains()) {
                bits.put(d.valid() ? 1 : 0, 1);
                bits.put(d.write() ? 1 : 0, 1);
                bits.put(d.add() ? 1 : 0, 1);
                bits.put(d.entry(), f.tagBits());
                bits.put(d.row(), config.outputRowBits());
                bits.put(d.bank(), config.outputBankBits());
            }
        } else if (this instanceof Configure row) {
            bits.put(row.index(), config.configIndexBits());
        }
        return bits.value;
    }

    /** Packs fields from bit 0 upwards. */
    final class Packer {
        private BigInteger value = BigInteger.ZERO;
        private int at;

        void put(long field, int width) {
            put(BigInteger.valueOf(field), width);
        }

        void put(BigInteger field, int width) {
            if (field.signum() < 0 || field.bitLength() > width) {
                throw new IllegalArgumentException("the field " + field + " does not fit in " + width + " bits");
            }
            value = value.or(field.shiftLeft(at));
            at += width;
        }
    }
}
