package plasticity.golden.neat.hardware;

import plasticity.golden.neat.ConnectionGene;
import plasticity.golden.neat.ConnectionKey;
import plasticity.golden.neat.Genome;
import plasticity.golden.neat.NodeGene;

/**
 * A genome as the stream of hardware genes EvE reads and writes (docs/spec/gene-format.md,
 * "Genome stream"): every node gene in ascending key order, then every connection gene in
 * ascending (input, output) order.
 */
public final class GenomeCodec {

    private GenomeCodec() {}

    /**
     * Encodes a genome whose attributes are hardware values.
     *
     * @param genomeId   the genome id field of every gene (the genome's slot, 0..255)
     * @param numOutputs output nodes are keys 0..numOutputs-1; their genes carry the output flag
     * @throws IllegalArgumentException naming the gene and attribute that has no hardware code
     */
    public static long[] encode(Genome genome, int genomeId, int numOutputs) {
        long[] genes = new long[genome.nodes().size() + genome.connections().size()];
        int i = 0;
        for (NodeGene n : genome.nodes().values()) {
            String at = "genome " + genome.key() + " node " + n.key();
            int activation = AttributeCodes.activationCode(n.activation());
            if (activation < 0) {
                throw new IllegalArgumentException(at + ": activation " + n.activation().configName()
                        + " has no hardware code; ADAM computes " + AttributeCodes.ACTIVATIONS);
            }
            int aggregation = AttributeCodes.aggregationCode(n.aggregation());
            if (aggregation < 0) {
                throw new IllegalArgumentException(at + ": aggregation " + n.aggregation()
                        + " has no hardware code; ADAM computes " + AttributeCodes.AGGREGATIONS);
            }
            genes[i++] = GeneFormat.node(genomeId, n.key(), n.key() < numOutputs,
                    AttributeCodes.code(at + " bias", n.bias()),
                    AttributeCodes.code(at + " response", n.response()), activation, aggregation);
        }
        for (ConnectionGene c : genome.connections().values()) {
            String at = "genome " + genome.key() + " connection " + c.key();
            genes[i++] = GeneFormat.connection(genomeId, c.key().in(), c.key().out(),
                    AttributeCodes.code(at + " weight", c.weight()), c.enabled());
        }
        return genes;
    }

    /**
     * Decodes a gene stream into a genome with key {@code key}, checking everything the stream
     * contract promises: well-formed genes, nodes before connections, strictly ascending keys (so
     * no duplicate), output flags that match the keys, defined attribute codes, and no connection
     * to a node the stream lacks.
     *
     * @throws IllegalArgumentException naming the first offending gene by its index
     */
    public static Genome decode(long[] genes, int key, int numOutputs) {
        Genome.Builder b = new Genome.Builder(key);
        boolean inConnections = false;
        int previous = -1;
        for (int i = 0; i < genes.length; i++) {
            long g = genes[i];
            String problem = GeneFormat.problem(g);
            if (problem != null) {
                throw new IllegalArgumentException("gene " + i + ": " + problem);
            }
            boolean connection = GeneFormat.isConnection(g);
            if (connection != inConnections) {
                if (!connection) {
                    throw new IllegalArgumentException(String.format(
                            "gene %d: node gene 0x%016x after a connection gene (nodes stream first)", i, g));
                }
                inConnections = true;
                previous = -1;
            }
            int sortKey = GeneFormat.sortKey(g);
            if (sortKey <= previous) {
                throw new IllegalArgumentException(String.format(
                        "gene %d: 0x%016x is not in strictly ascending key order", i, g));
            }
            previous = sortKey;
            if (connection) {
                b.put(new ConnectionGene(new ConnectionKey(GeneFormat.keyA(g), GeneFormat.keyB(g)),
                        AttributeCodes.value(GeneFormat.attribute(g, 1)), (GeneFormat.attribute(g, 2) & 1) == 1));
            } else {
                int nodeKey = GeneFormat.keyA(g);
                if (GeneFormat.isOutput(g) != nodeKey < numOutputs) {
                    throw new IllegalArgumentException(String.format(
                            "gene %d: node %d has output flag %d but there are %d outputs", i, nodeKey,
                            GeneFormat.isOutput(g) ? 1 : 0, numOutputs));
                }
                try {
                    b.put(new NodeGene(nodeKey, AttributeCodes.value(GeneFormat.attribute(g, 1)),
                            AttributeCodes.value(GeneFormat.attribute(g, 2)),
                            AttributeCodes.activation(GeneFormat.attribute(g, 3)),
                            AttributeCodes.aggregation(GeneFormat.attribute(g, 4))));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("gene " + i + ": node " + nodeKey + ": " + e.getMessage(), e);
                }
            }
        }
        return b.build();
    }
}
