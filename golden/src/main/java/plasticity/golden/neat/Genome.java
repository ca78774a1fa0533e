package plasticity.golden.neat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A genome in neat-python v0.92's model (docs/spec/neat.md, "Genome"): node genes by node key,
 * connection genes by (in, out). Input pins are the keys -1..-numInputs and have no gene; outputs
 * are the nodes 0..numOutputs-1; hidden nodes have larger keys.
 *
 * <p>Immutable. Genes are kept in ascending key order, which is the order every operator iterates
 * them in (neat-python iterates dicts in insertion order; ascending order is the documented
 * replacement, and does not depend on a genome's history).
 *
 * <p>Invariants held by construction: each map key is its gene's key; every connection ends at a
 * node of this genome and starts at a node of this genome or at an input pin. Invariants that
 * need the configuration (outputs present, acyclic) are checked by {@link #check}.
 *
 * <p>Besides the two maps, a genome keeps its genes as lists in the same ascending order and its
 * enabled-connection count. They are derived once, at construction, because the evolution loop
 * reads them far more often than it makes genomes: speciation compares every genome with every
 * species representative (a merge of two sorted lists, see
 * {@code StandardOperators.distance}), and every generation reports the mean size.
 */
public final class Genome {

    private final int key;
    private final NavigableMap<Integer, NodeGene> nodes;
    private final NavigableMap<ConnectionKey, ConnectionGene> connections;
    private final List<NodeGene> nodeGenes;
    private final List<ConnectionGene> connectionGenes;
    private final int enabledConnections;

    /** A genome over copies of these maps; checks the invariants above. */
    public Genome(int key, NavigableMap<Integer, NodeGene> nodes,
            NavigableMap<ConnectionKey, ConnectionGene> connections) {
        this(key, new TreeMap<>(nodes), new TreeMap<>(connections));
    }

    /** Takes ownership of the two maps: nobody else may hold them. */
    private Genome(int key, TreeMap<Integer, NodeGene> nodes, TreeMap<ConnectionKey, ConnectionGene> connections) {
        this.key = key;
        this.nodes = Collections.unmodifiableNavigableMap(nodes);
        this.connections = Collections.unmodifiableNavigableMap(connections);
        List<NodeGene> nodeList = new ArrayList<>(nodes.size());
        for (Map.Entry<Integer, NodeGene> e : nodes.entrySet()) {
            if (e.getKey() != e.getValue().key()) {
                throw new IllegalArgumentException("genome " + key + ": node gene " + e.getValue().key()
                        + " is stored under key " + e.getKey());
            }
            nodeList.add(e.getValue());
        }
        List<ConnectionGene> connectionList = new ArrayList<>(connections.size());
        int enabled = 0;
        for (Map.Entry<ConnectionKey, ConnectionGene> e : connections.entrySet()) {
            ConnectionKey k = e.getKey();
            if (!k.equals(e.getValue().key())) {
                throw new IllegalArgumentException("genome " + key + ": connection gene "
                        + e.getValue().key() + " is stored under key " + k);
            }
            if (!nodes.containsKey(k.out())) {
                throw new IllegalArgumentException("genome " + key + ": connection " + k
                        + " ends at node " + k.out() + ", which the genome does not have");
            }
            if (k.in() >= 0 && !nodes.containsKey(k.in())) {
                throw new IllegalArgumentException("genome " + key + ": connection " + k
                        + " starts at node " + k.in() + ", which the genome does not have");
            }
            connectionList.add(e.getValue());
            if (e.getValue().enabled()) {
                enabled++;
            }
        }
        this.nodeGenes = Collections.unmodifiableList(nodeList);
        this.connectionGenes = Collections.unmodifiableList(connectionList);
        this.enabledConnections = enabled;
    }

    /** The same genes under another key: shares this genome's (immutable) maps and lists. */
    private Genome(int key, Genome genes) {
        this.key = key;
        this.nodes = genes.nodes;
        this.connections = genes.connections;
        this.nodeGenes = genes.nodeGenes;
        this.connectionGenes = genes.connectionGenes;
        this.enabledConnections = genes.enabledConnections;
    }

    public int key() {
        return key;
    }

    /** Node genes by node key, ascending; unmodifiable. */
    public NavigableMap<Integer, NodeGene> nodes() {
        return nodes;
    }

    /** Connection genes by (in, out), ascending; unmodifiable. */
    public NavigableMap<ConnectionKey, ConnectionGene> connections() {
        return connections;
    }

    /** The node genes in ascending key order (the values of {@link #nodes()}), random access. */
    public List<NodeGene> nodeGenes() {
        return nodeGenes;
    }

    /** The connection genes in ascending key order (the values of {@link #connections()}), random access. */
    public List<ConnectionGene> connectionGenes() {
        return connectionGenes;
    }

    /** The same genes under another genome key (an elite keeps its key; a copy gets a new one). */
    public Genome withKey(int newKey) {
        return new Genome(newKey, this);
    }

    /** neat-python's {@code size()}: node genes + enabled connection genes. */
    public int size() {
        return nodes.size() + enabledConnections;
    }

    public int enabledConnections() {
        return enabledConnections;
    }

    /**
     * Checks the invariants that depend on the configuration: every output node present, input
     * references within -1..-numInputs, and no cycle (through enabled or disabled connections, as
     * neat-python's {@code creates_cycle} counts both) when {@code feedForward}.
     *
     * @throws IllegalStateException naming the first violated invariant
     */
    public void check(int numInputs, int numOutputs, boolean feedForward) {
        for (int o = 0; o < numOutputs; o++) {
            if (!nodes.containsKey(o)) {
                throw new IllegalStateException("genome " + key + " lacks output node " + o);
            }
        }
        for (ConnectionKey k : connections.keySet()) {
            if (k.in() < -numInputs) {
                throw new IllegalStateException("genome " + key + ": connection " + k
                        + " starts at input pin " + k.in() + " but there are only " + numInputs);
            }
        }
        if (feedForward && Graphs.hasCycle(connections.keySet())) {
            throw new IllegalStateException("genome " + key + " is feed-forward but has a cycle");
        }
    }

    /** Equal key and equal genes (a value, as the record it used to be). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Genome g && key == g.key && nodes.equals(g.nodes) && connections.equals(g.connections);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, nodes, connections);
    }

    @Override
    public String toString() {
        return "Genome " + key + " nodes=" + nodes.values() + " connections=" + connections.values();
    }

    /**
     * Mutable working copy used by the operators while they build a genome. {@link #build()} hands
     * the builder's maps over to the genome instead of copying them (the operators build two
     * genomes per child, crossover then mutation, and the copies showed in the profile); the
     * builder is spent afterwards and refuses further use, so nothing can change the genome.
     */
    public static final class Builder {
        private final int key;
        private TreeMap<Integer, NodeGene> nodes = new TreeMap<>();
        private TreeMap<ConnectionKey, ConnectionGene> connections = new TreeMap<>();

        public Builder(int key) {
            this.key = key;
        }

        public Builder(Genome from) {
            this(from.key());
            nodes.putAll(from.nodes());
            connections.putAll(from.connections());
        }

        public int key() {
            return key;
        }

        /** The live node map, ascending keys. */
        public TreeMap<Integer, NodeGene> nodes() {
            checkNotBuilt();
            return nodes;
        }

        /** The live connection map, ascending keys. */
        public TreeMap<ConnectionKey, ConnectionGene> connections() {
            checkNotBuilt();
            return connections;
        }

        public Builder put(NodeGene n) {
            nodes().put(n.key(), Objects.requireNonNull(n));
            return this;
        }

        public Builder put(ConnectionGene c) {
            connections().put(c.key(), Objects.requireNonNull(c));
            return this;
        }

        /** The genome of the genes put so far (invariants checked); the builder is spent. */
        public Genome build() {
            checkNotBuilt();
            Genome g = new Genome(key, nodes, connections);
            nodes = null;
            connections = null;
            return g;
        }

        private void checkNotBuilt() {
            if (nodes == null) {
                throw new IllegalStateException("genome " + key + " is already built: a builder builds once");
            }
        }
    }
}
