package plasticity.golden.blocks;

import java.util.Objects;
import java.util.OptionalLong;
import plasticity.golden.ClockedModel;
import plasticity.golden.bits.Bits;

/**
 * Cycle model of the synchronous first-word-fall-through FIFO (docs/spec/fifo.md).
 *
 * <p>State: a DEPTH-word memory, read and write pointers of log2(DEPTH) bits, and the count
 * register. Every output is a function of this state only, so a word pushed in cycle t appears on
 * {@code out_data} in cycle t+1 at the earliest, and a pop frees space from cycle t+1 on.
 */
public final class FifoModel implements ClockedModel<FifoInputs, FifoOutputs> {

    private final FifoConfig config;
    private final long[] memory;
    private int readPointer;
    private int writePointer;
    private int count;

    private FifoModel(FifoConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        // Memory is never reset in hardware; zeros are as good as any value because a word is
        // only ever shown on out_data after it has been written.
        this.memory = new long[config.depth()];
    }

    /** A model of the FIFO with these parameters. */
    public static FifoModel of(FifoConfig config) {
        return new FifoModel(config);
    }

    /** A model with the default thresholds (ALMOST_FULL = DEPTH-1, ALMOST_EMPTY = 1). */
    public static FifoModel of(int depth, int width) {
        return of(FifoConfig.of(depth, width));
    }

    /** A model with explicit thresholds. */
    public static FifoModel of(int depth, int width, int almostFull, int almostEmpty) {
        return of(new FifoConfig(depth, width, almostFull, almostEmpty));
    }

    public FifoConfig config() {
        return config;
    }

    @Override
    public FifoOutputs step(FifoInputs in) {
        Objects.requireNonNull(in, "inputs");
        if (!Bits.fitsUnsigned(in.inData(), config.width())) {
            throw new IllegalArgumentException("in_data = 0x" + Long.toHexString(in.inData())
                    + " has bits above WIDTH = " + config.width()
                    + ": pass the zero-extended pattern, Bits.zeroExtend(value, " + config.width()
                    + ")");
        }
        FifoOutputs out = outputs();

        if (in.rst()) {
            readPointer = 0;
            writePointer = 0;
            count = 0;
            return out;
        }
        // Acceptance is decided from the state alone (full/empty), never from the other request:
        // a push into a full FIFO is dropped even when a pop frees a word in the same cycle.
        boolean pushAccepted = in.push() && !out.full();
        boolean popAccepted = in.pop() && !out.empty();
        int mask = config.depth() - 1; // DEPTH is a power of two: pointers wrap by dropping the carry
        if (pushAccepted) {
            memory[writePointer] = in.inData();
            writePointer = (writePointer + 1) & mask;
        }
        if (popAccepted) {
            readPointer = (readPointer + 1) & mask;
        }
        count += (pushAccepted ? 1 : 0) - (popAccepted ? 1 : 0);
        return out;
    }

    private FifoOutputs outputs() {
        boolean full = count == config.depth();
        boolean empty = count == 0;
        OptionalLong outData = empty ? OptionalLong.empty() : OptionalLong.of(memory[readPointer]);
        return new FifoOutputs(!full, !empty, outData, full, empty,
                count >= config.almostFull(), count <= config.almostEmpty(), count);
    }
}
