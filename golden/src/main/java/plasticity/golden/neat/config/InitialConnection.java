package plasticity.golden.neat.config;

/**
 * How a new genome is connected (neat-python v0.92 {@code initial_connection}). {@code full},
 * {@code partial} and {@code fs_neat} without a suffix mean the {@code _direct} /
 * {@code _nohidden} forms, as in v0.92.
 */
public enum InitialConnection {
    UNCONNECTED,
    /** One random input to every output. */
    FS_NEAT_NOHIDDEN,
    /** One random input to every hidden and output node. */
    FS_NEAT_HIDDEN,
    /** Inputs to hidden, hidden to outputs; inputs to outputs only when there is no hidden node. */
    FULL_NODIRECT,
    /** As FULL_NODIRECT plus every input to every output. */
    FULL_DIRECT,
    /** A random fraction of FULL_NODIRECT's connections. */
    PARTIAL_NODIRECT,
    /** A random fraction of FULL_DIRECT's connections. */
    PARTIAL_DIRECT;

    public boolean partial() {
        return this == PARTIAL_NODIRECT || this == PARTIAL_DIRECT;
    }
}
