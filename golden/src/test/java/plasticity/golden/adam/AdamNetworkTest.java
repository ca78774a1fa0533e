package plasticity.golden.adam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import plasticity.golden.neat.Genome;
import plasticity.golden.neat.GenomeOperators;
import plasticity.golden.neat.Rng;
import plasticity.golden.neat.config.NeatConfig;
import plasticity.golden.neat.tasks.OperatorSet;
import plasticity.golden.neat.tasks.Task;
import plasticity.golden.neat.tasks.Tasks;

/** A genome on the cycle model as a task's network, and a CartPole population on the array. */
class AdamNetworkTest {

    @Test
    void aGenomeOnTheModelActivatesAsFixedNetwork() {
        Rng rng = Rng.seeded(21);
        SplittableRandom r = new SplittableRandom(21);
        for (int i = 0; i < 200; i++) {
            RandomFeedForwardGenomes.Sample s = RandomFeedForwardGenomes.next(rng, i);
            AdamNetwork adam = AdamNetwork.create(s.genome(), s.numInputs(), s.numOutputs(), AdamConfig.DEFAULT);
            FixedNetwork fixed = FixedNetwork.create(s.genome(), s.numInputs(), s.numOutputs());
            for (int k = 0; k < 3; k++) {
                double[] x = r.doubles(s.numInputs(), -4, 4).toArray();
                assertArrayEquals(fixed.activate(x), adam.activate(x), "genome " + i);
            }
            assertEquals(3, adam.activations());
            assertEquals(3L * adam.schedule().runCycles(), adam.runCycles(), "genome " + i);
        }
    }

    /**
     * New CartPole genomes of the hardware operators, one PE each: the study checks every output
     * against FixedNetwork itself; here, the run of the population is the slowest genome's, never
     * more than the genomes one at a time, and the MACs are the live genomes' links.
     */
    @Test
    void aCartPolePopulationRunsInLockStep() {
        Task cartpole = Tasks.byName("cartpole");
        NeatConfig config = Tasks.defaultConfig(cartpole);
        GenomeOperators ops = OperatorSet.HARDWARE.operators(config.genome());
        Rng rng = Rng.seeded(4);
        List<Genome> genomes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            genomes.add(ops.createNew(i, rng));
        }
        AdamConfig array = new AdamConfig(4, 4, 64, 32, 64, 48);
        List<CartPolePopulationStudy.StepCost> steps = CartPolePopulationStudy.run(genomes, array, 99);
        assertEquals(12, steps.get(0).live());
        for (CartPolePopulationStudy.StepCost s : steps) {
            assertTrue(s.runCycles() <= s.aloneRunCycles(), s.toString());
            assertTrue(s.macs() <= (long) array.pes() * s.runCycles(), s.toString());
        }
        long macs = 0;
        for (Genome g : genomes) {
            macs += AdamScheduler.schedule(g, 4, 1, array).macs();
        }
        assertEquals(macs, steps.get(0).macs());
    }
}
