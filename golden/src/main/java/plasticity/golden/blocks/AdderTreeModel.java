package plasticity.golden.blocks;

import java.util.Objects;
import plasticity.golden.ClockedModel;
import plasticity.golden.bits.Bits;

/**
 * Cycle model of the pipelined signed adder tree (docs/spec/adder-tree.md).
 *
 * <p>Modelled structurally, level by level, with the register stages where the spec puts them, so
 * that the model pins the width of every level and the timing, not only the sum. Register stage s
 * (1..latency) sits after level s*K and holds the levelSize(s*K) values of that level plus a valid
 * bit.
 */
public final class AdderTreeModel implements ClockedModel<AdderTreeInputs, AdderTreeOutputs> {

    private final AdderTreeConfig config;
    /** stageData[s-1] = data registers of stage s, i.e. the values of level s*K. */
    private final long[][] stageData;
    private final boolean[] stageValid;

    private AdderTreeModel(AdderTreeConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        int stages = config.latency();
        this.stageData = new long[stages][];
        this.stageValid = new boolean[stages];
        // Undefined in hardware until the first reset; the reset value keeps the model deterministic.
        resetRegisters();
    }

    /** A model of the tree with these parameters. */
    public static AdderTreeModel of(AdderTreeConfig config) {
        return new AdderTreeModel(config);
    }

    /** A model of the tree with N = {@code inputs}, W = {@code inputWidth}, K = {@code registerEvery}. */
    public static AdderTreeModel of(int inputs, int inputWidth, int registerEvery) {
        return of(new AdderTreeConfig(inputs, inputWidth, registerEvery));
    }

    public AdderTreeConfig config() {
        return config;
    }

    @Override
    public AdderTreeOutputs step(AdderTreeInputs in) {
        Objects.requireNonNull(in, "inputs");
        long[] level0 = checkedInputs(in);
        int stages = config.latency();
        int k = config.registerEvery();
        int levels = config.levels();

        AdderTreeOutputs out;
        if (stages == 0) {
            // No register at all: the whole tree is one combinational path, and rst has no effect.
            out = new AdderTreeOutputs(in.inValid(), reduce(level0, 0, levels)[0]);
        } else {
            // Levels after the last stage are combinational from it.
            long[] last = reduce(stageData[stages - 1], stages * k, levels);
            out = new AdderTreeOutputs(stageValid[stages - 1], last[0]);
        }

        if (stages > 0) {
            if (in.rst()) {
                resetRegisters();
            } else {
                // All stages capture at the same edge: compute from the old contents, back to front.
                for (int s = stages; s >= 2; s--) {
                    stageData[s - 1] = reduce(stageData[s - 2], (s - 1) * k, s * k);
                    stageValid[s - 1] = stageValid[s - 2];
                }
                stageData[0] = reduce(level0, 0, k);
                stageValid[0] = in.inValid();
            }
        }
        return out;
    }

    private void resetRegisters() {
        int k = config.registerEvery();
        for (int s = 1; s <= stageData.length; s++) {
            stageData[s - 1] = new long[config.levelSize(s * k)];
            stageValid[s - 1] = false;
        }
    }

    private long[] checkedInputs(AdderTreeInputs in) {
        int n = config.inputs();
        int w = config.inputWidth();
        long[] values = in.in();
        if (values.length != n) {
            throw new IllegalArgumentException("adder tree has N = " + n + " inputs but the cycle"
                    + " gives " + values.length + " values: pass exactly one value per in_i");
        }
        for (int i = 0; i < n; i++) {
            if (!Bits.fitsSigned(values[i], w)) {
                throw new IllegalArgumentException("in_" + i + " = " + values[i]
                        + " is not a signed " + w + "-bit value (range " + Bits.minSigned(w) + ".."
                        + Bits.maxSigned(w) + "): sign-extend the W-bit pattern with"
                        + " Bits.signExtend(value, " + w + ")");
            }
        }
        return values;
    }

    /**
     * Levels {@code from+1 .. to} built from the values of level {@code from}: pairs are added,
     * an odd last value passes through. Returns the values of level {@code to}.
     */
    private long[] reduce(long[] values, int from, int to) {
        long[] level = values;
        for (int l = from + 1; l <= to; l++) {
            int n = level.length;
            long[] next = new long[(n + 1) / 2];
            for (int j = 0; j < n / 2; j++) {
                next[j] = level[2 * j] + level[2 * j + 1];
            }
            if (n % 2 == 1) {
                next[n / 2] = level[n - 1]; // sign extension is free: the long already holds it
            }
            requireLevelShape(next, l);
            level = next;
        }
        return level;
    }

    /** The structural claim of the spec: level l has levelSize(l) values of width W + l. */
    private void requireLevelShape(long[] level, int l) {
        if (level.length != config.levelSize(l)) {
            throw new IllegalStateException("adder tree model bug: level " + l + " has "
                    + level.length + " values, the spec says " + config.levelSize(l));
        }
        int width = config.levelWidth(l);
        for (long v : level) {
            if (!Bits.fitsSigned(v, width)) {
                throw new IllegalStateException("adder tree model bug: level " + l + " value " + v
                        + " does not fit the spec's " + width + " bits");
            }
        }
    }
}
