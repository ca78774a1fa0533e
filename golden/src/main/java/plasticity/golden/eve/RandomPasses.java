package plasticity.golden.eve;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import plasticity.golden.neat.Genome;
import plasticity.golden.neat.config.BoolAttributeConfig;
import plasticity.golden.neat.hardware.Breeder;
import plasticity.golden.neat.hardware.AttributeCodes;
import plasticity.golden.neat.hardware.ChildSettings;
import plasticity.golden.neat.hardware.ChoiceCodes;
import plasticity.golden.neat.hardware.EveConfig;
import plasticity.golden.neat.hardware.FloatCodes;
import plasticity.golden.neat.hardware.GeneFormat;
import plasticity.golden.neat.hardware.GenomeCodec;
import plasticity.golden.neat.hardware.RandomHardwareGenomes;

/**
 * Random work for an EvE PE: register contents anywhere in their valid ranges (not only what
 * {@code EveConfig.of} makes of a neat-python file), per-child rates from never to almost
 * always, and parent pairs that are hardware genomes sharing most, some or none of their genes.
 * Rates are biased to 0 and to their extremes, so that full pending buffers, full deleted-node
 * lists and new node keys past 1023 all happen.
 */
public final class RandomPasses {

    /** The window of node keys at the top of the key field that some parents' hidden nodes use. */
    static final int TOP_KEYS = 24;
    /** More hidden nodes than the deleted-node list holds. */
    static final int MAX_HIDDEN = 2 * Breeder.DELETE_LIST;
    /** Connections of the largest parents: long connection phases, many pending merges. */
    static final int MAX_CONNECTIONS = 120;

    private RandomPasses() {}

    /** Random configuration registers: pin counts, float and choice codes, enabled. */
    public static EveConfig config(SplittableRandom r) {
        int inputs = r.nextInt(4) == 0 ? r.nextInt(1, -GeneFormat.KEY_MIN + 1) : r.nextInt(1, 9);
        int outputs = r.nextInt(8) == 0 ? r.nextInt(1, 300) : r.nextInt(1, 5);
        BoolAttributeConfig.Default[] defaults = BoolAttributeConfig.Default.values();
        return new EveConfig(inputs, outputs, floats(r), floats(r), floats(r),
                choice(r, AttributeCodes.ACTIVATIONS.size()), choice(r, AttributeCodes.AGGREGATIONS.size()), rate8(r),
                defaults[r.nextInt(defaults.length)]);
    }

    /** Per-child settings with the given seed; each pair of rates sums to at most 1. */
    public static ChildSettings child(SplittableRandom r, int seed) {
        int[] node = pair(r);
        int[] conn = pair(r);
        return new ChildSettings(r.nextInt(GeneFormat.GENOME_ID_MAX + 1), seed, node[0], node[1], conn[0], conn[1]);
    }

    /**
     * A pass: random settings and a parent pair of up to 16 hidden nodes and 120 connections each
     * (40 in most passes). In a quarter of the passes the hidden keys lie in the top 24 keys, so
     * that add-node runs out of keys (n > KEY_MAX).
     */
    public static EvePeDriver.Pass pass(SplittableRandom r, EveConfig c) {
        int maxHidden = r.nextInt(4) == 0 ? MAX_HIDDEN : r.nextInt(MAX_HIDDEN / 2 + 1);
        int maxConnections = r.nextInt(8) == 0 ? MAX_CONNECTIONS : MAX_CONNECTIONS / 3;
        int top = GeneFormat.KEY_MAX + 1 - TOP_KEYS;
        Genome p1 = r.nextInt(4) == 0 && c.numOutputs() <= top
                ? RandomHardwareGenomes.genome(r, 1, c, maxHidden, r.nextInt(maxConnections + 1), top, GeneFormat.KEY_MAX + 1)
                : RandomHardwareGenomes.genome(r, 1, c, maxHidden, r.nextInt(maxConnections + 1));
        Genome p2 = switch (r.nextInt(8)) {
            case 0 -> p1;
            case 1, 2 -> RandomHardwareGenomes.genome(r, 2, c, r.nextInt(13), r.nextInt(maxConnections + 1));
            default -> RandomHardwareGenomes.relative(r, p1, 2, c);
        };
        return new EvePeDriver.Pass(c, child(r, r.nextInt()), GenomeCodec.encode(p1, r.nextInt(256), c.numOutputs()),
                GenomeCodec.encode(p2, r.nextInt(256), c.numOutputs()));
    }

    /** {@code count} passes, all with one configuration or each with its own. */
    public static List<EvePeDriver.Pass> passes(SplittableRandom r, int count) {
        EveConfig c = config(r);
        boolean shared = r.nextBoolean();
        List<EvePeDriver.Pass> passes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            passes.add(pass(r, shared ? c : config(r)));
        }
        return passes;
    }

    private static FloatCodes floats(SplittableRandom r) {
        int a = r.nextInt(AttributeCodes.CODE_MIN, AttributeCodes.CODE_MAX + 1);
        int b = r.nextInt(AttributeCodes.CODE_MIN, AttributeCodes.CODE_MAX + 1);
        int min = r.nextInt(3) == 0 ? AttributeCodes.CODE_MIN : Math.min(a, b);
        int max = r.nextInt(3) == 0 ? AttributeCodes.CODE_MAX : Math.max(a, b);
        return new FloatCodes(rate8(r), rate8(r), r.nextInt(256), r.nextInt(min, max + 1), r.nextInt(256), min, max);
    }

    private static ChoiceCodes choice(SplittableRandom r, int codes) {
        int n = r.nextInt(3) == 0 ? r.nextInt(1, ChoiceCodes.MAX_OPTIONS + 1) : r.nextInt(1, 4);
        List<Integer> options = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            options.add(r.nextInt(codes));
        }
        return new ChoiceCodes(rate8(r), options, r.nextBoolean() ? -1 : r.nextInt(codes));
    }

    /** An 8-bit rate code: never, always, or anything between. */
    private static int rate8(SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0 -> 0;
            case 1 -> 255;
            default -> r.nextInt(256);
        };
    }

    /** Two 16-bit rate codes that sum to at most 65536. */
    private static int[] pair(SplittableRandom r) {
        int[] p = new int[2];
        for (int i = 0; i < 2; i++) {
            p[i] = switch (r.nextInt(5)) {
                case 0 -> 0;
                case 1 -> r.nextInt(4096);
                case 2 -> r.nextInt(16384);
                case 3 -> r.nextInt(65536);
                default -> 65535 - r.nextInt(256); // almost always: fills the deleted-node list, the pending buffer
            };
        }
        if (p[0] + p[1] > 65536) {
            p[1] = 65536 - p[0];
        }
        return p;
    }
}
