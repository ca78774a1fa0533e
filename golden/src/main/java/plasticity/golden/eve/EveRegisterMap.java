package plasticity.golden.eve;

import java.util.ArrayList;
import java.util.List;
import plasticity.golden.neat.config.BoolAttributeConfig;
import plasticity.golden.neat.hardware.ChildSettings;
import plasticity.golden.neat.hardware.ChoiceCodes;
import plasticity.golden.neat.hardware.EveConfig;
import plasticity.golden.neat.hardware.FloatCodes;
import plasticity.golden.prng.XorwowState;

/**
 * The EvE PE's configuration registers (docs/spec/eve.md, "Register map"): 32-bit words at 5-bit
 * addresses, written through the configuration port while the PE is idle. Encodes what a host
 * writes for an {@link EveConfig}, a {@link ChildSettings} and a PRNG state, and decodes the
 * registers back, as the PE reads them at {@code START}.
 */
public final class EveRegisterMap {

    public static final int ADDRESS_BITS = 5;
    public static final int PINS = 0;
    public static final int BIAS_RATES = 1;
    public static final int BIAS_CODES = 2;
    public static final int RESPONSE_RATES = 3;
    public static final int RESPONSE_CODES = 4;
    public static final int WEIGHT_RATES = 5;
    public static final int WEIGHT_CODES = 6;
    public static final int ACTIVATION = 7;
    public static final int ACTIVATION_TABLE_LO = 8;
    public static final int ACTIVATION_TABLE_HI = 9;
    public static final int AGGREGATION = 10;
    public static final int AGGREGATION_TABLE_LO = 11;
    public static final int AGGREGATION_TABLE_HI = 12;
    public static final int ENABLED = 13;
    public static final int CHILD = 14;
    public static final int NODE_RATES = 15;
    public static final int CONN_RATES = 16;
    /** PRNG_X .. PRNG_V: the xorwow words x, y, z, w, v. */
    public static final int PRNG_X = 17;
    public static final int START = 22;
    /** Registers that hold a value (START and the addresses above it hold none). */
    public static final int REGISTERS = START;

    /** Bits of an option code in a table register. */
    public static final int OPTION_BITS = 4;
    /** Bit of a choice register that says the default is a random pick. */
    public static final int CHOICE_RANDOM_BIT = 20;

    private EveRegisterMap() {}

    /** One register write: {@code cfg_addr}, {@code cfg_data}. */
    public record Write(int address, int data) {
        public Write {
            if (address < 0 || address >= 1 << ADDRESS_BITS) {
                throw new IllegalArgumentException("register address " + address + " does not fit "
                        + ADDRESS_BITS + " bits");
            }
        }
    }

    /**
     * Every write that programs a pass, in address order, {@code START} last: the run
     * configuration, the child's settings (its seed is not written: {@code prng} is) and the
     * PRNG state the child's draws start from.
     */
    public static List<Write> writes(EveConfig c, ChildSettings child, XorwowState prng) {
        List<Write> w = new ArrayList<>(configWrites(c));
        w.addAll(childWrites(child, prng));
        w.add(new Write(START, 0));
        return w;
    }

    /** The run configuration's writes (addresses 0..13). */
    public static List<Write> configWrites(EveConfig c) {
        List<Write> w = new ArrayList<>();
        w.add(new Write(PINS, c.numInputs() | c.numOutputs() << 16));
        FloatCodes[] floats = {c.bias(), c.response(), c.weight()};
        for (int i = 0; i < floats.length; i++) {
            FloatCodes f = floats[i];
            w.add(new Write(BIAS_RATES + 2 * i,
                    f.mutateRate() | f.replaceRate() << 8 | f.power() << 16 | f.initSpread() << 24));
            w.add(new Write(BIAS_CODES + 2 * i, (f.initMean() & 0xFF) | (f.min() & 0xFF) << 8 | (f.max() & 0xFF) << 16));
        }
        w.addAll(choiceWrites(ACTIVATION, c.activation()));
        w.addAll(choiceWrites(AGGREGATION, c.aggregation()));
        BoolAttributeConfig.Default d = c.enabledDefault();
        w.add(new Write(ENABLED, c.enabledMutateRate() | (d == BoolAttributeConfig.Default.TRUE ? 1 << 8 : 0)
                | (d == BoolAttributeConfig.Default.RANDOM ? 1 << 9 : 0)));
        return w;
    }

    /** The child's writes (addresses 14..21): genome id, structural rates, PRNG words. */
    public static List<Write> childWrites(ChildSettings child, XorwowState prng) {
        List<Write> w = new ArrayList<>();
        w.add(new Write(CHILD, child.genomeId()));
        w.add(new Write(NODE_RATES, child.nodeDelete() | child.connAdd() << 16));
        w.add(new Write(CONN_RATES, child.connDelete() | child.nodeAdd() << 16));
        int[] words = {prng.x(), prng.y(), prng.z(), prng.w(), prng.v()};
        for (int i = 0; i < words.length; i++) {
            w.add(new Write(PRNG_X + i, words[i]));
        }
        return w;
    }

    private static List<Write> choiceWrites(int at, ChoiceCodes c) {
        int lo = 0;
        int hi = 0;
        for (int i = 0; i < c.options().size(); i++) {
            int code = c.options().get(i);
            if (code < 0 || code >= 1 << OPTION_BITS) {
                throw new IllegalArgumentException("option code " + code + " does not fit the table's "
                        + OPTION_BITS + " bits");
            }
            if (i < 8) {
                lo |= code << OPTION_BITS * i;
            } else {
                hi |= code << OPTION_BITS * (i - 8);
            }
        }
        int def = c.defaultCode() < 0 ? 1 << CHOICE_RANDOM_BIT : c.defaultCode() << 16;
        return List.of(new Write(at, c.mutateRate() | c.options().size() << 8 | def),
                new Write(at + 1, lo), new Write(at + 2, hi));
    }

    // ----- decoding: what the PE reads at START ------------------------------------------------------

    /**
     * The run configuration the registers hold; each field is read as the map says, and the
     * records' own checks refuse what is not a valid configuration.
     */
    public static EveConfig config(int[] r) {
        int enabled = r[ENABLED];
        BoolAttributeConfig.Default d = bit(enabled, 9) ? BoolAttributeConfig.Default.RANDOM
                : bit(enabled, 8) ? BoolAttributeConfig.Default.TRUE : BoolAttributeConfig.Default.FALSE;
        return new EveConfig(r[PINS] & 0x7FF, (r[PINS] >>> 16) & 0x7FF, floats(r, BIAS_RATES), floats(r, RESPONSE_RATES),
                floats(r, WEIGHT_RATES), choice(r, ACTIVATION), choice(r, AGGREGATION), enabled & 0xFF, d);
    }

    /** The child's settings the registers hold; the seed field is 0 (the PE has PRNG words instead). */
    public static ChildSettings child(int[] r) {
        return new ChildSettings(r[CHILD] & 0xFF, 0, r[NODE_RATES] & 0xFFFF, r[NODE_RATES] >>> 16,
                r[CONN_RATES] & 0xFFFF, r[CONN_RATES] >>> 16);
    }

    private static FloatCodes floats(int[] r, int at) {
        int rates = r[at];
        int codes = r[at + 1];
        return new FloatCodes(rates & 0xFF, (rates >>> 8) & 0xFF, (rates >>> 16) & 0xFF, (byte) codes,
                (rates >>> 24) & 0xFF, (byte) (codes >>> 8), (byte) (codes >>> 16));
    }

    private static ChoiceCodes choice(int[] r, int at) {
        int head = r[at];
        int n = (head >>> 8) & 0x1F;
        List<Integer> options = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int word = i < 8 ? r[at + 1] : r[at + 2];
            options.add((word >>> OPTION_BITS * (i % 8)) & 0xF);
        }
        int def = bit(head, CHOICE_RANDOM_BIT) ? -1 : (head >>> 16) & 0xF;
        return new ChoiceCodes(head & 0xFF, options, def);
    }

    private static boolean bit(int word, int i) {
        return ((word >>> i) & 1) == 1;
    }
}
