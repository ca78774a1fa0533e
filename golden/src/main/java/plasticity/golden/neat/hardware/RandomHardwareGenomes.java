package plasticity.golden.neat.hardware;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import plasticity.golden.neat.ConnectionGene;
import plasticity.golden.neat.ConnectionKey;
import plasticity.golden.neat.Genome;
import plasticity.golden.neat.NodeGene;

/**
 * Random hardware genomes for property tests and the EvE regressions: any feed-forward topology
 * whose output nodes have no outgoing connection (the hardware genome invariant,
 * docs/spec/gene-format.md), hidden keys anywhere in the key field, any attribute codes the
 * configuration allows.
 */
public final class RandomHardwareGenomes {

    private RandomHardwareGenomes() {}

    /**
     * A genome with up to {@code maxHidden} hidden nodes and {@code maxConnections} connections,
     * hidden keys in [num_outputs, KEY_MAX - 8).
     */
    public static Genome genome(SplittableRandom r, int key, EveConfig c, int maxHidden, int maxConnections) {
        return genome(r, key, c, maxHidden, maxConnections, c.numOutputs(), GeneFormat.KEY_MAX - 8);
    }

    /**
     * The same with hidden keys in [{@code lowKey}, {@code highKey}), which must hold
     * {@code maxHidden} keys and no output's: near KEY_MAX, new nodes run out of keys.
     */
    public static Genome genome(SplittableRandom r, int key, EveConfig c, int maxHidden, int maxConnections, int lowKey,
            int highKey) {
        if (lowKey < c.numOutputs() || highKey > GeneFormat.KEY_MAX + 1 || highKey - lowKey < maxHidden) {
            throw new IllegalArgumentException("hidden keys [" + lowKey + ", " + highKey + ") cannot hold " + maxHidden
                    + " hidden nodes above " + c.numOutputs() + " outputs");
        }
        Genome.Builder g = new Genome.Builder(key);
        List<Integer> hidden = new ArrayList<>();
        int hiddenCount = r.nextInt(maxHidden + 1);
        while (hidden.size() < hiddenCount) {
            int k = r.nextInt(lowKey, highKey);
            if (!hidden.contains(k)) {
                hidden.add(k);
            }
        }
        for (int o = 0; o < c.numOutputs(); o++) {
            g.put(node(r, o, c));
        }
        for (int h : hidden) {
            g.put(node(r, h, c));
        }
        // A random topological order: inputs, the hidden nodes shuffled, outputs last.
        Collections.shuffle(hidden, new java.util.Random(r.nextLong()));
        List<Integer> order = new ArrayList<>();
        for (int i = 1; i <= c.numInputs(); i++) {
            order.add(-i);
        }
        order.addAll(hidden);
        int firstOutput = order.size();
        for (int o = 0; o < c.numOutputs(); o++) {
            order.add(o);
        }
        int connections = r.nextInt(maxConnections + 1);
        for (int n = 0; n < connections; n++) {
            int a = r.nextInt(firstOutput);
            int b = r.nextInt(Math.max(a + 1, c.numInputs()), order.size());
            ConnectionKey k = new ConnectionKey(order.get(a), order.get(b));
            g.put(new ConnectionGene(k, weight(r, c), r.nextInt(8) != 0));
        }
        return g.build();
    }

    private static NodeGene node(SplittableRandom r, int key, EveConfig c) {
        return new NodeGene(key, AttributeCodes.value(r.nextInt(c.bias().min(), c.bias().max() + 1)),
                AttributeCodes.value(r.nextInt(c.response().min(), c.response().max() + 1)),
                AttributeCodes.activation(c.activation().options().get(r.nextInt(c.activation().options().size()))),
                AttributeCodes.aggregation(c.aggregation().options().get(r.nextInt(c.aggregation().options().size()))));
    }

    /**
     * A second parent that shares most genes with {@code p}, as two parents of one species do,
     * so that crossover sees matching genes, genes of either parent only, and attributes that
     * differ: each hidden node of {@code p} dropped with probability 1/6 (with its connections),
     * each connection dropped with probability 1/6, each gene's attributes drawn anew with
     * probability 1/2, and up to two hidden nodes of its own, each wired input -> node -> output
     * (so the result stays a hardware genome).
     */
    public static Genome relative(SplittableRandom r, Genome p, int key, EveConfig c) {
        Genome.Builder g = new Genome.Builder(key);
        for (NodeGene n : p.nodes().values()) {
            boolean hidden = n.key() >= c.numOutputs();
            if (hidden && r.nextInt(6) == 0) {
                continue;
            }
            g.put(r.nextBoolean() ? node(r, n.key(), c) : n);
        }
        for (ConnectionGene k : p.connections().values()) {
            boolean ends = (k.key().in() < 0 || g.nodes().containsKey(k.key().in())) && g.nodes().containsKey(k.key().out());
            if (!ends || r.nextInt(6) == 0) {
                continue;
            }
            g.put(r.nextBoolean() ? new ConnectionGene(k.key(), weight(r, c), r.nextInt(8) != 0) : k);
        }
        int extra = r.nextInt(3);
        for (int i = 0; i < extra; i++) {
            int h = r.nextInt(c.numOutputs(), GeneFormat.KEY_MAX + 1);
            if (p.nodes().containsKey(h) || g.nodes().containsKey(h)) {
                continue;
            }
            g.put(node(r, h, c));
            g.put(new ConnectionGene(new ConnectionKey(-1 - r.nextInt(c.numInputs()), h), weight(r, c), true));
            g.put(new ConnectionGene(new ConnectionKey(h, r.nextInt(c.numOutputs())), weight(r, c), true));
        }
        return g.build();
    }

    private static double weight(SplittableRandom r, EveConfig c) {
        return AttributeCodes.value(r.nextInt(c.weight().min(), c.weight().max() + 1));
    }

    /** The hardware genome invariant: feed-forward, and no connection leaves an output node. */
    public static void check(Genome g, int numInputs, int numOutputs) {
        g.check(numInputs, numOutputs, true);
        for (ConnectionKey k : g.connections().keySet()) {
            if (k.in() >= 0 && k.in() < numOutputs) {
                throw new IllegalStateException("genome " + g.key() + ": connection " + k + " leaves output node " + k.in());
            }
        }
    }
}
