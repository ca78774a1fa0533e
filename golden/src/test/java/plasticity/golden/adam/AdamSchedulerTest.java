package plasticity.golden.adam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static plasticity.golden.adam.TestGenomes.genome;
import static plasticity.golden.adam.TestGenomes.link;
import static plasticity.golden.adam.TestGenomes.node;

import org.junit.jupiter.api.Test;
import plasticity.golden.neat.Activation;
import plasticity.golden.neat.Aggregation;
import plasticity.golden.neat.Genome;
import plasticity.golden.neat.NodeGene;
import plasticity.golden.neat.Rng;

/** Genome to PE program (docs/spec/adam.md, "Schedule"). */
class AdamSchedulerTest {
    private static final AdamConfig SMALL = new AdamConfig(2, 2, 8, 4, 8, 35);

    /** A chain -1 -> 2 -> 0: node 0's link waits for node 2's value, 4 cycles after its MAC. */
    @Test
    void aChainStallsUntilItsSourceIsReadable() {
        Genome g = genome(node(0, 0.0, 1.0, Activation.IDENTITY), node(2, 0.0, 1.0, Activation.RELU),
                link(-1, 2, 1.0), link(2, 0, 1.0));
        AdamSchedule s = AdamScheduler.schedule(g, 1, 1, AdamConfig.DEFAULT);
        assertEquals(2, s.macs());
        assertEquals(1 + AdamModel.PIPELINE_DRAIN, s.issueCycles()); // cycle 1, then cycle 5
        assertEquals(s.issueCycles() + AdamModel.PIPELINE_DRAIN, s.runCycles());
        assertEquals(2, s.nodes().length);
        assertEquals(new AdamWords.Control(2, 1).encode(), s.control());
    }

    /**
     * Two independent chains: the greedy order issues the second chain's first node while the
     * first one's value is in flight, and an unreached output's zero node fills a stall too.
     */
    @Test
    void independentNodesAndZeroNodesFillStalls() {
        Genome g = genome(node(0, 0.0, 1.0, Activation.IDENTITY), node(1, 0.0, 1.0, Activation.IDENTITY),
                node(2, 0.0, 1.0, Activation.TANH), node(3, 0.0, 1.0, Activation.TANH),
                node(4, 0.0, 1.0, Activation.TANH),
                link(-1, 3, 1.0), link(-2, 4, 1.0), link(3, 0, 1.0), link(4, 1, 1.0));
        AdamSchedule s = AdamScheduler.schedule(g, 2, 3, AdamConfig.DEFAULT);
        // Cycles 1 and 2: nodes 3 and 4; 3: the zero node of output 2; 5: node 0 (3 readable); 6: node 1.
        assertEquals(6, s.issueCycles());
        assertEquals(5, s.nodes().length);
        AdamWords.Node zero = AdamWords.node(s.nodes()[2], AdamConfig.DEFAULT).orElseThrow();
        assertTrue(zero.zero());
        assertEquals(s.outputSlot(2), zero.dest());
    }

    @Test
    void aCycleAmongEnabledLinksIsRefusedWithItsNodes() {
        Genome g = genome(node(0, 0.0, 1.0, Activation.IDENTITY), node(2, 0.0, 1.0, Activation.IDENTITY),
                node(3, 0.0, 1.0, Activation.IDENTITY), link(-1, 2, 1.0), link(2, 3, 1.0), link(3, 2, 1.0),
                link(3, 0, 1.0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AdamScheduler.schedule(g, 1, 1, AdamConfig.DEFAULT));
        assertTrue(e.getMessage().startsWith("ADAM cannot schedule genome 1: "), e.getMessage());
        assertTrue(e.getMessage().contains("2 -> 3 -> 2"), e.getMessage());
    }

    @Test
    void anAggregationTheArrayLacksIsRefused() {
        Genome g = genome(new NodeGene(0, 0.0, 1.0, Activation.IDENTITY, Aggregation.MAX), link(-1, 0, 1.0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AdamScheduler.schedule(g, 1, 1, AdamConfig.DEFAULT));
        assertTrue(e.getMessage().contains("node 0 aggregates with 'max'"), e.getMessage());
    }

    /** Each buffer's limit: the count, the depth, and the setting to raise. */
    @Test
    void whatDoesNotFitTheBuffersIsRefused() {
        Genome.Builder links = new Genome.Builder(7).put(node(0, 0.0, 1.0, Activation.IDENTITY));
        for (int i = 1; i <= 6; i++) {
            links.put(link(-i, 0, 1.0));
        }
        Genome nine = links.put(link(-7, 0, 1.0)).put(link(-8, 0, 1.0)).put(link(-9, 0, 1.0)).build();
        String slots = assertThrows(IllegalArgumentException.class, () -> AdamScheduler.schedule(nine, 9, 1, SMALL))
                .getMessage();
        assertEquals("ADAM cannot schedule genome 7: 10 value slots (inputs, outputs and evaluated hidden nodes)"
                + " do not fit the PE's 8 (raise VALUE_DEPTH to 16 or more)", slots);
        Genome.Builder fiveOutputs = new Genome.Builder(4).put(link(-1, 0, 1.0));
        for (int k = 0; k < 5; k++) {
            fiveOutputs.put(node(k, 0.0, 1.0, Activation.IDENTITY));
        }
        // Outputs 1..4 are unreached: one zero node each, 5 nodes in all.
        String nodes = assertThrows(IllegalArgumentException.class,
                () -> AdamScheduler.schedule(fiveOutputs.build(), 1, 5, SMALL)).getMessage();
        assertTrue(nodes.contains("5 nodes (evaluated, and a zero node per output no input reaches) do not fit"
                + " the PE's 4 (raise NODE_DEPTH to 8 or more)"), nodes);
        Genome.Builder many = new Genome.Builder(3).put(node(0, 0.0, 1.0, Activation.IDENTITY))
                .put(node(1, 0.0, 1.0, Activation.IDENTITY));
        for (int i = 1; i <= 5; i++) {
            many.put(link(-i, 0, 1.0)).put(link(-i, 1, 1.0));
        }
        String linkError = assertThrows(IllegalArgumentException.class,
                () -> AdamScheduler.schedule(many.build(), 5, 2, SMALL)).getMessage();
        assertTrue(linkError.contains("10 links (the enabled in-links of the evaluated nodes) do not fit the PE's 8"
                + " (raise LINK_DEPTH to 16 or more)"), linkError);
    }

    /**
     * Over random genomes: the words decode to exactly FixedNetwork's nodes (each evaluated node
     * once, its links' weights and sources), sources come before their readers, and the issue
     * cycles are at least the MACs.
     */
    @Test
    void randomSchedulesAreWellFormedAndInDependencyOrder() {
        Rng rng = Rng.seeded(11);
        for (int i = 0; i < 2000; i++) {
            RandomFeedForwardGenomes.Sample sample = RandomFeedForwardGenomes.next(rng, i);
            AdamSchedule s = AdamScheduler.schedule(sample.genome(), sample.numInputs(), sample.numOutputs(),
                    AdamConfig.DEFAULT);
            boolean[] known = new boolean[s.slots()];
            for (int k = 0; k < s.numInputs(); k++) {
                known[k] = true;
            }
            long[] linkWords = s.links();
            int next = 0;
            int zeros = 0;
            for (long word : s.nodes()) {
                AdamWords.Node n = AdamWords.node(word, AdamConfig.DEFAULT).orElseThrow();
                zeros += n.zero() ? 1 : 0;
                for (int j = 0; j < n.fanIn(); j++) {
                    AdamWords.Link l = AdamWords.link(linkWords[next++], AdamConfig.DEFAULT).orElseThrow();
                    assertTrue(known[l.source()], "genome " + i + " reads slot " + l.source() + " before it is computed");
                }
                known[n.dest()] = true;
            }
            assertEquals(linkWords.length, next);
            assertEquals(s.macs(), next);
            assertTrue(s.issueCycles() >= s.macs() + zeros, "genome " + i);
            for (int k = 0; k < s.numOutputs(); k++) {
                assertTrue(known[s.outputSlot(k)], "genome " + i + " output " + k + " is never written");
            }
        }
    }
}
