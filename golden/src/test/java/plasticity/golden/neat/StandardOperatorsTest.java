package plasticity.golden.neat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static plasticity.golden.neat.Genomes.conn;
import static plasticity.golden.neat.Genomes.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import plasticity.golden.neat.config.GenomeConfig;
import plasticity.golden.neat.config.NeatConfig;
import plasticity.golden.neat.standard.StandardOperators;

/** The standard operator set against neat-python v0.92's behaviour (docs/spec/neat.md). */
class StandardOperatorsTest {

    private static final int DRAWS = 100_000;

    /**
     * The tolerance of every measured rate: 5 standard deviations of a binomial proportion over
     * {@link #DRAWS} draws (for p = 0.5, +-0.0079). A correct implementation fails with
     * probability below 1e-6 per assertion; since the seeds are fixed it never flakes.
     */
    private static void assertRate(double expected, int hits, String what) {
        double measured = (double) hits / DRAWS;
        double tolerance = 5 * Math.sqrt(expected * (1 - expected) / DRAWS);
        assertTrue(Math.abs(measured - expected) <= tolerance, what + ": measured " + measured
                + ", configured " + expected + ", tolerance +-" + tolerance);
    }

    private static GenomeConfig genomeConfig(String... keyValues) {
        return NeatConfigTest.xorConfigWith(keyValues).genome();
    }

    private static final String[] NO_STRUCTURE = {"conn_add_prob", "0.0", "conn_delete_prob", "0.0",
        "node_add_prob", "0.0", "node_delete_prob", "0.0"};

    private static String[] structure(String... keyValues) {
        List<String> all = new ArrayList<>(List.of(NO_STRUCTURE));
        all.addAll(List.of(keyValues));
        return all.toArray(new String[0]);
    }

    // ----- crossover -----------------------------------------------------------------------------

    @Test
    void disjointAndExcessGenesComeFromTheFitterParent() {
        GenomeConfig config = Xor.config().genome();
        Genome fit = new Genome(1, nodes(node(0, 0.1), node(3, 0.3), node(5, 0.5)),
                conns(conn(-1, 0, 1.0), conn(-2, 0, 2.0), conn(-1, 3, 3.0), conn(3, 0, 4.0), conn(5, 0, 5.0),
                        conn(-2, 5, 6.0)));
        Genome weak = new Genome(2, nodes(node(0, -0.1), node(3, -0.3), node(4, -0.4)),
                conns(conn(-1, 0, -1.0), conn(-2, 0, -2.0), conn(-1, 3, -3.0), conn(3, 0, -4.0),
                        conn(-2, 4, -7.0), conn(4, 0, -8.0)));
        int fromWeak = 0;
        for (int seed = 0; seed < 200; seed++) {
            StandardOperators ops = new StandardOperators(config);
            for (Genome child : List.of(ops.crossover(9, fit, 3.5, weak, 1.0, Rng.seeded(seed)),
                    ops.crossover(9, weak, 1.0, fit, 3.5, Rng.seeded(seed)))) {
                assertEquals(fit.nodes().keySet(), child.nodes().keySet());
                assertEquals(fit.connections().keySet(), child.connections().keySet());
                // Genes only the fitter parent has are copied unchanged.
                assertEquals(fit.nodes().get(5), child.nodes().get(5));
                assertEquals(fit.connections().get(new ConnectionKey(5, 0)),
                        child.connections().get(new ConnectionKey(5, 0)));
                assertEquals(fit.connections().get(new ConnectionKey(-2, 5)),
                        child.connections().get(new ConnectionKey(-2, 5)));
                // Homologous genes take each attribute from one parent or the other.
                for (ConnectionGene c : child.connections().values()) {
                    ConnectionGene w = weak.connections().get(c.key());
                    double fw = fit.connections().get(c.key()).weight();
                    assertTrue(c.weight() == fw || (w != null && c.weight() == w.weight()), c.toString());
                    if (w != null && c.weight() == w.weight()) {
                        fromWeak++;
                    }
                }
            }
        }
        // 4 homologous connections x 400 children, each weight from the weaker parent with p = 1/2.
        assertTrue(Math.abs(fromWeak - 800) < 5 * Math.sqrt(400), "weights from the weaker parent: " + fromWeak);
    }

    @Test
    void onEqualFitnessTheSecondGenomeIsTheFitterParent() {
        GenomeConfig config = Xor.config().genome();
        Genome a = new Genome(1, nodes(node(0, 0)), conns(conn(-1, 0, 1.0)));
        Genome b = new Genome(2, nodes(node(0, 0)), conns(conn(-2, 0, 2.0)));
        Genome child = new StandardOperators(config).crossover(3, a, 1.0, b, 1.0, Rng.seeded(1));
        assertEquals(b.connections().keySet(), child.connections().keySet());
    }

    // ----- attribute mutation rates -----------------------------------------------------------

    @Test
    void weightMutateReplaceAndEnabledRatesMatchTheConfig() {
        GenomeConfig config = genomeConfig(NO_STRUCTURE);
        StandardOperators ops = new StandardOperators(config);
        Genome g = new Genome(1, nodes(node(0, 0.0)), conns(conn(-1, 0, 25.0)));
        Rng rng = Rng.seeded(11);
        int perturbed = 0;
        int replaced = 0;
        int disabled = 0;
        for (int i = 0; i < DRAWS; i++) {
            ConnectionGene c = ops.mutate(g, rng).connections().get(new ConnectionKey(-1, 0));
            // A perturbation by gauss(0, 0.5) stays within 10 sd of 25; a replacement is drawn
            // from N(0, 1), far below.
            if (c.weight() != 25.0 && c.weight() > 20.0) {
                perturbed++;
            } else if (c.weight() < 10.0) {
                replaced++;
            }
            if (!c.enabled()) {
                disabled++;
            }
        }
        assertRate(config.weight().mutateRate(), perturbed, "weight_mutate_rate");
        assertRate(config.weight().replaceRate(), replaced, "weight_replace_rate");
        // A hit of enabled_mutate_rate draws a fair coin: half the hits change the value.
        assertRate(config.enabled().mutateRate() / 2, disabled, "enabled_mutate_rate / 2");
    }

    @Test
    void biasMutateAndReplaceRatesMatchTheConfig() {
        GenomeConfig config = genomeConfig(NO_STRUCTURE);
        StandardOperators ops = new StandardOperators(config);
        Genome g = new Genome(1, nodes(node(0, -25.0)), conns());
        Rng rng = Rng.seeded(12);
        int perturbed = 0;
        int replaced = 0;
        for (int i = 0; i < DRAWS; i++) {
            double b = ops.mutate(g, rng).nodes().get(0).bias();
            if (b != -25.0 && b < -20.0) {
                perturbed++;
            } else if (b > -10.0) {
                replaced++;
            }
        }
        assertRate(config.bias().mutateRate(), perturbed, "bias_mutate_rate");
        assertRate(config.bias().replaceRate(), replaced, "bias_replace_rate");
    }

    @Test
    void perturbationIsClampedToTheBounds() {
        GenomeConfig config = genomeConfig(structure("weight_mutate_rate", "1.0", "weight_mutate_power", "5.0",
                "weight_max_value", "1.0", "weight_min_value", "-1.0"));
        StandardOperators ops = new StandardOperators(config);
        Genome g = new Genome(1, nodes(node(0, 0.0)), conns(conn(-1, 0, 0.0)));
        Rng rng = Rng.seeded(3);
        int atBound = 0;
        for (int i = 0; i < 1000; i++) {
            double w = ops.mutate(g, rng).connections().firstEntry().getValue().weight();
            assertTrue(w >= -1.0 && w <= 1.0, "weight " + w);
            if (Math.abs(w) == 1.0) {
                atBound++;
            }
        }
        assertTrue(atBound > 700, "gauss(0, 5) leaves [-1, 1] ~84% of the time: " + atBound);
    }

    // ----- structural mutation rates ----------------------------------------------------------

    private static int countStructural(GenomeConfig config, Genome g, int seed,
            java.util.function.BiPredicate<Genome, Genome> happened) {
        Rng rng = Rng.seeded(seed);
        StandardOperators ops = new StandardOperators(config);
        int hits = 0;
        for (int i = 0; i < DRAWS; i++) {
            if (happened.test(g, ops.mutate(g, rng))) {
                hits++;
            }
        }
        return hits;
    }

    private static Genome withHidden() {
        return new Genome(1, nodes(node(0, 0), node(1, 0)),
                conns(conn(-1, 1, 1.0), conn(1, 0, 1.0), conn(-2, 0, 1.0)));
    }

    @Test
    void structuralMutationRatesMatchTheConfig() {
        GenomeConfig addNode = genomeConfig(structure("node_add_prob", "0.2"));
        assertRate(0.2, countStructural(addNode, withHidden(), 21,
                (before, after) -> after.nodes().size() == before.nodes().size() + 1), "node_add_prob");
        GenomeConfig deleteNode = genomeConfig(structure("node_delete_prob", "0.2"));
        assertRate(0.2, countStructural(deleteNode, withHidden(), 22,
                (before, after) -> after.nodes().size() == before.nodes().size() - 1), "node_delete_prob");
        GenomeConfig deleteConn = genomeConfig(structure("conn_delete_prob", "0.5"));
        assertRate(0.5, countStructural(deleteConn, withHidden(), 23,
                (before, after) -> after.connections().size() == before.connections().size() - 1),
                "conn_delete_prob");
        // An unconnected genome with 1 output and 2 inputs: out = 0 always, in is one of
        // {0, -1, -2}; in = 0 is a self-loop, refused in a feed-forward genome. So 2/3 of the
        // draws that fire add a connection.
        GenomeConfig addConn = genomeConfig(structure("conn_add_prob", "0.5"));
        Genome bare = new Genome(1, nodes(node(0, 0)), conns());
        assertRate(0.5 * 2 / 3, countStructural(addConn, bare, 24,
                (before, after) -> after.connections().size() == 1), "conn_add_prob x 2/3");
    }

    @Test
    void singleStructuralMutationPicksAtMostOneNormalisedBySum() {
        GenomeConfig config = genomeConfig(structure("node_add_prob", "0.2", "node_delete_prob", "0.2",
                "conn_add_prob", "0.5", "conn_delete_prob", "0.5", "single_structural_mutation", "true"));
        // Sum 1.4 > 1: each is divided by 1.4; exactly one of the four happens.
        assertRate(0.2 / 1.4, countStructural(config, withHidden(), 25,
                (before, after) -> after.nodes().size() == before.nodes().size() + 1), "node_add_prob / 1.4");
        assertRate(0.5 / 1.4, countStructural(config, withHidden(), 26,
                (before, after) -> after.nodes().size() == before.nodes().size()
                        && after.connections().size() == before.connections().size() - 1),
                "conn_delete_prob / 1.4");
    }

    @Test
    void addNodeSplitsAConnection() {
        GenomeConfig config = genomeConfig(structure("node_add_prob", "1.0", "weight_mutate_rate", "0.0",
                "weight_replace_rate", "0.0", "enabled_mutate_rate", "0.0"));
        Genome g = new Genome(1, nodes(node(0, 0)), conns(conn(-1, 0, 0.75)));
        Genome after = new StandardOperators(config).mutate(g, Rng.seeded(5));
        assertEquals(Set.of(0, 1), after.nodes().keySet());
        assertEquals(new ConnectionGene(new ConnectionKey(-1, 0), 0.75, false),
                after.connections().get(new ConnectionKey(-1, 0)));
        assertEquals(new ConnectionGene(new ConnectionKey(-1, 1), 1.0, true),
                after.connections().get(new ConnectionKey(-1, 1)));
        assertEquals(new ConnectionGene(new ConnectionKey(1, 0), 0.75, true),
                after.connections().get(new ConnectionKey(1, 0)));
    }

    // ----- validity under many rounds ---------------------------------------------------------

    @Test
    void noOperatorEverProducesAnInvalidGenome() {
        String[][] variants = {
            {"node_add_prob", "0.5", "node_delete_prob", "0.3", "conn_add_prob", "0.9", "conn_delete_prob", "0.3"},
            {"node_add_prob", "0.5", "node_delete_prob", "0.5", "conn_add_prob", "0.5", "conn_delete_prob", "0.5",
                "single_structural_mutation", "true", "num_hidden", "2", "initial_connection", "partial_nodirect 0.5",
                "num_outputs", "2", "num_inputs", "3"},
            {"node_add_prob", "0.3", "node_delete_prob", "0.1", "conn_add_prob", "0.8", "conn_delete_prob", "0.1",
                "structural_mutation_surer", "true", "initial_connection", "unconnected", "enabled_mutate_rate", "0.3",
                "num_outputs", "3"},
            {"node_add_prob", "0.4", "node_delete_prob", "0.2", "conn_add_prob", "0.8", "conn_delete_prob", "0.2",
                "feed_forward", "false", "initial_connection", "fs_neat_hidden", "num_hidden", "1"},
        };
        for (String[] variant : variants) {
            GenomeConfig config = genomeConfig(variant);
            for (int seed = 0; seed < 5; seed++) {
                StandardOperators ops = new StandardOperators(config);
                Rng rng = Rng.seeded(seed);
                List<Genome> pool = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    pool.add(check(ops.createNew(i, rng), config));
                }
                for (int round = 0; round < 400; round++) {
                    Genome a = pool.get(rng.randBelow(pool.size()));
                    Genome b = pool.get(rng.randBelow(pool.size()));
                    Genome child = check(ops.crossover(100 + round, a, rng.random(), b, rng.random(), rng), config);
                    child = check(ops.mutate(child, rng), config);
                    pool.set(rng.randBelow(pool.size()), child);
                }
            }
        }
    }

    private static Genome check(Genome g, GenomeConfig config) {
        // Duplicate keys and dangling connections are excluded by Genome's constructor (it is
        // rebuilt by every operator); the rest is configuration-dependent.
        g.check(config.numInputs(), config.numOutputs(), config.feedForward());
        for (NodeGene n : g.nodes().values()) {
            assertTrue(n.bias() >= config.bias().minValue() && n.bias() <= config.bias().maxValue());
        }
        for (ConnectionGene c : g.connections().values()) {
            assertTrue(c.weight() >= config.weight().minValue() && c.weight() <= config.weight().maxValue());
        }
        return g;
    }

    @Test
    void genomeRejectsDanglingConnectionsAndCheckFindsCycles() {
        assertThrows(IllegalArgumentException.class,
                () -> new Genome(1, nodes(node(0, 0)), conns(conn(-1, 7, 1.0))));
        assertThrows(IllegalArgumentException.class,
                () -> new Genome(1, nodes(node(0, 0)), conns(conn(7, 0, 1.0))));
        Genome cyclic = new Genome(1, nodes(node(0, 0), node(1, 0)), conns(conn(0, 1, 1.0), conn(1, 0, 1.0)));
        assertThrows(IllegalStateException.class, () -> cyclic.check(2, 1, true));
        cyclic.check(2, 1, false);
    }

    @Test
    void genomeFromSortedListsHasTheSameMapsAndRejectsOtherOrders() {
        Genome fromMaps = new Genome(1, nodes(node(0, 0.1), node(3, 0.3)),
                conns(conn(-2, 0, 1.0), conn(-1, 3, 2.0), conn(3, 0, 3.0)));
        Genome fromLists = new Genome(1, List.of(node(0, 0.1), node(3, 0.3)),
                List.of(conn(-2, 0, 1.0), conn(-1, 3, 2.0), conn(3, 0, 3.0)));
        assertEquals(fromMaps, fromLists);
        assertEquals(fromMaps.nodes(), fromLists.nodes());
        assertEquals(fromMaps.connections(), fromLists.connections());
        assertEquals(List.copyOf(fromLists.connections().values()), fromLists.connectionGenes());
        assertEquals(fromMaps.toString(), fromLists.toString());
        assertThrows(UnsupportedOperationException.class, () -> fromLists.nodes().remove(0));
        assertThrows(IllegalArgumentException.class,
                () -> new Genome(1, List.of(node(3, 0), node(0, 0)), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new Genome(1, List.of(node(0, 0)), List.of(conn(-1, 0, 1.0), conn(-2, 0, 1.0))));
        assertThrows(IllegalArgumentException.class,
                () -> new Genome(1, List.of(node(0, 0)), List.of(conn(-1, 0, 1.0), conn(-1, 0, 2.0))));
        assertThrows(IllegalArgumentException.class,
                () -> new Genome(1, List.of(node(0, 0)), List.of(conn(5, 0, 1.0))));
    }

    // ----- initial genomes and distance -------------------------------------------------------

    @Test
    void initialConnectivity() {
        GenomeConfig full = Xor.config().genome();
        Genome g = new StandardOperators(full).createNew(1, Rng.seeded(1));
        assertEquals(Set.of(new ConnectionKey(-1, 0), new ConnectionKey(-2, 0)), g.connections().keySet());
        GenomeConfig nodirect = genomeConfig("num_hidden", "2", "initial_connection", "full_nodirect");
        Genome h = new StandardOperators(nodirect).createNew(1, Rng.seeded(1));
        assertEquals(Set.of(0, 1, 2), h.nodes().keySet());
        assertEquals(6, h.connections().size());
        assertTrue(!h.connections().containsKey(new ConnectionKey(-1, 0)));
        GenomeConfig direct = genomeConfig("num_hidden", "2", "initial_connection", "full_direct");
        assertEquals(8, new StandardOperators(direct).createNew(1, Rng.seeded(1)).connections().size());
        GenomeConfig partial = genomeConfig("num_hidden", "2", "initial_connection", "partial_direct 0.5");
        assertEquals(4, new StandardOperators(partial).createNew(1, Rng.seeded(1)).connections().size());
    }

    @Test
    void distanceFollowsNeatPython() {
        GenomeConfig config = Xor.config().genome(); // c_disjoint 1.0, c_weight 0.5
        StandardOperators ops = new StandardOperators(config);
        Genome a = new Genome(1, nodes(node(0, 0.5), node(1, 0.0)), conns(conn(-1, 0, 1.0), conn(-2, 0, 2.0),
                conn(-1, 1, 0.5), conn(1, 0, 1.0)));
        Genome b = new Genome(2, nodes(node(0, -0.5)), conns(conn(-1, 0, 0.0),
                new ConnectionGene(new ConnectionKey(-2, 0), 2.0, false)));
        // nodes: homologous 0: |0.5 - -0.5| * 0.5 = 0.5; disjoint 1 -> (0.5 + 1) / 2 = 0.75
        // conns: (-1,0): 1 * 0.5; (-2,0): (0 + 1) * 0.5; 2 disjoint -> (0.5 + 0.5 + 2) / 4 = 0.75
        assertEquals(1.5, ops.distance(a, b), 1e-12);
        assertEquals(ops.distance(a, b), ops.distance(b, a), 1e-12);
        assertEquals(0.0, ops.distance(a, a));
        assertNotEquals(0.0, ops.distance(a, a.withKey(5).equals(a) ? b : b));
    }

    static java.util.NavigableMap<Integer, NodeGene> nodes(NodeGene... genes) {
        java.util.TreeMap<Integer, NodeGene> m = new java.util.TreeMap<>();
        for (NodeGene n : genes) {
            m.put(n.key(), n);
        }
        return m;
    }

    static java.util.NavigableMap<ConnectionKey, ConnectionGene> conns(ConnectionGene... genes) {
        java.util.TreeMap<ConnectionKey, ConnectionGene> m = new java.util.TreeMap<>();
        for (ConnectionGene c : genes) {
            m.put(c.key(), c);
        }
        return m;
    }
}
