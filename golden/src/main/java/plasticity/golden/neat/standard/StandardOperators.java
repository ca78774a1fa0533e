package plasticity.golden.neat.standard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleBiFunction;
import plasticity.golden.neat.ConnectionGene;
import plasticity.golden.neat.ConnectionKey;
import plasticity.golden.neat.Genome;
import plasticity.golden.neat.GenomeOperators;
import plasticity.golden.neat.Graphs;
import plasticity.golden.neat.InitialConnections;
import plasticity.golden.neat.NodeGene;
import plasticity.golden.neat.Rng;
import plasticity.golden.neat.config.GenomeConfig;

/**
 * The standard operator set: neat-python v0.92's {@code DefaultGenome} (neat/genome.py) and
 * gene classes (neat/genes.py) in double precision (docs/spec/neat.md, "Standard operators").
 * The random draws are made in neat-python's order, with genes iterated in ascending key order.
 *
 * <p>Holds one piece of state, as neat-python's genome config does: the node-key counter, which
 * starts at (largest node key of the first genome that asks) + 1 and is shared by all genomes of
 * the run, so two genomes that split the same connection get different new node keys.
 */
public final class StandardOperators implements GenomeOperators {

    private final GenomeConfig config;
    private int nextNodeKey = -1;

    public StandardOperators(GenomeConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public GenomeConfig config() {
        return config;
    }

    // ----- creation ------------------------------------------------------------------------------

    @Override
    public Genome createNew(int key, Rng rng) {
        SortedGenes g = new SortedGenes();
        for (int o : config.outputKeys()) {
            g.put(newNode(o, rng));
        }
        for (int i = 0; i < config.numHidden(); i++) {
            g.put(newNode(newNodeKey(g), rng));
        }
        switch (config.initialConnection()) {
            case UNCONNECTED -> { }
            case FS_NEAT_NOHIDDEN -> {
                int in = rng.choice(config.inputKeys());
                for (int o : config.outputKeys()) {
                    g.put(newConnection(in, o, rng));
                }
            }
            case FS_NEAT_HIDDEN -> {
                int in = rng.choice(config.inputKeys());
                for (int n : new ArrayList<>(g.nodeKeys())) {
                    g.put(newConnection(in, n, rng));
                }
            }
            case FULL_NODIRECT, FULL_DIRECT -> {
                for (ConnectionKey k : InitialConnections.full(config, g.nodeKeys(), config.initialConnection()
                        == plasticity.golden.neat.config.InitialConnection.FULL_DIRECT)) {
                    g.put(newConnection(k.in(), k.out(), rng));
                }
            }
            case PARTIAL_NODIRECT, PARTIAL_DIRECT -> {
                List<ConnectionKey> all = InitialConnections.full(config, g.nodeKeys(), config.initialConnection()
                        == plasticity.golden.neat.config.InitialConnection.PARTIAL_DIRECT);
                rng.shuffle(all);
                // Python's int(round(x)): half to even, as Math.rint.
                int count = (int) Math.rint(all.size() * config.connectionFraction());
                for (ConnectionKey k : all.subList(0, count)) {
                    g.put(newConnection(k.in(), k.out(), rng));
                }
            }
            default -> throw new AssertionError(config.initialConnection());
        }
        return g.build(key);
    }

    private int newNodeKey(SortedGenes g) {
        if (nextNodeKey < 0) {
            List<Integer> keys = g.nodeKeys();
            nextNodeKey = keys.isEmpty() ? 0 : keys.get(keys.size() - 1) + 1;
        }
        int k = nextNodeKey++;
        if (g.hasNode(k)) {
            throw new IllegalStateException("node key " + k + " is already used in this genome");
        }
        return k;
    }

    /** A node gene with initial attributes, drawn in gene order: bias, response, activation, aggregation. */
    private NodeGene newNode(int key, Rng rng) {
        double bias = Attributes.init(config.bias(), rng);
        double response = Attributes.init(config.response(), rng);
        var activation = Attributes.init(config.activation(), rng);
        var aggregation = Attributes.init(config.aggregation(), rng);
        return new NodeGene(key, bias, response, activation, aggregation);
    }

    /** A connection gene with initial attributes, drawn in gene order: weight, enabled. */
    private ConnectionGene newConnection(int in, int out, Rng rng) {
        double weight = Attributes.init(config.weight(), rng);
        boolean enabled = Attributes.init(config.enabled(), rng);
        return new ConnectionGene(new ConnectionKey(in, out), weight, enabled);
    }

    // ----- crossover -----------------------------------------------------------------------------

    @Override
    public Genome crossover(int childKey, Genome a, double fitnessA, Genome b, double fitnessB, Rng rng) {
        return crossoverGenes(a, fitnessA, b, fitnessB, rng).build(childKey);
    }

    /**
     * neat-python's crossover then mutation, as {@code mutate(crossover(...))} and with the same
     * draws in the same order, but on one working copy: the crossed-over genome is never built,
     * checked and copied only to be mutated.
     */
    @Override
    public Genome reproduce(int childKey, Genome a, double fitnessA, Genome b, double fitnessB, Rng rng) {
        SortedGenes child = crossoverGenes(a, fitnessA, b, fitnessB, rng);
        mutateGenes(child, rng);
        return child.build(childKey);
    }

    private SortedGenes crossoverGenes(Genome a, double fitnessA, Genome b, double fitnessB, Rng rng) {
        // v0.92: "if genome1.fitness > genome2.fitness" - ties make the second genome parent 1.
        Genome p1 = fitnessA > fitnessB ? a : b;
        Genome p2 = fitnessA > fitnessB ? b : a;
        // Parent 1's genes in ascending key order, each looked up in parent 2 by walking its
        // sorted list alongside (j only moves forward).
        List<ConnectionGene> connections = new ArrayList<>(p1.connectionGenes().size());
        List<ConnectionGene> others = p2.connectionGenes();
        int j = 0;
        for (ConnectionGene c1 : p1.connectionGenes()) {
            while (j < others.size() && others.get(j).key().compareTo(c1.key()) < 0) {
                j++;
            }
            if (j == others.size() || !others.get(j).key().equals(c1.key())) {
                connections.add(c1); // disjoint or excess: from the fitter parent only
            } else {
                ConnectionGene c2 = others.get(j);
                double w = rng.random() > 0.5 ? c1.weight() : c2.weight();
                boolean e = rng.random() > 0.5 ? c1.enabled() : c2.enabled();
                connections.add(new ConnectionGene(c1.key(), w, e));
            }
        }
        List<NodeGene> nodes = new ArrayList<>(p1.nodeGenes().size());
        List<NodeGene> otherNodes = p2.nodeGenes();
        j = 0;
        for (NodeGene n1 : p1.nodeGenes()) {
            while (j < otherNodes.size() && otherNodes.get(j).key() < n1.key()) {
                j++;
            }
            if (j == otherNodes.size() || otherNodes.get(j).key() != n1.key()) {
                nodes.add(n1);
            } else {
                NodeGene n2 = otherNodes.get(j);
                double bias = rng.random() > 0.5 ? n1.bias() : n2.bias();
                double response = rng.random() > 0.5 ? n1.response() : n2.response();
                var activation = rng.random() > 0.5 ? n1.activation() : n2.activation();
                var aggregation = rng.random() > 0.5 ? n1.aggregation() : n2.aggregation();
                nodes.add(new NodeGene(n1.key(), bias, response, activation, aggregation));
            }
        }
        return new SortedGenes(nodes, connections);
    }

    // ----- mutation ------------------------------------------------------------------------------

    @Override
    public Genome mutate(Genome genome, Rng rng) {
        SortedGenes g = new SortedGenes(genome.nodeGenes(), genome.connectionGenes());
        mutateGenes(g, rng);
        return g.build(genome.key());
    }

    private void mutateGenes(SortedGenes g, Rng rng) {
        if (config.singleStructuralMutation()) {
            double nodeAdd = config.nodeAddProb();
            double nodeDelete = config.nodeDeleteProb();
            double connAdd = config.connAddProb();
            double connDelete = config.connDeleteProb();
            double div = Math.max(1.0, nodeAdd + nodeDelete + connAdd + connDelete);
            double r = rng.random();
            if (r < nodeAdd / div) {
                addNode(g, rng);
            } else if (r < (nodeAdd + nodeDelete) / div) {
                deleteNode(g, rng);
            } else if (r < (nodeAdd + nodeDelete + connAdd) / div) {
                addConnection(g, rng);
            } else if (r < (nodeAdd + nodeDelete + connAdd + connDelete) / div) {
                deleteConnection(g, rng);
            }
        } else {
            if (rng.random() < config.nodeAddProb()) {
                addNode(g, rng);
            }
            if (rng.random() < config.nodeDeleteProb()) {
                deleteNode(g, rng);
            }
            if (rng.random() < config.connAddProb()) {
                addConnection(g, rng);
            }
            if (rng.random() < config.connDeleteProb()) {
                deleteConnection(g, rng);
            }
        }
        // Every gene is replaced where it stands, in ascending key order (the order of the draws).
        List<ConnectionGene> connections = g.connections();
        for (int i = 0; i < connections.size(); i++) {
            ConnectionGene c = connections.get(i);
            double w = Attributes.mutate(c.weight(), config.weight(), rng);
            boolean e = Attributes.mutate(c.enabled(), config.enabled(), rng);
            connections.set(i, new ConnectionGene(c.key(), w, e));
        }
        List<NodeGene> nodes = g.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            NodeGene n = nodes.get(i);
            double bias = Attributes.mutate(n.bias(), config.bias(), rng);
            double response = Attributes.mutate(n.response(), config.response(), rng);
            var activation = Attributes.mutate(n.activation(), config.activation(), rng);
            var aggregation = Attributes.mutate(n.aggregation(), config.aggregation(), rng);
            nodes.set(i, new NodeGene(n.key(), bias, response, activation, aggregation));
        }
    }

    /**
     * mutate_add_node: split a random connection; it is disabled, in->new gets weight 1.0 and
     * new->out the old weight, both enabled (their weights are drawn and then overwritten, as in
     * neat-python's add_connection). With no connection, add one instead if "surer".
     */
    void addNode(SortedGenes g, Rng rng) {
        if (g.connections().isEmpty()) {
            if (config.surer()) {
                addConnection(g, rng);
            }
            return;
        }
        ConnectionGene split = rng.choice(g.connections());
        int newKey = newNodeKey(g);
        g.put(newNode(newKey, rng));
        g.put(split.withEnabled(false));
        ConnectionKey k = split.key();
        ConnectionGene in = newConnection(k.in(), newKey, rng);
        g.put(new ConnectionGene(in.key(), 1.0, true));
        ConnectionGene out = newConnection(newKey, k.out(), rng);
        g.put(new ConnectionGene(out.key(), split.weight(), true));
    }

    /**
     * mutate_add_connection: out = choice(nodes), in = choice(nodes + inputs). No-op when the key
     * exists (re-enabled if "surer"), when both ends are outputs, or when feed-forward and it
     * would close a cycle (self-loops included).
     */
    void addConnection(SortedGenes g, Rng rng) {
        List<Integer> outputs = new ArrayList<>(g.nodeKeys());
        int out = rng.choice(outputs);
        List<Integer> inputs = new ArrayList<>(outputs);
        inputs.addAll(config.inputKeys());
        int in = rng.choice(inputs);
        ConnectionKey key = new ConnectionKey(in, out);
        ConnectionGene existing = g.connection(key);
        if (existing != null) {
            if (config.surer()) {
                g.put(existing.withEnabled(true));
            }
            return;
        }
        if (config.isOutput(in) && config.isOutput(out)) {
            return;
        }
        if (config.feedForward() && Graphs.createsCycle(g.connectionKeys(), key)) {
            return;
        }
        g.put(newConnection(in, out, rng));
    }

    /** mutate_delete_node: a random non-output node and every connection touching it. */
    void deleteNode(SortedGenes g, Rng rng) {
        List<Integer> available = new ArrayList<>();
        for (int k : g.nodeKeys()) {
            if (!config.isOutput(k)) {
                available.add(k);
            }
        }
        if (available.isEmpty()) {
            return;
        }
        int del = rng.choice(available);
        g.connections().removeIf(c -> c.key().in() == del || c.key().out() == del);
        g.removeNode(del);
    }

    /** mutate_delete_connection: a random connection, if any. */
    void deleteConnection(SortedGenes g, Rng rng) {
        if (!g.connections().isEmpty()) {
            // choice(list of connections) picks a position in the key-ordered list: remove that one.
            g.connections().remove(rng.randBelow(g.connections().size()));
        }
    }

    // ----- distance ------------------------------------------------------------------------------

    /**
     * DefaultGenome.distance: for nodes and connections separately, (c_w * sum of homologous gene
     * distances + c_d * disjoint-and-excess count) / larger gene count, then added. A node's gene
     * distance is |dbias| + |dresponse| + [activation differs] + [aggregation differs]; a
     * connection's is |dweight| + [enabled differs].
     *
     * <p>Both genomes' genes are walked together in ascending key order (a merge of two sorted
     * lists) instead of looking each gene up in the other genome's map: speciation calls this for
     * every genome against every species representative, and it dominated the generation time.
     * The homologous distances are summed in ascending key order, as before, so the result is
     * the same double.
     */
    @Override
    public double distance(Genome a, Genome b) {
        return genesDistance(a.nodeGenes(), b.nodeGenes(), NODE_ORDER, StandardOperators::nodeGeneDistance)
                + genesDistance(a.connectionGenes(), b.connectionGenes(), CONNECTION_ORDER,
                        StandardOperators::connectionGeneDistance);
    }

    private static final Comparator<NodeGene> NODE_ORDER = Comparator.comparingInt(NodeGene::key);
    private static final Comparator<ConnectionGene> CONNECTION_ORDER = Comparator.comparing(ConnectionGene::key);

    /** One half of the distance: (c_w * sum of homologous gene distances + c_d * disjoint) / larger count. */
    private <G> double genesDistance(List<G> a, List<G> b, Comparator<G> keyOrder, ToDoubleBiFunction<G, G> geneDistance) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0.0;
        }
        double cd = config.compatibilityDisjointCoefficient();
        double cw = config.compatibilityWeightCoefficient();
        int disjoint = 0;
        double homologous = 0.0;
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            int order = keyOrder.compare(a.get(i), b.get(j));
            if (order < 0) {
                disjoint++;
                i++;
            } else if (order > 0) {
                disjoint++;
                j++;
            } else {
                homologous += geneDistance.applyAsDouble(a.get(i), b.get(j)) * cw;
                i++;
                j++;
            }
        }
        disjoint += (a.size() - i) + (b.size() - j);
        return (homologous + cd * disjoint) / Math.max(a.size(), b.size());
    }

    /** |dbias| + |dresponse| + [activation differs] + [aggregation differs]. */
    private static double nodeGeneDistance(NodeGene n1, NodeGene n2) {
        double d = Math.abs(n1.bias() - n2.bias()) + Math.abs(n1.response() - n2.response());
        if (n1.activation() != n2.activation()) {
            d += 1.0;
        }
        if (n1.aggregation() != n2.aggregation()) {
            d += 1.0;
        }
        return d;
    }

    /** |dweight| + [enabled differs]. */
    private static double connectionGeneDistance(ConnectionGene c1, ConnectionGene c2) {
        double d = Math.abs(c1.weight() - c2.weight());
        if (c1.enabled() != c2.enabled()) {
            d += 1.0;
        }
        return d;
    }
}
