package plasticity.golden.maeri;

import java.util.Objects;

/**
 * One write on the accelerator's host port (docs/spec/maeri.md, "Accelerator", "Host port"): the
 * host loads the buffers, the configuration table and the program while the accelerator is idle.
 */
public sealed interface HostWrite {

    /** The entry written. */
    int addr();

    /** Weight buffer entry {@code addr} = {@code value}, a signed W-bit number. */
    record Weight(int addr, long value) implements HostWrite {
    }

    /** Input buffer entry {@code addr} = {@code value}, a signed W-bit number. */
    record Input(int addr, long value) implements HostWrite {
    }

    /** Configuration-table entry {@code addr} (its bits are {@link ArtEntry#encode()}). */
    record Config(int addr, ArtEntry entry) implements HostWrite {
        public Config {
            Objects.requireNonNull(entry, "entry");
        }
    }

    /** Program row {@code addr} (its bits are {@link ProgramRow#encode}). */
    record Program(int addr, ProgramRow row) implements HostWrite {
        public Program {
            Objects.requireNonNull(row, "row");
        }
    }
}
