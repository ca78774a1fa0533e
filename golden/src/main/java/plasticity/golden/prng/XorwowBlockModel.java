package plasticity.golden.prng;

import java.util.Objects;
import plasticity.golden.ClockedModel;

/**
 * Cycle model of the {@code xorwow} hardware block (docs/spec/prng.md, "The hardware block").
 *
 * <p>One state register S. Outputs are combinational from S only: {@code value_i =
 * output(next^i(S))}. At the clock edge: rst loads next(seeded(0)); else load loads
 * next(seeded(seed)); else enable loads next^LANES(S); else S holds. Loading the state one step
 * past the seed is what makes value_0 the first output of the sequence right after reset or load.
 */
public final class XorwowBlockModel implements ClockedModel<XorwowBlockInputs, XorwowBlockOutputs> {

    private final XorwowBlockConfig config;
    private XorwowState s;

    private XorwowBlockModel(XorwowBlockConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        // Undefined in hardware until the first reset; the reset value keeps the model deterministic.
        this.s = XorwowState.seeded(0).next();
    }

    /** A model of the block with these parameters. */
    public static XorwowBlockModel of(XorwowBlockConfig config) {
        return new XorwowBlockModel(config);
    }

    /** A model of the block with LANES = {@code lanes} (1, 2, 4 or 8). */
    public static XorwowBlockModel of(int lanes) {
        return of(new XorwowBlockConfig(lanes));
    }

    public XorwowBlockConfig config() {
        return config;
    }

    /** The state register S as it is now (before the next {@link #step}). */
    public XorwowState state() {
        return s;
    }

    @Override
    public XorwowBlockOutputs step(XorwowBlockInputs in) {
        Objects.requireNonNull(in, "inputs");
        int lanes = config.lanes();
        int[] values = new int[lanes];
        XorwowState lane = s;
        for (int i = 0; i < lanes; i++) {
            values[i] = lane.output();
            lane = lane.next();
        }
        // After the loop, lane == next^LANES(S): the enabled next state.
        if (in.rst()) {
            s = XorwowState.seeded(0).next();
        } else if (in.load()) {
            s = XorwowState.seeded(in.seed()).next();
        } else if (in.enable()) {
            s = lane;
        }
        return new XorwowBlockOutputs(values);
    }
}
