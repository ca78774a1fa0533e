package plasticity.golden.neat.hardware;

import java.util.Arrays;
import plasticity.golden.prng.SplitMix64;
import plasticity.golden.prng.Xorwow;
import plasticity.golden.prng.XorwowState;

/**
 * What one EvE PE computes for one child (docs/spec/eve.md): crossover, perturbation,
 * delete-gene and add-gene on two parent streams, one aligner step at a time, with its own
 * xorwow. This is the hardware operator set's specification; the EvE cycle model drives the same
 * steps in the PE's pipeline order.
 *
 * <p>Use: {@link #nodeStep} for every aligner step of the node phase, then
 * {@link #connectionStep} for every step of the connection phase, then {@link #finish}; or
 * {@link #breed} for a whole child. A {@link GeneSink} given to the constructor hears of every
 * child gene in the order the steps make it.
 */
public final class Breeder {

    /** Entries of the deleted-node list: at most this many hidden nodes are deleted per child. */
    public static final int DELETE_LIST = 8;
    /** Entries of the pending buffer (docs/spec/eve.md, "Pending buffer"). */
    public static final int PENDING_BUFFER = PendingGenes.CAPACITY;

    private final EveConfig config;
    private final ChildSettings child;
    private final Xorwow prng;
    private final GeneSink sink;
    private final Draws d = new Draws();
    private final int[] deleted = new int[DELETE_LIST];
    private int deletedCount;
    private final PendingGenes pending = new PendingGenes();
    private int maxNodeKey = -1;
    private final GeneList nodes = new GeneList();
    private final GeneList newNodes = new GeneList();
    private final GeneList connections = new GeneList();
    private boolean finished;

    public Breeder(EveConfig config, ChildSettings child) {
        this(config, child, SplitMix64.xorwowState(Integer.toUnsignedLong(child.seed())), GeneSink.NONE);
    }

    /**
     * A breeder whose xorwow starts from {@code prngState} (the state before the first word, as
     * the host writes it into the PE) instead of the expansion of {@code child.seed()}, which is
     * then not used; {@code sink} hears of every child gene as it is made.
     */
    public Breeder(EveConfig config, ChildSettings child, XorwowState prngState, GeneSink sink) {
        this.config = config;
        this.child = child;
        this.prng = new Xorwow(prngState);
        this.sink = sink;
    }

    /** Breeds one child from its parents' gene streams, fitter parent first. */
    public static long[] breed(EveConfig config, ChildSettings child, long[] parent1, long[] parent2) {
        return new Breeder(config, child).breed(parent1, parent2);
    }

    /** Runs every step of both phases over the parents' gene streams, then {@link #finish}. */
    public long[] breed(long[] parent1, long[] parent2) {
        int n1 = nodeCount(parent1);
        int n2 = nodeCount(parent2);
        align(parent1, 0, n1, parent2, 0, n2, this, true);
        align(parent1, n1, parent1.length, parent2, n2, parent2.length, this, false);
        return finish();
    }

    private static void align(long[] p1, int i1, int end1, long[] p2, int i2, int end2, Breeder b, boolean nodePhase) {
        while (i1 < end1 || i2 < end2) {
            boolean has1 = i1 < end1;
            boolean has2 = i2 < end2;
            long g1 = has1 ? p1[i1] : 0;
            long g2 = has2 ? p2[i2] : 0;
            Alignment a = Alignment.of(has1, g1, has2, g2);
            if (nodePhase) {
                b.nodeStep(a, g1, g2);
            } else {
                b.connectionStep(a, g1, g2);
            }
            if (a != Alignment.SECOND_ONLY) {
                i1++;
            }
            if (a != Alignment.FIRST_ONLY) {
                i2++;
            }
        }
    }

    /** The number of node genes at the head of a genome stream. */
    public static int nodeCount(long[] genome) {
        int n = 0;
        while (n < genome.length && !GeneFormat.isConnection(genome[n])) {
            n++;
        }
        return n;
    }

    // ----- node phase ------------------------------------------------------------------------------

    /** One aligner step of the node phase: g1 from the fitter parent, g2 from the other. */
    public void nodeStep(Alignment a, long g1, long g2) {
        d.next(prng);
        if (a == Alignment.SECOND_ONLY) {
            return;
        }
        long g = crossover(a, g1, g2, 4);
        g = mutateFloat(g, 1, config.bias(), 1);
        g = mutateFloat(g, 2, config.response(), 4);
        g = mutateChoice(g, 3, config.activation(), 7);
        g = mutateChoice(g, 4, config.aggregation(), 9);
        int key = GeneFormat.keyA(g);
        maxNodeKey = Math.max(maxNodeKey, key);
        boolean hidden = !GeneFormat.isOutput(g);
        int r = d.u16();
        if (r < child.nodeDelete()) {
            if (hidden && deletedCount < DELETE_LIST) {
                deleted[deletedCount++] = key;
                return;
            }
        } else if (r < child.nodeDelete() + child.connAdd()) {
            addConnectionAt(key, hidden);
        }
        nodes.add(g);
        sink.keptNode(g);
    }

    /**
     * Add-connection at node {@code key}: from a random input pin into it, or, for a hidden node
     * when the direction bit says so, from it to a random output. Neither can close a cycle:
     * input pins have no incoming connections, and outputs have no outgoing ones (no operator
     * ever creates one), which keeps every child feed-forward without a graph search.
     */
    private void addConnectionAt(int key, boolean hidden) {
        int in;
        int out;
        if (hidden && d.bit(0, 4)) {
            in = key;
            out = Draws.pick(d.u8(11), config.numOutputs());
        } else {
            in = -1 - Draws.pick(d.u8(11), config.numInputs());
            out = key;
        }
        FloatCodes w = config.weight();
        int weight = w.around(w.initMean(), d.s8(14), d.s8(15), w.initSpread());
        pending.insert(GeneFormat.connection(child.genomeId(), in, out, weight, config.newConnectionEnabled(d.bit(0, 5))));
    }

    // ----- connection phase ------------------------------------------------------------------------

    /** One aligner step of the connection phase. */
    public void connectionStep(Alignment a, long g1, long g2) {
        d.next(prng);
        if (a == Alignment.SECOND_ONLY) {
            return;
        }
        long g = crossover(a, g1, g2, 2);
        g = mutateFloat(g, 1, config.weight(), 1);
        g = mutateEnabled(g);
        pending.flushBelow(GeneFormat.sortKey(g), this::merge);
        int in = GeneFormat.keyA(g);
        int out = GeneFormat.keyB(g);
        if (isDeleted(in) || isDeleted(out)) {
            return; // it would dangle: its node was deleted in the node phase
        }
        int r = d.u16();
        if (r < child.connDelete()) {
            return;
        }
        if (r < child.connDelete() + child.nodeAdd()) {
            g = splitWithNewNode(g, in, out);
        }
        connections.add(g);
        sink.connection(g);
    }

    /** A pending gene enters the connection stream. */
    private void merge(long gene) {
        connections.add(gene);
        sink.mergedPending(gene);
    }

    /**
     * Add-node, neat-python's way: the connection in->out is disabled; a new hidden node n gets
     * in->n with weight 1 and n->out with the old weight. n is one above the fitter parent's
     * largest node key (plus one per node already added to this child), unique in the child. Not
     * done when n would not fit the key field or the pending buffer lacks two free entries.
     */
    private long splitWithNewNode(long g, int in, int out) {
        int n = maxNodeKey + 1 + newNodes.size();
        if (n > GeneFormat.KEY_MAX || pending.free() < 2) {
            return g;
        }
        FloatCodes bias = config.bias();
        FloatCodes response = config.response();
        long node = GeneFormat.node(child.genomeId(), n, false,
                bias.around(bias.initMean(), d.s8(5), d.s8(6), bias.initSpread()),
                response.around(response.initMean(), d.s8(9), d.s8(10), response.initSpread()),
                config.activation().initial(d.u8(7)), config.aggregation().initial(d.u8(8)));
        newNodes.add(node);
        sink.newNode(node);
        pending.insert(GeneFormat.connection(child.genomeId(), in, n, config.weight().clamp(AttributeCodes.SCALE), true));
        pending.insert(GeneFormat.connection(child.genomeId(), n, out, (byte) GeneFormat.attribute(g, 1), true));
        return GeneFormat.withAttribute(g, 2, 0);
    }

    /** Ends the pass: pending connections flushed; the child stream (nodes, new nodes, connections). */
    public long[] finish() {
        if (!finished) {
            pending.flushAll(this::merge);
            finished = true;
        }
        long[] out = new long[nodes.size() + newNodes.size() + connections.size()];
        nodes.copyTo(out, 0);
        newNodes.copyTo(out, nodes.size());
        connections.copyTo(out, nodes.size() + newNodes.size());
        return out;
    }

    // ----- per-gene attribute operators --------------------------------------------------------------

    /**
     * Crossover of attribute bytes 1..count: on a matching gene, bit i-1 of b0 picks parent 1's
     * byte i when set, parent 2's when clear; a gene of the fitter parent only is copied. The key
     * fields come from parent 1, the genome id is the child's.
     */
    private long crossover(Alignment a, long g1, long g2, int count) {
        long g = GeneFormat.withGenomeId(g1, child.genomeId());
        if (a == Alignment.MATCH) {
            for (int i = 1; i <= count; i++) {
                if (!d.bit(0, i - 1)) {
                    g = GeneFormat.withAttribute(g, i, GeneFormat.attribute(g2, i));
                }
            }
        }
        return g;
    }

    /**
     * Float attribute i with its event byte at {@code at} and its two value bytes after it: one
     * 8-bit draw r; r < mutate rate perturbs (old + triangle), else r < mutate + replace rate
     * replaces (init mean + triangle); the result is clamped.
     */
    private long mutateFloat(long g, int i, FloatCodes c, int at) {
        int r = d.u8(at);
        int old = (byte) GeneFormat.attribute(g, i);
        if (r < c.mutateRate()) {
            return GeneFormat.withAttribute(g, i, c.around(old, d.s8(at + 1), d.s8(at + 2), c.power()));
        }
        if (r < c.mutateRate() + c.replaceRate()) {
            return GeneFormat.withAttribute(g, i, c.around(c.initMean(), d.s8(at + 1), d.s8(at + 2), c.initSpread()));
        }
        return g;
    }

    /** Choice attribute i: event byte at {@code at}, pick byte after it. */
    private long mutateChoice(long g, int i, ChoiceCodes c, int at) {
        if (d.u8(at) < c.mutateRate()) {
            return GeneFormat.withAttribute(g, i, c.pick(d.u8(at + 1)));
        }
        return g;
    }

    /** Enabled flag: event byte b4; a mutation sets the flag to bit 2 of b0 (a fair coin). */
    private long mutateEnabled(long g) {
        if (d.u8(4) < config.enabledMutateRate()) {
            return GeneFormat.withAttribute(g, 2, d.bit(0, 2) ? 1 : 0);
        }
        return g;
    }

    private boolean isDeleted(int key) {
        for (int i = 0; i < deletedCount; i++) {
            if (deleted[i] == key) {
                return true;
            }
        }
        return false;
    }

    /** A growable list of genes. */
    private static final class GeneList {
        private long[] genes = new long[16];
        private int size;

        void add(long g) {
            if (size == genes.length) {
                genes = Arrays.copyOf(genes, size * 2);
            }
            genes[size++] = g;
        }

        int size() {
            return size;
        }

        void copyTo(long[] out, int at) {
            System.arraycopy(genes, 0, out, at, size);
        }
    }
}
