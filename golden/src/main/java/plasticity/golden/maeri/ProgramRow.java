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
     * One fabric cycle: a word per DN root, the MS controls of the products these words make
     * (presented R advancing cycles later, with {@code wave}), the slot base the results of the
     * wave are tagged with, and whether these products complete a step's wave (the fabric's
     * {@code wave} input: a step's last row).
     */
    record Issue(List<RootWord> roots, List<MsControl> ctl, int base, boolean wave) implements ProgramRow {

        public Issue {
            roots = List.copyOf(roots);
            ctl = List.copyOf(ctl);
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

    /**
     * Waits until the fabric is quiet, then moves accumulation-buffer entry {@code entry} into
     * output {@code addr}: stored, or added to what is there; {@code clear} pulses acc_clear.
     */
    record Drain(int entry, int addr, boolean add, boolean clear) implements ProgramRow {

        @Override
        public int opcode() {
            return 2;
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
        int issue = 2 + f.dnBw() * (2 + s + config.bufferAddrBits()) + 2 * f.n() + f.tagBits() + 1;
        int drain = 2 + f.tagBits() + config.outputAddrBits() + 2;
        int configure = 2 + config.configIndexBits();
        return Math.max(issue, Math.max(drain, configure));
    }

    /**
     * The row's bits, from bit 0: the opcode, then for ISSUE per root r (valid, kind, mask of S
     * bits, addr), then ctl_i (2 bits each, MS 0 first), then base, then wave; for CONFIG the index; for DRAIN
     * entry, addr, add, clear. Unused high bits are 0.
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
        } else if (this instanceof Configure row) {
            bits.put(row.index(), config.configIndexBits());
        } else if (this instanceof Drain row) {
            bits.put(row.entry(), f.tagBits());
            bits.put(row.addr(), config.outputAddrBits());
            bits.put(row.add() ? 1 : 0, 1);
            bits.put(row.clear() ? 1 : 0, 1);
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
