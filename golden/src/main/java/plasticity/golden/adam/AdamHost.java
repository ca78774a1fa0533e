package plasticity.golden.adam;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A host driving the engine through its port, one cycle per call of the model (docs/spec/adam.md,
 * "Host port and address map"): loads schedules (one PE or a broadcast), writes observations,
 * starts a run and waits for done, reads outputs with pipelined reads. Every cycle goes to a
 * {@link Listener}, so a test bench can record it as a trace.
 */
public final class AdamHost {

    /** Sees every cycle: the inputs driven and the model's outputs. */
    public interface Listener {
        void cycle(AdamInputs in, AdamOutputs out);
    }

    /** One (schedule, observation) pair of a batch; inputs are raw Q5.10. */
    public record Job(AdamSchedule schedule, long[] inputsRaw) {
        public Job {
            Objects.requireNonNull(schedule, "schedule");
            if (inputsRaw.length != schedule.numInputs()) {
                throw new IllegalArgumentException("genome " + schedule.genomeKey() + " takes " + schedule.numInputs()
                        + " inputs, got " + inputsRaw.length);
            }
            inputsRaw = inputsRaw.clone();
        }
    }

    /**
     * What a batch cost.
     *
     * @param outputs    raw Q5.10 outputs per job, in job order
     * @param runCycles  the runs' cycles (the cycle counter), summed over waves
     * @param hostCycles every cycle of the port, loads and reads included
     * @param macs       MACs issued
     * @param waves      runs needed (jobs / PEs, rounded up)
     */
    public record BatchResult(List<long[]> outputs, long runCycles, long hostCycles, long macs, int waves) {
    }

    private final AdamModel model;
    private final Listener listener;
    private AdamOutputs last;
    private long cycles;

    public AdamHost(AdamModel model, Listener listener) {
        this.model = Objects.requireNonNull(model, "model");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** A host that records nothing. */
    public AdamHost(AdamModel model) {
        this(model, (in, out) -> { });
    }

    public AdamModel model() {
        return model;
    }

    /** Cycles driven so far. */
    public long cycles() {
        return cycles;
    }

    /** One cycle. */
    public AdamOutputs step(AdamInputs in) {
        AdamOutputs out = model.step(in);
        listener.cycle(in, out);
        last = out;
        cycles++;
        return out;
    }

    public void reset(int resetCycles) {
        for (int i = 0; i < resetCycles; i++) {
            step(AdamInputs.reset());
        }
    }

    public void idle(int n) {
        for (int i = 0; i < n; i++) {
            step(AdamInputs.idle());
        }
    }

    public void write(HostAddress a, long word) {
        step(AdamInputs.write(a.encode(), word));
    }

    /** The control word, the node words and the link words of {@code s} into the PEs the cast selects. */
    public void load(HostAddress.Cast cast, int row, int col, AdamSchedule s) {
        write(new HostAddress(HostAddress.Region.CONTROL, cast, row, col, 0), s.control());
        long[] nodes = s.nodes();
        for (int i = 0; i < nodes.length; i++) {
            write(new HostAddress(HostAddress.Region.NODE, cast, row, col, i), nodes[i]);
        }
        long[] links = s.links();
        for (int i = 0; i < links.length; i++) {
            write(new HostAddress(HostAddress.Region.LINK, cast, row, col, i), links[i]);
        }
    }

    /** Raw Q5.10 inputs into slots 0.. of PE (row, col). */
    public void writeInputs(int row, int col, long[] inputsRaw) {
        for (int i = 0; i < inputsRaw.length; i++) {
            write(HostAddress.pe(HostAddress.Region.VALUE, row, col, i), inputsRaw[i] & 0xFFFF);
        }
    }

    /** Starts a run and waits until {@code status} shows it done; returns the run's cycle counter. */
    public long run() {
        write(HostAddress.global(HostAddress.START), 0);
        AdamOutputs out = step(AdamInputs.idle());
        while (out.busy()) {
            out = step(AdamInputs.idle());
        }
        return readAll(List.of(HostAddress.global(HostAddress.CYCLES)))[0].getAsLong();
    }

    /** Reads each address, one per cycle, pipelined: n + 1 cycles. */
    public OptionalLong[] readAll(List<HostAddress> addresses) {
        OptionalLong[] words = new OptionalLong[addresses.size()];
        for (int i = 0; i <= addresses.size(); i++) {
            AdamOutputs out = i < addresses.size() ? step(AdamInputs.read(addresses.get(i).encode())) : step(AdamInputs.idle());
            if (i > 0) {
                words[i - 1] = out.rdata();
            }
        }
        return words;
    }

    /** The raw Q5.10 outputs of {@code s} in PE (row, col). */
    public long[] readOutputs(int row, int col, AdamSchedule s) {
        List<HostAddress> a = new ArrayList<>();
        for (int k = 0; k < s.numOutputs(); k++) {
            a.add(HostAddress.pe(HostAddress.Region.VALUE, row, col, s.outputSlot(k)));
        }
        OptionalLong[] words = readAll(a);
        long[] out = new long[words.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = (short) words[k].orElseThrow(() -> new IllegalStateException("an output slot was never written"));
        }
        return out;
    }

    /**
     * Every job, PE by PE in row-major order, as many waves as it takes: per wave, every PE's
     * control word cleared by one broadcast, each job's schedule and inputs loaded, one run, the
     * outputs read.
     */
    public BatchResult evaluate(List<Job> jobs) {
        int pes = model.config().pes();
        int cols = model.config().cols();
        List<long[]> outputs = new ArrayList<>();
        long runCycles = 0;
        long macs = 0;
        long start = cycles;
        int waves = 0;
        for (int first = 0; first < jobs.size(); first += pes) {
            List<Job> wave = jobs.subList(first, Math.min(jobs.size(), first + pes));
            write(new HostAddress(HostAddress.Region.CONTROL, HostAddress.Cast.ALL, 0, 0, 0), 0);
            for (int j = 0; j < wave.size(); j++) {
                load(HostAddress.Cast.ONE, j / cols, j % cols, wave.get(j).schedule());
                writeInputs(j / cols, j % cols, wave.get(j).inputsRaw());
            }
            runCycles += run();
            macs += model.macs();
            for (int j = 0; j < wave.size(); j++) {
                outputs.add(readOutputs(j / cols, j % cols, wave.get(j).schedule()));
            }
            waves++;
        }
        return new BatchResult(outputs, runCycles, cycles - start, macs, waves);
    }

    /** The outputs of the last cycle driven. */
    public AdamOutputs last() {
        return last;
    }
}
