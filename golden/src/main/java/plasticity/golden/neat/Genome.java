package plasticity.golden.neat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

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
 * <p>The genes are stored as two lists in ascending key order ({@link #nodeGenes()},
 * {@link #connectionGenes()}), with the enabled-connection count. The evolution loop only walks
 * these lists: speciation merges two genomes' lists (see {@code StandardOperators.distance}),
 * reproduction copies and edits them, the network reads them. The sorted-map views
 * {@link #nodes()} and {@link #connections()} are built the first time they are asked for, so
 * the thousands of genomes a run makes and drops never pay for two tree maps each.
 */
public final class Genome {

    private final int key;
    private final List<NodeGene> nodeGenes;
    private final List<ConnectionGene> connectionGenes;
    private final int enabledConnections;
    /*
     * Built on first use. Two threads may both build one (the same content), and the value is
     * published through the unmodifiable wrapper's final field, so no lock is needed.
     */
    private NavigableMap<Integer, NodeGene> nodes;
    private NavigableMap<ConnectionKey, ConnectionGene> connections;

    /** A genome of the genes in these maps (copied; each stored under its own key, checked). */
    public Genome(int key, NavigableMap<Integer, NodeGene> nodes,
            NavigableMap<ConnectionKey, ConnectionGene> connections) {
        this(key, sortedGenes(key, nodes, NodeGene::key), sortedGenes(key, connections, ConnectionGene::key));
    }

    /**
     * A genome of these genes, given in strictly ascending key order (checked); the lists are
     * copied.
     */
    public Genome(int key, List<NodeGene> nodeGenes, List<ConnectionGene> connectionGenes) {
        this.key = key;
        this.nodeGenes = List.copyOf(nodeGenes);
        this.connectionGenes = List.copyOf(connectionGenes);
        for (int i = 1; i < this.nodeGenes.size(); i++) {
            if (this.nodeGenes.get(i - 1).key() >= this.nodeGenes.get(i).key()) {
                throw new IllegalArgumentException("genome " + key + ": node genes not in strictly ascending key order: "
                        + this.nodeGenes.get(i - 1).key() + " before " + this.nodeGenes.get(i).key());
            }
        }
        int enabled = 0;
        ConnectionKey previous = null;
        for (ConnectionGene c : this.connectionGenes) {
            ConnectionKey k = c.key();
            if (previous != null && previous.compareTo(k) >= 0) {
                throw new IllegalArgumentException("genome " + key + ": connection genes not in strictly ascending "
                        + "key order: " + previous + " before " + k);
            }
            previous = k;
            if (!hasNode(k.out())) {
                throw new IllegalArgumentException("genome " + key + ": connection " + k
                        + " ends at node " + k.out() + ", which the genome does not have");
            }
            if (k.in() >= 0 && !hasNode(k.in())) {
                throw new IllegalArgumentException("genome " + key + ": connection " + k
                        + " starts at node " + k.in() + ", which the genome does not have");
            }
            if (c.enabled()) {
                enabled++;
            }
        }
        this.enabledConnections = enabled;
    }

    /** The same genes under another key: shares this genome's (immutable) lists and views. */
    private Genome(int key, Genome genes) {
        this.key = key;
        this.nodeGenes = genes.nodeGenes;
        this.connectionGenes = genes.connectionGenes;
        this.enabledConnections = genes.enabledConnections;
        this.nodes = genes.nodes;
        this.connections = genes.connections;
    }

    /** The values of a gene map in ascending key order, after checking that each sits under its own key. */
    private static <K extends Comparable<K>, G> List<G> sortedGenes(int genome, NavigableMap<K, G> genes,
            Function<G, K> keyOf) {
        TreeMap<K, G> ascending = new TreeMap<>(); // the natural order, whatever the map's comparator
        ascending.putAll(genes);
        for (Map.Entry<K, G> e : ascending.entrySet()) {
            if (!e.getKey().equals(keyOf.apply(e.getValue()))) {
                throw new IllegalArgumentException("genome " + genome + ": gene " + keyOf.apply(e.getValue())
                        + " is stored under key " + e.getKey());
            }
        }
        return new ArrayList<>(ascending.values());
    }

    private boolean hasNode(int nodeKey) {
        int lo = 0;
        int hi = nodeGenes.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int k = nodeGenes.get(mid).key();
            if (k == nodeKey) {
                return true;
            }
            if (k < nodeKey) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return false;
    }

    public int key() {
        return key;
    }

    /** Node genes by node key, ascending; unmodifiable. */
    public NavigableMap<Integer, NodeGene> nodes() {
        NavigableMap<Integer, NodeGene> view = nodes;
        if (view == null) {
            TreeMap<Integer, NodeGene> map = new TreeMap<>();
            for (NodeGene n : nodeGenes) {
                map.put(n.key(), n);
            }
            view = Collections.unmodifiableNavigableMap(map);
            nodes = view;
        }
        return view;
    }

    /** Connection genes by (in, out), ascending; unmodifiable. */
    public NavigableMap<ConnectionKey, ConnectionGene> connections() {
        NavigableMap<ConnectionKey, ConnectionGene> view = connections;
        if (view == null) {
            TreeMap<ConnectionKey, ConnectionGene> map = new TreeMap<>();
            for (ConnectionGene c : connectionGenes) {
                map.put(c.key(), c);
            }
            view = Collections.unmodifiableNavigableMap(map);
            connections = view;
        }
        return view;
    }

    /** The node genes in ascending key order (the values of {@link #nodes()}); unmodifiable. */
    public List<NodeGene> nodeGenes() {
        return nodeGenes;
    }

    /** The connection genes in ascending key order (the values of {@link #connections()}); unmodifiable. */
    public List<ConnectionGene> connectionGenes() {
        return connectionGenes;
    }

    /** The same genes under another genome key (an elite keeps its key; a copy gets a new one). */
    public Genome withKey(int newKey) {
        return new Genome(newKey, this);
    }

    /** neat-python's {@code size()}: node genes + enabled connection genes. */
    public int size() {
        return nodeGenes.size() + enabledConnections;
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
            if (!hasNode(o)) {
                throw new IllegalStateException("genome " + key + " lacks output node " + o);
            }
        }
        for (ConnectionGene c : connectionGenes) {
            ConnectionKey k = c.key();
            if (k.in() < -numInputs) {
                throw new IllegalStateException("genome " + key + ": connection " + k
                        + " starts at input pin " + k.in() + " but there are only " + numInputs);
            }
        }
        if (feedForward && Graphs.hasCycle(connectionGenes.stream().map(ConnectionGene::key).toList())) {
            throw new IllegalStateException("genome " + key + " is feed-forward but has a cycle");
        }
    }

    /** Equal key and equal genes (a value, as the record it used to be). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Genome g && key == g.key && nodeGenes.equals(g.nodeGenes)
                && connectionGenes.equals(g.connectionGenes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, nodeGenes, connectionGenes);
    }

    @Override
    public String toString() {
        return "Genome " + key + " nodes=" + nodeGenes + " connections=" + connectionGenes;
    }

    /** Mutable working copy for building a genome from maps (tests, files, hand-made genomes). */
    public static final class Builder {
        private final int key;
        private final TreeMap<Integer, NodeGene> nodes = new TreeMap<>();
        private final TreeMap<ConnectionKey, ConnectionGene> connections = new TreeMap<>();

        public Builder(int key) {
            this.key = key;
        }

        public Builder(Genome from) {
            this(from.key());
            from.nodeGenes().forEach(this::put);
            from.connectionGenes().forEach(this::put);
        }

        public int key() {
            return key;
        }

        /** The live node map, ascending keys. */
        public TreeMap<Integer, NodeGene> nodes() {
            return nodes;
        }

        /** The live connection map, ascending keys. */
        public TreeMap<ConnectionKey, ConnectionGene> connections() {
            return connections;
        }

        public Builder put(NodeGene n) {
            nodes.put(n.key(), Objects.requireNonNull(n));
            return this;
        }

        public Builder put(ConnectionGene c) {
            connections.put(c.key(), Objects.requireNonNull(c));
            return this;
        }

        public Genome build() {
            return new Genome(key, nodes, connections);
        }
    }
}
