package plasticity.golden.adam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import plasticity.golden.neat.Activation;
import plasticity.golden.neat.Aggregation;
import plasticity.golden.neat.ConnectionGene;
import plasticity.golden.neat.NodeGene;
import plasticity.golden.neat.Rng;

/** The random genomes of the error study have the shapes and attributes the spec says. */
class RandomFeedForwardGenomesTest {

    private static boolean onTheGrid(double v) {
        return v >= -8.0 && v <= 7.9375 && v * 16 == Math.rint(v * 16);
    }

    @Test
    void genomesAreFeedForwardWithHardwareAttributesAndEveryFeature() {
        Rng rng = Rng.seeded(3);
        Set<Activation> seen = EnumSet.noneOf(Activation.class);
        int hidden = 0;
        int disabled = 0;
        int skips = 0;
        for (int i = 0; i < 1000; i++) {
            RandomFeedForwardGenomes.Sample s = RandomFeedForwardGenomes.next(rng, i);
            s.genome().check(s.numInputs(), s.numOutputs(), true);   // acyclic even through disabled links
            assertTrue(s.numInputs() >= 1 && s.numInputs() <= RandomFeedForwardGenomes.MAX_INPUTS);
            assertTrue(s.numOutputs() >= 1 && s.numOutputs() <= RandomFeedForwardGenomes.MAX_OUTPUTS);
            int nodeHidden = s.genome().nodes().size() - s.numOutputs();
            assertTrue(nodeHidden >= 0 && nodeHidden <= RandomFeedForwardGenomes.MAX_HIDDEN);
            hidden += nodeHidden;
            for (NodeGene n : s.genome().nodes().values()) {
                assertTrue(onTheGrid(n.bias()) && onTheGrid(n.response()), n.toString());
                assertEquals(Aggregation.SUM, n.aggregation());
                assertTrue(AdamActivation.of(n.activation()).isPresent());
                seen.add(n.activation());
            }
            EvaluationOrder order = FixedNetwork.create(s.genome(), s.numInputs(), s.numOutputs()).order();
            for (ConnectionGene c : s.genome().connections().values()) {
                assertTrue(onTheGrid(c.weight()), c.toString());
                assertTrue(c.key().in() < 0 || c.key().in() >= s.numOutputs() || c.key().out() >= s.numOutputs(),
                        "output to output: " + c);
                disabled += c.enabled() ? 0 : 1;
                // A skip connection: straight from an input to a node two or more layers deep.
                skips += c.enabled() && c.key().in() < 0 && order.depthOf(c.key().out()) >= 2 ? 1 : 0;
            }
        }
        assertEquals(5, seen.size());
        assertTrue(hidden > 1000 && disabled > 100 && skips > 100, hidden + " " + disabled + " " + skips);
    }
}
