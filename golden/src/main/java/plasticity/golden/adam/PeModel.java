package plasticity.golden.adam;

import java.util.OptionalLong;
import plasticity.golden.fixed.FixedArithmetic;

/**
 * One PE of the engine, cycle by cycle (docs/spec/adam.md, "A run" and "Pipeline"): its three
 * buffers, its control word, the issue rules, and the stages P, F1 and F2. {@link AdamModel}
 * calls {@link #clock} once per cycle of a run, after reading every output of the cycle.
 */
final class PeModel {
    static final int IDLE = 0;
    static final int RUNNING = 1;
    static final int DONE = 2;
    static final int ERROR = 3;

    /** A buffer word as stored: its fields, or null when it was malformed. */
    private record Stored<T>(T fields) {
    }

    /** A node on its way through the pipeline. */
    private record InFlight(AdamWords.Node node, long value) {
    }

    private final AdamConfig config;
    private final int row;
    private final int col;
    @SuppressWarnings("unchecked")
    private final Stored<AdamWords.Link>[] links;
    @SuppressWarnings("unchecked")
    private final Stored<AdamWords.Node>[] nodes;
    private final long[] values;
    private final boolean[] valueWritten;
    private final boolean[] valid;
    private Stored<AdamWords.Control> control;

    private int state;
    private int errors;
    private int nodePointer;
    private int linkPointer;
    private int position;

    /** Stage P: the registered product of a MAC ({@code first}, {@code last} of its node), or a zero node. */
    private boolean pValid;
    private boolean pFirst;
    private boolean pLast;
    private long pProduct;
    private AdamWords.Node pNode;
    private long acc;
    /** Stage F1 holds the node and its exact sum; F2 the node and its pre-activation. */
    private InFlight f1;
    private InFlight f2;

    /** MACs issued since the last start. */
    private long macs;

    @SuppressWarnings({"unchecked", "rawtypes"}) // arrays of a generic record
    PeModel(AdamConfig config, int row, int col) {
        this.config = config;
        this.row = row;
        this.col = col;
        this.links = new Stored[config.linkDepth()];
        this.nodes = new Stored[config.nodeDepth()];
        this.values = new long[config.valueDepth()];
        this.valueWritten = new boolean[config.valueDepth()];
        this.valid = new boolean[config.valueDepth()];
        reset();
    }

    /** The registers' reset values; buffers are memories and keep their words. */
    void reset() {
        control = new Stored<>(new AdamWords.Control(0, 0));
        state = IDLE;
        errors = 0;
        nodePointer = 0;
        linkPointer = 0;
        position = 0;
        pValid = false;
        f1 = null;
        f2 = null;
        java.util.Arrays.fill(valid, false);
    }

    void writeLink(int offset, long word) {
        links[offset] = new Stored<>(AdamWords.link(word, config).orElse(null));
    }

    void writeNode(int offset, long word) {
        nodes[offset] = new Stored<>(AdamWords.node(word, config).orElse(null));
    }

    void writeValue(int offset, long word) {
        values[offset] = (short) word;
        valueWritten[offset] = true;
    }

    void writeControl(long word) {
        control = new Stored<>(AdamWords.control(word, config).orElse(null));
    }

    /** The value buffer word at {@code offset} as the host reads it: 16 bits, zero-extended; empty if never written. */
    OptionalLong readValue(int offset) {
        return valueWritten[offset] ? OptionalLong.of(values[offset] & 0xFFFF) : OptionalLong.empty();
    }

    /** The PE's status word: [1:0] state, [4:2] error bits. */
    long status() {
        return state | (long) errors << 2;
    }

    /** The error bits in status position ([2] malformed, [3] order, [4] overflow). */
    int errorBits() {
        return errors << 2;
    }

    /** Done or in error, with no node in a stage. */
    boolean quiet() {
        return state != RUNNING && !pValid && f1 == null && f2 == null;
    }

    long macs() {
        return macs;
    }

    /** The start write: running from the next cycle, pointers at 0, the input slots valid. */
    void start() {
        state = RUNNING;
        errors = 0;
        nodePointer = 0;
        linkPointer = 0;
        position = 0;
        macs = 0;
        int inputs = control.fields() == null ? 0 : control.fields().inputCount();
        for (int s = 0; s < valid.length; s++) {
            valid[s] = s < inputs;
        }
    }

    /** One cycle of a run: issue from the current state, advance the stages, write back. */
    void clock() {
        // F2: the activation, written at the end of this cycle.
        InFlight written = f2;
        // F1 -> F2: the two roundings of FixedArithmetic.preActivation.
        InFlight nextF2 = f1 == null ? null : new InFlight(f1.node(), f1.node().zero() ? 0
                : FixedArithmetic.preActivationOfSum(f1.node().biasRaw(), f1.node().responseRaw(), f1.value()));
        // P -> F1 and the accumulator.
        InFlight nextF1 = null;
        if (pValid) {
            long sum = (pFirst ? 0 : acc) + pProduct;
            acc = sum;
            if (pLast) {
                nextF1 = new InFlight(pNode, sum);
            }
        }
        issue(); // sets the next P from the state before this cycle's write-back
        f1 = nextF1;
        f2 = nextF2;
        if (written != null) {
            AdamWords.Node n = written.node();
            values[n.dest()] = n.zero() ? 0 : AdamActivation.fromCode(n.activationCode()).apply(written.value());
            valueWritten[n.dest()] = true;
            valid[n.dest()] = true;
        }
    }

    /** The issue rules of a running PE, the first that applies; sets stage P for the next cycle. */
    private void issue() {
        boolean inFlightP = pValid && pLast;
        AdamWords.Node lastP = pNode;
        pValid = false;
        if (state != RUNNING) {
            return;
        }
        AdamWords.Control c = control.fields();
        if (c == null) {
            fail(AdamOutputs.MALFORMED);
            return;
        }
        if (nodePointer == c.nodeCount()) {
            state = DONE;
            return;
        }
        Stored<AdamWords.Node> nodeWord = nodes[nodePointer];
        requireWritten(nodeWord, "node", nodePointer);
        AdamWords.Node node = nodeWord.fields();
        if (node == null) {
            fail(AdamOutputs.MALFORMED);
            return;
        }
        if (node.zero()) {
            enterP(true, true, 0, node);
            nodePointer++;
            return;
        }
        if (linkPointer == config.linkDepth()) {
            fail(AdamOutputs.OVERFLOW);
            return;
        }
        Stored<AdamWords.Link> linkWord = links[linkPointer];
        requireWritten(linkWord, "link", linkPointer);
        AdamWords.Link link = linkWord.fields();
        if (link == null) {
            fail(AdamOutputs.MALFORMED);
            return;
        }
        int source = link.source();
        boolean inFlight = (inFlightP && lastP.dest() == source) || (f1 != null && f1.node().dest() == source)
                || (f2 != null && f2.node().dest() == source);
        if (inFlight) {
            return; // stall
        }
        if (!valid[source]) {
            fail(AdamOutputs.ORDER);
            return;
        }
        if (!valueWritten[source]) {
            throw new IllegalStateException("PE (" + row + ", " + col + ") reads input slot " + source
                    + ", which the host never wrote: the value buffer is not reset, so the RTL's is unknown");
        }
        boolean last = position == node.fanIn() - 1;
        enterP(position == 0, last, FixedArithmetic.multiply(link.weightRaw(), values[source]), node);
        macs++;
        linkPointer++;
        if (last) {
            nodePointer++;
            position = 0;
        } else {
            position++;
        }
    }

    private void enterP(boolean first, boolean last, long product, AdamWords.Node node) {
        pValid = true;
        pFirst = first;
        pLast = last;
        pProduct = product;
        pNode = node;
    }

    private void fail(int statusBit) {
        state = ERROR;
        errors = statusBit >> 2;
    }

    private void requireWritten(Stored<?> word, String buffer, int address) {
        if (word == null) {
            throw new IllegalStateException("PE (" + row + ", " + col + ") executes " + buffer + " word " + address
                    + ", which the host never wrote: the buffer is not reset, so the RTL's word is unknown");
        }
    }
}
