package plasticity.golden.adam;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import plasticity.golden.env.CartPole;
import plasticity.golden.env.Step;
import plasticity.golden.neat.Genome;

/**
 * A CartPole-v1 population on ADAM, environment step by environment step, against one genome at
 * a time (docs/spec/adam.md, "Mapping"; the figures of docs/results/adam.md). Every genome has
 * its own environment, as in a generation's evaluation; all of them step in lock-step until every
 * episode has ended.
 *
 * <p><b>Population mapping</b>: each genome's schedule is loaded once into its own PE (row-major);
 * per step the host writes each live genome's observation, runs the array once, and reads every
 * live genome's output with pipelined reads; a genome whose episode ends has its control word
 * cleared. <b>One genome at a time</b>: the engine holds one network; per step each live genome is
 * loaded, given its observation, run and read on its own ({@link AdamHost#evaluate} on a one-PE
 * engine: the cycles of a run with one network are the same on any array). Both sides' outputs
 * are checked against {@link FixedNetwork}; the action is CartPoleTask's (push right when the
 * output is above 0.5).
 */
public final class CartPolePopulationStudy {
    private CartPolePopulationStudy() {}

    static final int INPUTS = 4;
    static final int OUTPUTS = 1;

    /**
     * The cost of one environment step.
     *
     * @param live           genomes whose episode is still running
     * @param macs           MACs of the population's run
     * @param runCycles      the population's run (the engine's cycle counter)
     * @param hostCycles     the population's port cycles: observations, run, reads, clears
     * @param aloneRunCycles the runs of the live genomes one at a time, summed
     * @param aloneHostCycles their port cycles, loads included, summed
     */
    public record StepCost(int live, long macs, long runCycles, long hostCycles, long aloneRunCycles,
            long aloneHostCycles) {
    }

    /** Every step until the last episode ends; episode i resets with seed {@code seed + i}. */
    public static List<StepCost> run(List<Genome> genomes, AdamConfig config, long seed) {
        if (genomes.size() > config.pes()) {
            throw new IllegalArgumentException(genomes.size() + " genomes need one PE each, the array has " + config.pes());
        }
        int n = genomes.size();
        AdamSchedule[] schedules = new AdamSchedule[n];
        FixedNetwork[] nets = new FixedNetwork[n];
        for (int i = 0; i < n; i++) {
            schedules[i] = AdamScheduler.schedule(genomes.get(i), INPUTS, OUTPUTS, config);
            nets[i] = FixedNetwork.create(genomes.get(i), INPUTS, OUTPUTS);
        }
        AdamHost host = new AdamHost(new AdamModel(config));
        host.reset(1);
        host.write(new HostAddress(HostAddress.Region.CONTROL, HostAddress.Cast.ALL, 0, 0, 0), 0);
        for (int i = 0; i < n; i++) {
            host.load(HostAddress.Cast.ONE, row(i, config), col(i, config), schedules[i]);
        }
        AdamHost alone = new AdamHost(new AdamModel(new AdamConfig(1, 1, config.linkDepth(), config.nodeDepth(),
                config.valueDepth(), config.accWidth())));
        alone.reset(1);

        CartPole[] envs = new CartPole[n];
        long[][] inputs = new long[n][];
        boolean[] live = new boolean[n];
        for (int i = 0; i < n; i++) {
            envs[i] = new CartPole();
            inputs[i] = toInputs(envs[i].reset(seed + i));
            live[i] = true;
        }
        List<StepCost> steps = new ArrayList<>();
        int running = n;
        while (running > 0) {
            long start = host.cycles();
            List<HostAddress> outputs = new ArrayList<>();
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (live[i]) {
                    host.writeInputs(row(i, config), col(i, config), inputs[i]);
                    outputs.add(HostAddress.pe(HostAddress.Region.VALUE, row(i, config), col(i, config),
                            schedules[i].outputSlot(0)));
                    order.add(i);
                }
            }
            long runCycles = host.run();
            long macs = host.model().macs();
            OptionalLong[] read = host.readAll(outputs);
            long aloneRun = 0;
            long aloneHost = 0;
            int liveNow = running;
            for (int k = 0; k < order.size(); k++) {
                int i = order.get(k);
                long y = (short) read[k].orElseThrow();
                AdamHost.BatchResult one = alone.evaluate(List.of(new AdamHost.Job(schedules[i], inputs[i])));
                aloneRun += one.runCycles();
                aloneHost += one.hostCycles();
                long want = nets[i].activateRaw(inputs[i])[0];
                if (y != want || one.outputs().get(0)[0] != want) {
                    throw new IllegalStateException("genome " + genomes.get(i).key() + ": ADAM gave " + y + " and "
                            + one.outputs().get(0)[0] + ", FixedNetwork " + want);
                }
                // CartPoleTask: push right when the output is above 0.5 (raw 512).
                Step s = envs[i].step(y > 512 ? 1 : 0);
                if (s.done()) {
                    live[i] = false;
                    running--;
                    host.write(HostAddress.pe(HostAddress.Region.CONTROL, row(i, config), col(i, config), 0), 0);
                } else {
                    inputs[i] = toInputs(s.observation());
                }
            }
            steps.add(new StepCost(liveNow, macs, runCycles, host.cycles() - start, aloneRun, aloneHost));
        }
        return steps;
    }

    private static long[] toInputs(double[] observation) {
        return Arrays.stream(observation).mapToLong(FixedNetwork::toInput).toArray();
    }

    private static int row(int i, AdamConfig c) {
        return i / c.cols();
    }

    private static int col(int i, AdamConfig c) {
        return i % c.cols();
    }
}
