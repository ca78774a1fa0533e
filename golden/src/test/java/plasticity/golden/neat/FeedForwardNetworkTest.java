package plasticity.golden.neat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static plasticity.golden.neat.Genomes.conn;
import static plasticity.golden.neat.Genomes.node;
import static plasticity.golden.neat.StandardOperatorsTest.conns;
import static plasticity.golden.neat.StandardOperatorsTest.nodes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import plasticity.golden.neat.config.GenomeConfig;
import plasticity.golden.neat.standard.StandardOperators;

/** neat-python's FeedForwardNetwork, activations and aggregations (docs/spec/neat.md, "Network"). */
class FeedForwardNetworkTest {

    private static double sigmoid(double z) {
        return 1.0 / (1.0 + StrictMath.exp(-5.0 * z));
    }

    @Test
    void evaluatesLayerByLayer() {
        // -1 -> 1 (w 2), -2 -> 1 (w -1), 1 -> 0 (w 0.5), -1 -> 0 (w 1.5); node 1 bias 0.1,
        // response 2; output bias -0.2. A disabled 2 -> 0 and node 2 fed by nothing.
        Genome g = new Genome(1,
                nodes(node(0, -0.2), new NodeGene(1, 0.1, 2.0, Activation.SIGMOID, Aggregation.SUM), node(2, 0.0)),
                conns(conn(-1, 1, 2.0), conn(-2, 1, -1.0), conn(1, 0, 0.5), conn(-1, 0, 1.5),
                        new ConnectionGene(new ConnectionKey(2, 0), 9.0, false)));
        FeedForwardNetwork net = FeedForwardNetwork.create(g, 2, 1);
        assertEquals(2, net.evaluatedNodes());
        double x1 = 0.3;
        double x2 = -0.7;
        double h = sigmoid(0.1 + 2.0 * (x1 * 2.0 + x2 * -1.0));
        double o = sigmoid(-0.2 + 1.0 * (x1 * 1.5 + h * 0.5));
        assertArrayEquals(new double[] {o}, net.activate(x1, x2));
    }

    @Test
    void anOutputThatNoInputReachesIsZero() {
        Genome g = new Genome(1, nodes(node(0, 3.0), node(1, 3.0)), conns(conn(-1, 0, 1.0)));
        assertArrayEquals(new double[] {sigmoid(3.0 + 1.0), 0.0}, FeedForwardNetwork.create(g, 1, 2).activate(1.0));
    }

    @Test
    void layersAndRequiredNodes() {
        List<ConnectionKey> c = List.of(new ConnectionKey(-1, 2), new ConnectionKey(2, 3), new ConnectionKey(3, 0),
                new ConnectionKey(-1, 0), new ConnectionKey(-2, 4));
        assertEquals(Set.of(0, 2, 3), Graphs.requiredForOutput(List.of(-1, -2), List.of(0), c));
        assertEquals(List.of(Set.of(2), Set.of(3), Set.of(0)), Graphs.feedForwardLayers(List.of(-1, -2), List.of(0), c));
        assertEquals(true, Graphs.createsCycle(c, new ConnectionKey(0, 2)));
        assertEquals(true, Graphs.createsCycle(c, new ConnectionKey(3, 3)));
        assertEquals(false, Graphs.createsCycle(c, new ConnectionKey(2, 0)));
    }

    /**
     * FeedForwardNetwork.create computes the layers itself (over per-node link lists, for speed);
     * they must be {@link Graphs#feedForwardLayers}' layers, the literal neat-python reference.
     * Checked on genomes grown by heavy structural mutation: 2 inputs and 2 outputs (so outputs
     * also feed hidden nodes), disabled links, nodes fed by nothing, nodes feeding nothing.
     */
    @Test
    void networkLayersAreGraphsFeedForwardLayers() {
        GenomeConfig config = NeatConfigTest.xorConfigWith("num_outputs", "2", "node_add_prob", "0.5",
                "node_delete_prob", "0.2", "conn_add_prob", "0.9", "conn_delete_prob", "0.3",
                "enabled_mutate_rate", "0.2").genome();
        StandardOperators ops = new StandardOperators(config);
        Rng rng = Rng.seeded(7);
        List<Integer> inputs = List.of(-1, -2);
        List<Integer> outputs = List.of(0, 1);
        int checked = 0;
        for (int lineage = 0; lineage < 40; lineage++) {
            Genome g = ops.createNew(lineage, rng);
            for (int step = 0; step < 60; step++) {
                g = ops.mutate(g, rng);
                List<ConnectionKey> enabled = new ArrayList<>();
                for (ConnectionGene c : g.connections().values()) {
                    if (c.enabled()) {
                        enabled.add(c.key());
                    }
                }
                List<Integer> expected = new ArrayList<>();
                Graphs.feedForwardLayers(inputs, outputs, enabled).forEach(expected::addAll);
                assertEquals(expected, FeedForwardNetwork.create(g, 2, 2).evaluationOrder(), g.toString());
                checked++;
            }
        }
        assertEquals(2400, checked);
    }

    @Test
    void activationsAreNeatPythons() {
        assertEquals(0.5, Activation.SIGMOID.apply(0.0));
        assertEquals(1.0 / (1.0 + StrictMath.exp(-60.0)), Activation.SIGMOID.apply(100.0));
        assertEquals(StrictMath.tanh(2.5 * 0.2), Activation.TANH.apply(0.2));
        assertEquals(0.0, Activation.RELU.apply(-1.0));
        assertEquals(1.0, Activation.CLAMPED.apply(7.0));
        assertEquals(-3.0, Activation.IDENTITY.apply(-3.0));
        assertEquals(StrictMath.exp(-5.0 * 3.4 * 3.4), Activation.GAUSS.apply(10.0));
        assertEquals(0.0, Activation.INV.apply(0.0));
        assertEquals(StrictMath.log(1e-7), Activation.LOG.apply(-1.0));
        assertEquals(0.5, Activation.HAT.apply(-0.5));
        assertEquals(-8.0, Activation.CUBE.apply(-2.0));
        assertEquals(0.2 * StrictMath.log(1.0 + StrictMath.exp(5.0)), Activation.SOFTPLUS.apply(1.0));
    }

    @Test
    void aggregationsAreNeatPythons() {
        double[] x = {3.0, -5.0, 1.0, 2.0};
        assertEquals(1.0, Aggregation.SUM.apply(x));
        assertEquals(-30.0, Aggregation.PRODUCT.apply(x));
        assertEquals(3.0, Aggregation.MAX.apply(x));
        assertEquals(-5.0, Aggregation.MIN.apply(x));
        assertEquals(-5.0, Aggregation.MAXABS.apply(x));
        assertEquals(1.5, Aggregation.MEDIAN.apply(x));
        assertEquals(2.0, Aggregation.MEDIAN.apply(new double[] {3.0, -5.0, 2.0}));
        assertEquals(0.25, Aggregation.MEAN.apply(x));
    }
}
