package plasticity.golden.adam;

import plasticity.golden.neat.Activation;
import plasticity.golden.neat.Aggregation;
import plasticity.golden.neat.ConnectionGene;
import plasticity.golden.neat.ConnectionKey;
import plasticity.golden.neat.Genome;
import plasticity.golden.neat.NodeGene;

/** Hand-built genomes for the ADAM tests. */
final class TestGenomes {
    private TestGenomes() {}

    static NodeGene node(int key, double bias, double response, Activation activation) {
        return new NodeGene(key, bias, response, activation, Aggregation.SUM);
    }

    static ConnectionGene link(int in, int out, double weight) {
        return new ConnectionGene(new ConnectionKey(in, out), weight, true);
    }

    static ConnectionGene disabled(int in, int out, double weight) {
        return new ConnectionGene(new ConnectionKey(in, out), weight, false);
    }

    static Genome genome(Object... genes) {
        Genome.Builder b = new Genome.Builder(1);
        for (Object g : genes) {
            if (g instanceof NodeGene n) {
                b.put(n);
            } else {
                b.put((ConnectionGene) g);
            }
        }
        return b.build();
    }
}
