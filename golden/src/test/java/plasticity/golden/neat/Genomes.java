package plasticity.golden.neat;

/** Hand-built genes for tests. */
final class Genomes {

    private Genomes() {
    }

    static NodeGene node(int key, double bias) {
        return new NodeGene(key, bias, 1.0, Activation.SIGMOID, Aggregation.SUM);
    }

    static ConnectionGene conn(int in, int out, double weight) {
        return new ConnectionGene(new ConnectionKey(in, out), weight, true);
    }
}
