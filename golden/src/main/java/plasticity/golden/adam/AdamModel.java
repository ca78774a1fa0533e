package plasticity.golden.adam;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import plasticity.golden.ClockedModel;

/**
 * Cycle model of the ADAM engine (docs/spec/adam.md, "Schedule and array"): ROWS x COLS PEs
 * ({@link PeModel}), the host port and the run controller.
 *
 * <p>Per cycle: the outputs come from the state ({@code host_rdata} is the last read's
 * registered word, {@code status} is busy, done and the PEs' error bits); then, unless reset,
 * a read samples the addressed word, a run advances every PE one cycle, and a write (ignored while
 * busy) stores a word or starts a run. A run ends in the first cycle in which every PE is quiet
 * (done or in error, no node in a stage).
 */
public final class AdamModel implements ClockedModel<AdamInputs, AdamOutputs> {

    /** Cycles from a node's last issue to the first cycle a link may read it: P, F1, F2, then readable. */
    public static final int PIPELINE_DRAIN = 4;

    private final AdamConfig config;
    private final PeModel[] pes;
    private boolean busy;
    private boolean done;
    private long cycles;
    /** The registered read word; null when it shows a never-written value buffer word. */
    private Long rdata;

    public AdamModel(AdamConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.pes = new PeModel[config.pes()];
        for (int r = 0; r < config.rows(); r++) {
            for (int c = 0; c < config.cols(); c++) {
                pes[r * config.cols() + c] = new PeModel(config, r, c);
            }
        }
        resetRegisters();
    }

    public AdamConfig config() {
        return config;
    }

    @Override
    public AdamOutputs step(AdamInputs in) {
        Objects.requireNonNull(in, "inputs");
        if ((in.addr() & 0xFFFF_FFFFL) != in.addr()) {
            throw new IllegalArgumentException("host_addr 0x" + Long.toHexString(in.addr()) + " is wider than 32 bits");
        }
        AdamOutputs out = outputs();
        if (in.rst()) {
            resetRegisters();
            for (PeModel pe : pes) {
                pe.reset();
            }
            return out;
        }
        Optional<HostAddress> address = HostAddress.decode(in.addr());
        if (in.re()) {
            OptionalLong word = address.map(this::read).orElse(OptionalLong.of(0));
            rdata = word.isPresent() ? word.getAsLong() : null;
        }
        if (busy) {
            boolean allQuiet = true;
            for (PeModel pe : pes) {
                allQuiet &= pe.quiet();
            }
            for (PeModel pe : pes) {
                if (!pe.quiet()) {
                    pe.clock();
                }
            }
            cycles = (cycles + 1) & 0xFFFF_FFFFL;
            if (allQuiet) {
                busy = false;
                done = true;
            }
        } else if (in.we() && address.isPresent()) {
            write(address.get(), in.wdata());
        }
        return out;
    }

    /**
     * The outputs of the coming cycle: both are functions of the state only, so a host may look
     * before it chooses the cycle's inputs (whether a write would be ignored as busy, say).
     */
    public AdamOutputs outputs() {
        return new AdamOutputs(rdata == null ? OptionalLong.empty() : OptionalLong.of(rdata), status());
    }

    /** MACs issued by all PEs since the last start. */
    public long macs() {
        long n = 0;
        for (PeModel pe : pes) {
            n += pe.macs();
        }
        return n;
    }

    private void resetRegisters() {
        busy = false;
        done = false;
        cycles = 0;
        rdata = 0L;
    }

    private int status() {
        int s = (busy ? AdamOutputs.BUSY : 0) | (done ? AdamOutputs.DONE : 0);
        for (PeModel pe : pes) {
            s |= pe.errorBits();
        }
        return s;
    }

    private OptionalLong read(HostAddress a) {
        if (a.region() == HostAddress.Region.GLOBAL) {
            return OptionalLong.of(a.offset() == HostAddress.STATUS ? status() : a.offset() == HostAddress.CYCLES ? cycles : 0);
        }
        if (a.row() >= config.rows() || a.col() >= config.cols()) {
            return OptionalLong.of(0);
        }
        PeModel pe = pes[a.row() * config.cols() + a.col()];
        return switch (a.region()) {
            case VALUE -> a.offset() < config.valueDepth() ? pe.readValue(a.offset()) : OptionalLong.of(0);
            case CONTROL -> OptionalLong.of(a.offset() == 0 ? pe.status() : 0);
            default -> OptionalLong.of(0); // link and node buffers are write-only
        };
    }

    private void write(HostAddress a, long word) {
        if (a.region() == HostAddress.Region.GLOBAL) {
            if (a.offset() == HostAddress.START) {
                for (PeModel pe : pes) {
                    pe.start();
                }
                busy = true;
                done = false;
                cycles = 0;
            }
            return;
        }
        int depth = switch (a.region()) {
            case LINK -> config.linkDepth();
            case NODE -> config.nodeDepth();
            case VALUE -> config.valueDepth();
            default -> 1; // the control word is offset 0
        };
        if (a.offset() >= depth) {
            return;
        }
        for (int r = 0; r < config.rows(); r++) {
            for (int c = 0; c < config.cols(); c++) {
                if (!a.reaches(r, c)) {
                    continue;
                }
                PeModel pe = pes[r * config.cols() + c];
                switch (a.region()) {
                    case LINK -> pe.writeLink(a.offset(), word);
                    case NODE -> pe.writeNode(a.offset(), word);
                    case VALUE -> pe.writeValue(a.offset(), word);
                    default -> pe.writeControl(word);
                }
            }
        }
    }
}
