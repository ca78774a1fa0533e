package plasticity.golden.neat.hardware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import plasticity.golden.neat.Activation;
import plasticity.golden.neat.Aggregation;
import plasticity.golden.neat.ConnectionGene;
import plasticity.golden.neat.ConnectionKey;
import plasticity.golden.neat.Genome;
import plasticity.golden.neat.NodeGene;

/** Genome streams (docs/spec/gene-format.md, "Genome stream"). */
class GenomeCodecTest {

    private static final EveConfig C = EveConfig.of(HardwareConfigs.genome("acrobot",
            "activation_options", "sigmoid tanh relu identity clamped"));

    @Test
    void randomGenomesRoundTrip() {
        SplittableRandom r = new SplittableRandom(4);
        for (int i = 0; i < 5000; i++) {
            Genome g = RandomHardwareGenomes.genome(r, i, C, 30, 120);
            long[] genes = GenomeCodec.encode(g, i & 255, C.numOutputs());
            assertEquals(g.nodes().size() + g.connections().size(), genes.length);
            Genome back = GenomeCodec.decode(genes, i, C.numOutputs());
            assertEquals(g.nodes(), back.nodes());
            assertEquals(g.connections(), back.connections());
        }
    }

    private static long[] sample() {
        Genome g = new Genome.Builder(1)
                .put(new NodeGene(0, 0.5, 1.0, Activation.SIGMOID, Aggregation.SUM))
                .put(new NodeGene(3, -0.25, 1.0, Activation.RELU, Aggregation.SUM))
                .put(new ConnectionGene(new ConnectionKey(-1, 3), 1.5, true))
                .put(new ConnectionGene(new ConnectionKey(3, 0), -2.0, false)).build();
        return GenomeCodec.encode(g, 9, 1);
    }

    @Test
    void malformedStreamsAreRefusedNamingTheGene() {
        long[] ok = sample();
        GenomeCodec.decode(ok, 1, 1);
        long[] swapped = {ok[1], ok[0], ok[2], ok[3]};
        assertMessage("gene 1", "ascending", () -> GenomeCodec.decode(swapped, 1, 1));
        long[] duplicate = {ok[0], ok[1], ok[2], ok[2]};
        assertMessage("gene 3", "ascending", () -> GenomeCodec.decode(duplicate, 1, 1));
        long[] nodeLate = {ok[0], ok[2], ok[1], ok[3]};
        assertMessage("gene 2", "after a connection", () -> GenomeCodec.decode(nodeLate, 1, 1));
        long[] dangling = {ok[0], ok[2], ok[3]};
        assertMessage("connection (-1, 3)", "does not have", () -> GenomeCodec.decode(dangling, 1, 1));
        long[] reservedActivation = {GeneFormat.withAttribute(ok[0], 3, 9), ok[1], ok[2], ok[3]};
        assertMessage("gene 0", "activation code 9 is reserved", () -> GenomeCodec.decode(reservedActivation, 1, 1));
        long[] notOutput = {ok[0] & ~(1L << 32), ok[1], ok[2], ok[3]};
        assertMessage("gene 0", "output flag", () -> GenomeCodec.decode(notOutput, 1, 1));
        long[] reservedBits = {ok[0], ok[1], ok[2] | 0x100, ok[3]};
        assertMessage("gene 2", "reserved bits", () -> GenomeCodec.decode(reservedBits, 1, 1));
    }

    @Test
    void genomesWithoutHardwareValuesAreRefused() {
        Genome g = new Genome.Builder(5).put(new NodeGene(0, 0.3, 1.0, Activation.SIGMOID, Aggregation.SUM)).build();
        assertMessage("genome 5 node 0 bias", "multiple of 1/16", () -> GenomeCodec.encode(g, 0, 1));
        Genome gauss = new Genome.Builder(6).put(new NodeGene(0, 0, 1.0, Activation.GAUSS, Aggregation.SUM)).build();
        assertMessage("activation gauss", "no hardware code", () -> GenomeCodec.encode(gauss, 0, 1));
        Genome product = new Genome.Builder(7).put(new NodeGene(0, 0, 1.0, Activation.RELU, Aggregation.PRODUCT)).build();
        assertMessage("aggregation", "no hardware code", () -> GenomeCodec.encode(product, 0, 1));
    }

    @Test
    void configsTheHardwareCannotFollowAreRefusedNamingTheKey() {
        assertMessage("activation_options", "'gauss' has no hardware code",
                () -> EveConfig.of(HardwareConfigs.genome("xor", "activation_options", "sigmoid gauss")));
        assertMessage("aggregation_default", "'product'",
                () -> EveConfig.of(HardwareConfigs.genome("xor", "aggregation_default", "product")));
        assertMessage("feed_forward", "feed-forward",
                () -> EveConfig.of(HardwareConfigs.genome("xor", "feed_forward", "False")));
    }

    private static void assertMessage(String a, String b, org.junit.jupiter.api.function.Executable e) {
        String m = assertThrows(IllegalArgumentException.class, e).getMessage();
        assertTrue(m.contains(a) && m.contains(b), m);
    }
}
