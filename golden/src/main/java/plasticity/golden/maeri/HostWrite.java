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

    /**
     * One of the first chunks of a configuration entry or program row wider than the port's
     * {@link #CHUNK} data bits (docs/spec/maeri.md, "Host port"): the RTL stages it; the model
     * takes the whole entry with the last chunk, the {@link Config} or {@link Program} write.
     *
     * @param chunk the chunk's bits, chunk 0 the lowest
     */
    record Stage(int addr, boolean program, java.math.BigInteger chunk) implements HostWrite {
    }

    /** The host port's data bits: wider entries take several writes, low chunk first. */
    int CHUNK = 64;

    /** The writes of an entry of {@code bits} over {@code width} bits: its stages, then {@code last}. */
    static java.util.List<HostWrite> chunked(HostWrite last, java.math.BigInteger bits, int width) {
        var writes = new java.util.ArrayList<HostWrite>();
        int chunks = (width + CHUNK - 1) / CHUNK;
        java.math.BigInteger mask = java.math.BigInteger.ONE.shiftLeft(CHUNK).subtract(java.math.BigInteger.ONE);
        for (int k = 0; k < chunks - 1; k++) {
            writes.add(new Stage(last.addr(), last instanceof Program, bits.shiftRight(k * CHUNK).and(mask)));
        }
        writes.add(last);
        return writes;
    }

    /** Program row {@code addr} (its bits are {@link ProgramRow#encode}). */
    record Program(int addr, ProgramRow row) implements HostWrite {
        public Program {
            Objects.requireNonNull(row, "row");
        }
    }
}
