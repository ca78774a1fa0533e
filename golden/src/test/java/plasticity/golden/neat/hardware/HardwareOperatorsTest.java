package plasticity.golden.neat.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import plasticity.golden.neat.ConnectionGene;
import plasticity.golden.neat.Genome;
import plasticity.golden.neat.NodeGene;
import plasticity.golden.neat.Rng;
import plasticity.golden.neat.config.GenomeConfig;

/** The host's part of the hardware set: creation, parent order, and many generations of breeding. */
class HardwareOperatorsTest {

    @Test
    void createdAndBredGenomesStayValidHardwareGenomesForManyRounds() {
        String[][] variants = {
            {},
            {"initial_connection", "full_nodirect", "num_hidden", "3", "num_outputs", "2"},
            {"initial_connection", "fs_neat_hidden", "num_hidden", "2", "activation_default", "random",
                "activation_options", "relu tanh identity", "activation_mutate_rate", "0.3"},
            {"initial_connection", "unconnected", "node_add_prob", "0.9", "conn_add_prob", "0.9"},
        };
        for (String[] variant : variants) {
            GenomeConfig config = HardwareConfigs.genome("cartpole", variant);
            HardwareOperators ops = new HardwareOperators(config);
            Rng rng = Rng.seeded(17);
            List<Genome> pool = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                pool.add(valid(ops.createNew(i, rng), config));
            }
            for (int round = 0; round < 3000; round++) {
                Genome a = pool.get(rng.randBelow(pool.size()));
                Genome b = pool.get(rng.randBelow(pool.size()));
                Genome child = valid(ops.reproduce(1000 + round, a, rng.random(), b, rng.random(), rng), config);
                pool.set(rng.randBelow(pool.size()), child);
            }
        }
    }

    private static Genome valid(Genome g, GenomeConfig config) {
        RandomHardwareGenomes.check(g, config.numInputs(), config.numOutputs());
        GenomeCodec.encode(g, 0, config.numOutputs()); // every attribute is a hardware value
        for (NodeGene n : g.nodes().values()) {
            assertTrue(n.key() <= GeneFormat.KEY_MAX);
        }
        return g;
    }

    @Test
    void theFitterParentStreamsFirst() {
        GenomeConfig config = HardwareConfigs.genome("xor", "conn_add_prob", "0.0", "conn_delete_prob", "0.0",
                "node_add_prob", "0.0", "node_delete_prob", "0.0");
        HardwareOperators ops = new HardwareOperators(config);
        Rng rng = Rng.seeded(3);
        Genome small = ops.createNew(1, rng);
        Genome.Builder bigger = new Genome.Builder(ops.createNew(2, rng));
        bigger.put(new NodeGene(5, 0.5, 1.0, plasticity.golden.neat.Activation.SIGMOID,
                plasticity.golden.neat.Aggregation.SUM));
        bigger.put(new ConnectionGene(new plasticity.golden.neat.ConnectionKey(-1, 5), 1.0, true));
        Genome big = bigger.build();
        // The child has the fitter parent's genes (keys), whichever argument it is.
        assertEquals(big.nodes().keySet(), ops.reproduce(9, small, 1.0, big, 2.0, rng).nodes().keySet());
        assertEquals(small.nodes().keySet(), ops.reproduce(9, small, 2.0, big, 1.0, rng).nodes().keySet());
        // Equal fitness: the second genome is the fitter parent, as in neat-python.
        assertEquals(big.nodes().keySet(), ops.reproduce(9, small, 1.0, big, 1.0, rng).nodes().keySet());
    }

    @Test
    void perGeneRatesComeFromTheFitterParentsGeneCounts() {
        ChildSettings s = ChildSettings.forParent(1, 0, 4, 5, 20, 0.2, 0.5, 0.2, 0.2);
        assertEquals(Math.floor(0.2 / 4 * 65536 + 0.5), s.nodeDelete());
        assertEquals(Math.floor(0.5 / 5 * 65536 + 0.5), s.connAdd());
        assertEquals(Math.floor(0.2 / 20 * 65536 + 0.5), s.connDelete());
        assertEquals(Math.floor(0.2 / 20 * 65536 + 0.5), s.nodeAdd());
        ChildSettings tiny = ChildSettings.forParent(1, 0, 1, 1, 1, 0.9, 0.9, 0.9, 0.9);
        assertTrue(tiny.nodeDelete() + tiny.connAdd() <= 65536 && tiny.connDelete() + tiny.nodeAdd() <= 65536);
        assertEquals(0, ChildSettings.forParent(1, 0, 0, 1, 0, 0.5, 0.5, 0.5, 0.5).nodeDelete());
    }
}
