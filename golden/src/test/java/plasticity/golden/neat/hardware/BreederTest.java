package plasticity.golden.neat.hardware;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import plasticity.golden.neat.ConnectionGene;
import plasticity.golden.neat.ConnectionKey;
import plasticity.golden.neat.Genome;
import plasticity.golden.neat.NodeGene;
import plasticity.golden.neat.config.GenomeConfig;

/** The EvE PE's operators (docs/spec/eve.md), one behaviour per test. */
class BreederTest {

    private static final int DRAWS = 100_000;

    private static final String[] QUIET = {"conn_add_prob", "0.0", "conn_delete_prob", "0.0", "node_add_prob", "0.0",
        "node_delete_prob", "0.0", "weight_mutate_rate", "0.0", "weight_replace_rate", "0.0", "bias_mutate_rate", "0.0",
        "bias_replace_rate", "0.0", "enabled_mutate_rate", "0.0"};

    /** 5 binomial standard deviations over {@code trials}: a correct model never fails (fixed seeds). */
    private static void assertRate(double expected, long hits, long trials, String what) {
        double measured = (double) hits / trials;
        double tolerance = 5 * Math.sqrt(expected * (1 - expected) / trials);
        assertTrue(Math.abs(measured - expected) <= tolerance, what + ": measured " + measured + ", configured "
                + expected + ", tolerance +-" + tolerance);
    }

    private static EveConfig config(String... overrides) {
        return EveConfig.of(HardwareConfigs.genome("cartpole", overrides));
    }

    private static ChildSettings settings(int seed) {
        return new ChildSettings(7, seed, 0, 0, 0, 0);
    }

    private static long[] encode(Genome g, EveConfig c) {
        return GenomeCodec.encode(g, 0, c.numOutputs());
    }

    private static Genome decode(long[] genes, EveConfig c) {
        return GenomeCodec.decode(genes, 99, c.numOutputs());
    }

    // ----- crossover -------------------------------------------------------------------------------

    @Test
    void disjointAndExcessGenesComeFromTheFitterParentOnly() {
        EveConfig c = config(QUIET);
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 500; i++) {
            Genome p1 = RandomHardwareGenomes.genome(r, 1, c, 6, 20);
            Genome p2 = RandomHardwareGenomes.genome(r, 2, c, 6, 20);
            Genome child = decode(Breeder.breed(c, settings(i), encode(p1, c), encode(p2, c)), c);
            assertEquals(p1.nodes().keySet(), child.nodes().keySet());
            assertEquals(p1.connections().keySet(), child.connections().keySet());
            for (NodeGene n : p1.nodes().values()) {
                if (!p2.nodes().containsKey(n.key())) {
                    assertEquals(n, child.nodes().get(n.key()), "disjoint node of the fitter parent, copied");
                }
            }
            for (ConnectionGene k : p1.connections().values()) {
                if (!p2.connections().containsKey(k.key())) {
                    assertEquals(k, child.connections().get(k.key()), "disjoint connection of the fitter parent");
                }
            }
        }
    }

    @Test
    void matchingGenesTakeEachAttributeFromEitherParentWithAFairCoin() {
        EveConfig c = config(QUIET);
        Genome p1 = genome(1, 1.0, 2.0);
        Genome p2 = genome(2, -1.0, -2.0);
        int biasFromFirst = 0;
        int weightFromFirst = 0;
        int both = 0;
        for (int seed = 0; seed < DRAWS; seed++) {
            Genome child = decode(Breeder.breed(c, settings(seed), encode(p1, c), encode(p2, c)), c);
            boolean b = child.nodes().get(0).bias() == 1.0;
            boolean w = child.connections().firstEntry().getValue().weight() == 2.0;
            biasFromFirst += b ? 1 : 0;
            weightFromFirst += w ? 1 : 0;
            both += b && w ? 1 : 0;
        }
        assertRate(0.5, biasFromFirst, DRAWS, "bias from parent 1");
        assertRate(0.5, weightFromFirst, DRAWS, "weight from parent 1");
        assertRate(0.25, both, DRAWS, "both from parent 1 (independent coins)");
    }

    /** One output node 0 with the given bias, one connection -1 -> 0 with the given weight. */
    private static Genome genome(int key, double bias, double weight) {
        return new Genome.Builder(key)
                .put(new NodeGene(0, bias, 1.0, plasticity.golden.neat.Activation.SIGMOID, plasticity.golden.neat.Aggregation.SUM))
                .put(new ConnectionGene(new ConnectionKey(-1, 0), weight, true)).build();
    }

    // ----- perturbation ----------------------------------------------------------------------------

    @Test
    void weightMutateReplaceAndEnabledRatesMatchTheConfig() {
        // Rates whose 8-bit codes are exact: 0.5 = 128/256, 0.25 = 64/256, 0.125 = 32/256.
        EveConfig c = config("conn_add_prob", "0.0", "conn_delete_prob", "0.0", "node_add_prob", "0.0",
                "node_delete_prob", "0.0", "weight_mutate_rate", "0.5", "weight_replace_rate", "0.25",
                "weight_mutate_power", "0.0", "weight_init_mean", "3.0", "weight_init_stdev", "0.0",
                "enabled_mutate_rate", "0.125");
        Genome p = genome(1, 0.0, 1.0);
        int perturbed = 0;
        int replaced = 0;
        int enabledFlips = 0;
        for (int seed = 0; seed < DRAWS; seed++) {
            ConnectionGene k = decode(Breeder.breed(c, settings(seed), encode(p, c), encode(p, c)), c)
                    .connections().firstEntry().getValue();
            // power 0: a perturbation leaves 1.0; a replacement gives the init mean 3.0 exactly.
            replaced += k.weight() == 3.0 ? 1 : 0;
            perturbed += k.weight() == 1.0 ? 1 : 0;
            enabledFlips += k.enabled() ? 0 : 1;
        }
        assertRate(0.25, replaced, DRAWS, "weight replace rate");
        assertRate(0.75, perturbed, DRAWS, "weight unchanged or perturbed by 0");
        assertRate(0.125 * 0.5, enabledFlips, DRAWS, "enabled mutation to false (a fair coin)");
    }

    @Test
    void perturbationsSpreadAsTheConfiguredPowerAndStayClamped() {
        EveConfig c = config("conn_add_prob", "0.0", "conn_delete_prob", "0.0", "node_add_prob", "0.0",
                "node_delete_prob", "0.0", "weight_mutate_rate", "1.0", "weight_replace_rate", "0.0",
                "weight_mutate_power", "0.5", "weight_max_value", "2.0", "weight_min_value", "-2.0");
        Genome p = genome(1, 0.0, 0.0);
        double sum = 0;
        double sumSq = 0;
        int n = 0;
        for (int seed = 0; seed < DRAWS; seed++) {
            double w = decode(Breeder.breed(c, settings(seed), encode(p, c), encode(p, c)), c)
                    .connections().firstEntry().getValue().weight();
            assertTrue(w >= -2.0 && w <= 2.0, "clamped: " + w);
            sum += w;
            sumSq += w * w;
            n++;
        }
        double mean = sum / n;
        double stdev = Math.sqrt(sumSq / n - mean * mean);
        // rate code 255 of 256: 1/256 of draws leave the weight; power 0.5 -> multiplier 20 -> 0.51 stdev.
        assertEquals(0.0, mean, 0.01);
        assertEquals(0.5, stdev, 0.03, "perturbation stdev");
    }

    // ----- structural ------------------------------------------------------------------------------

    @Test
    void structuralRatesPerGeneMatchTheSettings() {
        EveConfig c = config(QUIET);
        SplittableRandom r = new SplittableRandom(5);
        Genome p = RandomHardwareGenomes.genome(r, 1, c, 8, 0);
        while (p.nodes().size() < c.numOutputs() + 8) {
            p = RandomHardwareGenomes.genome(r, 1, c, 8, 0);
        }
        long deletions = 0;
        long hiddenSeen = 0;
        long connectionsAdded = 0;
        long nodesSeen = 0;
        int trials = DRAWS / 10;
        for (int seed = 0; seed < trials; seed++) {
            // 4096/65536 = 1/16 delete per hidden node, 8192/65536 = 1/8 add-connection per node.
            ChildSettings s = new ChildSettings(0, seed, 4096, 8192, 0, 0);
            Genome child = decode(Breeder.breed(c, s, encode(p, c), encode(p, c)), c);
            deletions += p.nodes().size() - child.nodes().size();
            hiddenSeen += p.nodes().size() - c.numOutputs();
            connectionsAdded += child.connections().size();
            nodesSeen += p.nodes().size();
        }
        assertRate(1.0 / 16, deletions, hiddenSeen, "node delete rate per hidden node");
        // The parent has no connection, each node adds at most one, and (input -> n), (n -> output)
        // keys of different nodes differ: no added connection is lost to a duplicate.
        assertRate(1.0 / 8, connectionsAdded, nodesSeen, "add-connection rate per node");
    }

    @Test
    void connectionDeleteAndAddNodeRatesMatchTheSettings() {
        EveConfig c = config(QUIET);
        SplittableRandom r = new SplittableRandom(6);
        Genome p = RandomHardwareGenomes.genome(r, 1, c, 0, 40);
        long deleted = 0;
        long split = 0;
        long seen = 0;
        for (int seed = 0; seed < DRAWS / 10; seed++) {
            // 1/16 delete, 1/32 add-node per connection.
            ChildSettings s = new ChildSettings(0, seed, 0, 0, 4096, 2048);
            Genome child = decode(Breeder.breed(c, s, encode(p, c), encode(p, c)), c);
            int newNodes = child.nodes().size() - p.nodes().size();
            split += newNodes;
            deleted += p.connections().size() - (child.connections().size() - 2 * newNodes);
            seen += p.connections().size();
        }
        assertRate(1.0 / 16, deleted, seen, "connection delete rate");
        assertRate(1.0 / 32, split, seen, "add-node rate");
    }

    @Test
    void addNodeSplitsAConnectionAsNeatPythonDoes() {
        EveConfig c = config(QUIET);
        Genome p = genome(1, 0.5, 1.5);
        ChildSettings always = new ChildSettings(0, 42, 0, 0, 0, 65535);
        Genome child = decode(Breeder.breed(c, always, encode(p, c), encode(p, c)), c);
        int n = 1; // one above the parent's largest node key (0)
        assertTrue(child.nodes().containsKey(n));
        assertFalse(child.connections().get(new ConnectionKey(-1, 0)).enabled(), "the split connection is disabled");
        assertEquals(new ConnectionGene(new ConnectionKey(-1, n), 1.0, true), child.connections().get(new ConnectionKey(-1, n)));
        assertEquals(new ConnectionGene(new ConnectionKey(n, 0), 1.5, true), child.connections().get(new ConnectionKey(n, 0)));
    }

    @Test
    void deletingANodeDropsItsConnections() {
        EveConfig c = config(QUIET);
        Genome.Builder b = new Genome.Builder(1);
        b.put(new NodeGene(0, 0, 1, plasticity.golden.neat.Activation.SIGMOID, plasticity.golden.neat.Aggregation.SUM));
        b.put(new NodeGene(5, 0, 1, plasticity.golden.neat.Activation.SIGMOID, plasticity.golden.neat.Aggregation.SUM));
        b.put(new ConnectionGene(new ConnectionKey(-1, 5), 1, true));
        b.put(new ConnectionGene(new ConnectionKey(5, 0), 1, true));
        b.put(new ConnectionGene(new ConnectionKey(-2, 0), 1, true));
        Genome p = b.build();
        ChildSettings always = new ChildSettings(0, 3, 65535, 0, 0, 0);
        int deletedOnce = 0;
        for (int seed = 0; seed < 64; seed++) {
            ChildSettings s = new ChildSettings(0, seed, always.nodeDelete(), 0, 0, 0);
            Genome child = decode(Breeder.breed(c, s, encode(p, c), encode(p, c)), c);
            if (!child.nodes().containsKey(5)) {
                deletedOnce++;
                assertEquals(java.util.Set.of(new ConnectionKey(-2, 0)), child.connections().keySet());
            }
            assertTrue(child.nodes().containsKey(0), "output nodes are never deleted");
        }
        assertTrue(deletedOnce >= 63, "rate 65535/65536 deletes almost always: " + deletedOnce);
    }

    // ----- validity and determinism ----------------------------------------------------------------

    @Test
    void noOperatorEverProducesAnInvalidGenome() {
        String[][] variants = {
            {},
            {"num_hidden", "3", "num_outputs", "2", "initial_connection", "full_nodirect", "enabled_mutate_rate", "0.3"},
            {"node_add_prob", "0.9", "node_delete_prob", "0.9", "conn_add_prob", "0.9", "conn_delete_prob", "0.9"},
            {"initial_connection", "unconnected", "num_hidden", "0", "weight_max_value", "1.0", "weight_min_value", "-0.5"},
        };
        SplittableRandom r = new SplittableRandom(9);
        for (String[] variant : variants) {
            GenomeConfig gc = HardwareConfigs.genome("cartpole", variant);
            HardwareOperators ops = new HardwareOperators(gc);
            EveConfig c = ops.eveConfig();
            for (int i = 0; i < 2000; i++) {
                Genome p1 = RandomHardwareGenomes.genome(r, 1, c, 12, 40);
                Genome p2 = r.nextBoolean() ? RandomHardwareGenomes.genome(r, 2, c, 12, 40) : p1;
                ChildSettings s = new ChildSettings(r.nextInt(256), r.nextInt(), r.nextInt(65536) / 4,
                        r.nextInt(65536) / 4, r.nextInt(65536) / 4, r.nextInt(65536) / 4);
                long[] genes = Breeder.breed(c, s, encode(p1, c), encode(p2, c));
                for (long g : genes) {
                    assertEquals(s.genomeId(), GeneFormat.genomeId(g), "every child gene carries the child's id");
                }
                Genome child = decode(genes, c); // sorted, unique, well formed, no dangling connection
                RandomHardwareGenomes.check(child, c.numInputs(), c.numOutputs());
                for (ConnectionGene k : child.connections().values()) {
                    assertTrue(k.weight() * 16 >= c.weight().min() && k.weight() * 16 <= c.weight().max());
                }
            }
        }
    }

    @Test
    void theSameSeedBreedsTheSameChildAndAnotherSeedAnother() {
        EveConfig c = config();
        SplittableRandom r = new SplittableRandom(12);
        Genome p1 = RandomHardwareGenomes.genome(r, 1, c, 5, 20);
        Genome p2 = RandomHardwareGenomes.genome(r, 2, c, 5, 20);
        ChildSettings s = ChildSettings.forParent(3, 77, 5, 6, 20, 0.2, 0.2, 0.2, 0.2);
        long[] a = Breeder.breed(c, s, encode(p1, c), encode(p2, c));
        long[] b = Breeder.breed(c, s, encode(p1, c), encode(p2, c));
        assertArrayEquals(a, b);
        ChildSettings other = new ChildSettings(3, 78, s.nodeDelete(), s.connAdd(), s.connDelete(), s.nodeAdd());
        assertNotEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(Breeder.breed(c, other, encode(p1, c), encode(p2, c))));
    }
}
