package plasticity.golden.neat.standard;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import plasticity.golden.neat.ConnectionGene;
import plasticity.golden.neat.ConnectionKey;
import plasticity.golden.neat.Genome;
import plasticity.golden.neat.NodeGene;

/**
 * The standard operators' working copy of a genome: its node and connection genes as two lists in
 * ascending key order, edited in place, then turned into a {@link Genome} without any re-sorting.
 *
 * <p>Lists rather than {@link Genome.Builder}'s sorted maps because the operators mostly walk the
 * genes in order, replace them where they stand, and pick them by position ({@code choice} over
 * the genes in key order); building every child through two tree maps was the largest part of
 * reproduction's time. Lookups and insertions are binary searches.
 */
final class SortedGenes {

    private final List<NodeGene> nodes;
    private final List<ConnectionGene> connections;

    SortedGenes() {
        this.nodes = new ArrayList<>();
        this.connections = new ArrayList<>();
    }

    /** A working copy of these genes, each list in ascending key order. */
    SortedGenes(List<NodeGene> nodes, List<ConnectionGene> connections) {
        this.nodes = new ArrayList<>(nodes);
        this.connections = new ArrayList<>(connections);
    }

    /** The node genes, ascending key; set(i, gene) may replace a gene by one with the same key. */
    List<NodeGene> nodes() {
        return nodes;
    }

    /** The connection genes, ascending key; set(i, gene) may replace a gene by one with the same key. */
    List<ConnectionGene> connections() {
        return connections;
    }

    /** The node keys, ascending (a view). */
    List<Integer> nodeKeys() {
        return new AbstractList<>() {
            @Override
            public Integer get(int i) {
                return nodes.get(i).key();
            }

            @Override
            public int size() {
                return nodes.size();
            }
        };
    }

    /** The connection keys, ascending (a view). */
    List<ConnectionKey> connectionKeys() {
        return new AbstractList<>() {
            @Override
            public ConnectionKey get(int i) {
                return connections.get(i).key();
            }

            @Override
            public int size() {
                return connections.size();
            }
        };
    }

    boolean hasNode(int key) {
        return nodeIndex(key) >= 0;
    }

    /** The connection gene with this key, or null. */
    ConnectionGene connection(ConnectionKey key) {
        int i = connectionIndex(key);
        return i >= 0 ? connections.get(i) : null;
    }

    /** Adds the gene, or replaces the gene with its key. */
    void put(NodeGene n) {
        int i = nodeIndex(n.key());
        if (i >= 0) {
            nodes.set(i, n);
        } else {
            nodes.add(-i - 1, n);
        }
    }

    /** Adds the gene, or replaces the gene with its key. */
    void put(ConnectionGene c) {
        int i = connectionIndex(c.key());
        if (i >= 0) {
            connections.set(i, c);
        } else {
            connections.add(-i - 1, c);
        }
    }

    void removeNode(int key) {
        nodes.remove(nodeIndex(key));
    }

    void removeConnection(ConnectionKey key) {
        connections.remove(connectionIndex(key));
    }

    Genome build(int key) {
        return new Genome(key, nodes, connections);
    }

    /** As {@link Collections#binarySearch}: the index, or -(insertion point) - 1. */
    private int nodeIndex(int key) {
        return Collections.binarySearch(nodeKeys(), key);
    }

    private int connectionIndex(ConnectionKey key) {
        return Collections.binarySearch(connectionKeys(), key);
    }
}
