package plasticity.golden.adam;

import plasticity.golden.fixed.Formats;
import plasticity.golden.neat.Genome;
import plasticity.golden.neat.Network;

/**
 * A genome run on ADAM's cycle model as a task's {@link Network}: scheduled once into PE (0, 0)
 * of a one-PE engine; each {@link #activate} writes the inputs (converted as
 * {@link FixedNetwork#toInput}), runs, and reads the outputs through the host port. Its outputs
 * are {@link FixedNetwork}'s, bit for bit; it also counts what the runs cost.
 */
public final class AdamNetwork implements Network {
    private final AdamHost host;
    private final AdamSchedule schedule;
    private long activations;
    private long runCycles;

    private AdamNetwork(AdamHost host, AdamSchedule schedule) {
        this.host = host;
        this.schedule = schedule;
    }

    /**
     * The genome on a one-PE engine with the buffer depths of {@code config}.
     *
     * @throws IllegalArgumentException as {@link AdamScheduler#schedule} refuses
     */
    public static AdamNetwork create(Genome genome, int numInputs, int numOutputs, AdamConfig config) {
        AdamConfig onePe = new AdamConfig(1, 1, config.linkDepth(), config.nodeDepth(), config.valueDepth(),
                config.accWidth());
        AdamSchedule s = AdamScheduler.schedule(genome, numInputs, numOutputs, onePe);
        AdamHost host = new AdamHost(new AdamModel(onePe));
        host.reset(1);
        host.load(HostAddress.Cast.ONE, 0, 0, s);
        return new AdamNetwork(host, s);
    }

    @Override
    public double[] activate(double... inputs) {
        long[] raw = new long[inputs.length];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = FixedNetwork.toInput(inputs[i]);
        }
        host.writeInputs(0, 0, raw);
        runCycles += host.run();
        activations++;
        long[] out = host.readOutputs(0, 0, schedule);
        double[] values = new double[out.length];
        for (int k = 0; k < out.length; k++) {
            values[k] = Formats.ACTIVATION.toDouble(out[k]);
        }
        return values;
    }

    public AdamSchedule schedule() {
        return schedule;
    }

    /** Calls of {@link #activate} so far. */
    public long activations() {
        return activations;
    }

    /** The runs' cycles so far (the engine's cycle counter, summed). */
    public long runCycles() {
        return runCycles;
    }
}
