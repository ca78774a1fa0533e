package plasticity.golden.maeri;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import plasticity.golden.ClockedModel;
import plasticity.golden.bits.Bits;

/**
 * Cycle model of the MAERI fabric (docs/spec/maeri.md, "Fabric"): the front end
 * ({@link FrontEndModel}), the ART, the collection bus and the accumulation buffer.
 *
 * <p>The ART is a pipeline that moves only in <em>advancing</em> cycles (output {@code ready});
 * so it is modelled as the waves that entered it at the last advances, each reduced once with
 * {@link ArtModel} when it enters: a VN collected at level l shows on its lane while its wave is
 * {@code artLatency(l)} advances old. The bus puts the first rnBw pending lanes, in lane order, on
 * its lines and keeps a result left waiting, with its tag, in a register of its lane; the fabric
 * advances unless a waiting lane has a valid wave one stage behind it, so nothing is lost.
 */
public final class FabricModel implements ClockedModel<FabricInputs, FabricOutputs> {

    /** A product vector in the ART: its valid bit, and the result on each collection lane. */
    private record Wave(boolean valid, boolean[] laneValid, long[] laneSum) {
    }

    private final FabricConfig config;
    private final ArtTopology topology;
    private final FrontEndModel frontEnd;
    /** The waves of the last advances, age 1 first, at most the ART's longest latency. */
    private final List<Wave> history = new ArrayList<>();
    private final int[] laneLatency;
    /** Per lane, a result the bus captured because no line has taken it yet: valid, sum, tag. */
    private final boolean[] held;
    private final long[] heldSum;
    private final int[] heldTag;
    private boolean advanced;
    /** The wave bit of the products at the ART's inputs (register {@code wave_q}). */
    private boolean waveQ;
    private final long[] entry;
    private final boolean[] written;
    private ArtConfig lastArt;
    private final long[] multiplies;
    private final long[] adds;

    public FabricModel(FabricConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        topology = new ArtTopology(config.n());
        frontEnd = new FrontEndModel(config.frontEnd());
        int lanes = config.lanes();
        laneLatency = new int[lanes];
        for (int k = 0; k < lanes; k++) {
            laneLatency[k] = config.artLatency(k < config.n() - 1 ? levelOf(k) : topology.leafLevel());
        }
        held = new boolean[lanes];
        heldSum = new long[lanes];
        heldTag = new int[lanes];
        entry = new long[config.accDepth()];
        written = new boolean[config.accDepth()];
        multiplies = new long[config.n()];
        adds = new long[config.n() - 1];
    }

    public FabricConfig config() {
        return config;
    }

    /** Products computed by each multiplier switch (valid products that entered the ART). */
    public long[] multiplies() {
        return multiplies.clone();
    }

    /** Two-input additions done by each adder switch, by switch id (heap order), for valid waves. */
    public long[] adds() {
        return adds.clone();
    }

    /** Whether accumulation-buffer entry {@code e} holds a sum (written since its last clear or take). */
    public boolean entryWritten(int e) {
        return written[e];
    }

    /**
     * Whether nothing is in the ART or on the bus: no valid wave at the ART's inputs or in its
     * registers, no result waiting. Words still in the DN pipeline are not seen.
     */
    public boolean artEmpty() {
        if (waveQ) {
            return false;
        }
        for (Wave w : history) {
            if (w.valid()) {
                return false;
            }
        }
        return !anyValid(held);
    }

    @Override
    public FabricOutputs step(FabricInputs in) {
        Objects.requireNonNull(in, "inputs");
        check(in);
        int lanes = config.lanes();
        Wave entering = wave(in.art(), waveQ, frontEnd.outputs());

        // The collection lanes and what is pending on them: a result the bus holds, else one the
        // lane shows for the first time (after an advance). At most one: see incoming below.
        boolean[] pending = new boolean[lanes];
        long[] laneSum = new long[lanes];
        int[] laneTag = new int[lanes];
        boolean[] incoming = new boolean[lanes];
        for (int k = 0; k < lanes; k++) {
            int age = laneLatency[k];
            Wave w = age == 0 ? entering : age <= history.size() ? history.get(age - 1) : null;
            boolean valid = w != null && w.valid() && w.laneValid()[k];
            pending[k] = held[k] || (advanced && valid);
            laneSum[k] = held[k] ? heldSum[k] : valid ? w.laneSum()[k] : 0;
            laneTag[k] = held[k] ? heldTag[k] : in.tag(k);
            // Whether the next advance may bring the lane a result: a valid wave one stage behind
            // (any wave, collected there or not); a lane right at the ART's inputs cannot tell.
            incoming[k] = age == 0 || (age == 1 ? waveQ : age - 1 <= history.size() && history.get(age - 2).valid());
        }

        // The bus: the first rnBw pending lanes, in lane order, on lines 0, 1, ... A result left
        // waiting stays in the bus; the fabric holds still only if the next advance could bring its
        // lane another.
        int rnBw = config.rnBw();
        boolean[] lineValid = new boolean[rnBw];
        int[] lineVn = new int[rnBw];
        long[] lineSum = new long[rnBw];
        boolean[] granted = new boolean[lanes];
        boolean ready = true;
        int line = 0;
        for (int k = 0; k < lanes; k++) {
            if (!pending[k]) {
                continue;
            }
            if (line == rnBw) {
                ready &= !incoming[k];
            } else {
                lineValid[line] = true;
                lineVn[line] = laneTag[k];
                lineSum[line] = laneSum[k];
                granted[k] = true;
                line++;
            }
        }
        int[] addr = in.accAddr();
        long[] accData = new long[addr.length];
        boolean[] accWritten = new boolean[addr.length];
        for (int j = 0; j < addr.length; j++) {
            accData[j] = written[addr[j]] ? entry[addr[j]] : 0;
            accWritten[j] = written[addr[j]];
        }
        FabricOutputs out = new FabricOutputs(ready, lineValid, lineVn, lineSum, accData, accWritten);

        if (in.rst()) {
            frontEnd.step(new FrontEndInputs(true, in.roots(), in.ctl()));
            history.clear();
            Arrays.fill(held, false);
            advanced = false;
            waveQ = false;
            Arrays.fill(written, false);
            lastArt = in.art();
            return out;
        }
        checkConfigurationChange(in.art());
        for (int k = 0; k < lanes; k++) {
            held[k] = pending[k] && !granted[k];
            heldSum[k] = laneSum[k];
            heldTag[k] = laneTag[k];
        }
        boolean[] taken = new boolean[config.accDepth()];
        boolean[] take = in.accTake();
        for (int j = 0; j < take.length; j++) {
            taken[addr[j]] |= take[j] && ready; // a take, like the DN words, is taken when ready
        }
        accumulate(in.accClear(), taken, lineValid, lineVn, lineSum);
        if (ready) {
            FrontEndOutputs products = frontEnd.outputs();
            for (int i = 0; i < config.n(); i++) {
                multiplies[i] += products.valid(i) ? 1 : 0;
            }
            if (entering.valid()) {
                countAdds(in.art());
            }
            history.add(0, entering);
            while (history.size() > config.artLatency(0)) {
                history.remove(history.size() - 1);
            }
            frontEnd.step(new FrontEndInputs(false, in.roots(), in.ctl()));
            waveQ = in.wave();
        }
        advanced = ready;
        lastArt = in.art();
        return out;
    }

    /**
     * The wave at the ART's inputs: valid when its wave bit is, reduced with the configuration from
     * every product the MSs hold (those that did not fire for it included).
     */
    private Wave wave(ArtConfig art, boolean valid, FrontEndOutputs products) {
        int lanes = config.lanes();
        boolean[] laneValid = new boolean[lanes];
        long[] laneSum = new long[lanes];
        if (valid) {
            for (VnResult r : ArtModel.run(art, products.prod())) {
                int lane = CollectionLanes.of(config.n(), r);
                laneValid[lane] = true;
                laneSum[lane] = Bits.signExtend(r.sum(), config.acc()); // the adders wrap at ACC bits
            }
        }
        return new Wave(valid, laneValid, laneSum);
    }

    /**
     * Each valid line adds its sum into the entry its tag names; acc_clear starts every entry afresh,
     * a take the entries taken.
     */
    private void accumulate(boolean clear, boolean[] taken, boolean[] lineValid, int[] lineVn, long[] lineSum) {
        boolean[] hit = new boolean[config.accDepth()];
        long[] next = entry.clone();
        for (int line = 0; line < lineValid.length; line++) {
            if (!lineValid[line]) {
                continue;
            }
            int tag = lineVn[line];
            if (hit[tag]) {
                throw new IllegalStateException("two collection-bus lines carry tag " + tag
                        + " in one cycle: the lanes holding results must have distinct tags");
            }
            hit[tag] = true;
            long base = written[tag] && !clear && !taken[tag] ? entry[tag] : 0;
            next[tag] = Bits.signExtend(base + lineSum[line], config.bufW());
        }
        System.arraycopy(next, 0, entry, 0, entry.length);
        for (int e = 0; e < written.length; e++) {
            written[e] = (written[e] && !clear && !taken[e]) || hit[e];
        }
    }

    /**
     * The ART configuration may change only while no valid wave is in the ART (a result waiting on
     * the bus keeps the sum and tag it was captured with).
     */
    private void checkConfigurationChange(ArtConfig art) {
        if (lastArt == null || lastArt.equals(art)) {
            return;
        }
        for (int age = 1; age <= history.size(); age++) {
            if (history.get(age - 1).valid()) {
                throw new IllegalStateException("the ART configuration changed while a wave that entered "
                        + age + " advance(s) ago is still in the ART: hold cfg until artEmpty()");
            }
        }
    }

    private void countAdds(ArtConfig art) {
        for (int level = 0; level < topology.levels(); level++) {
            for (int index = 0; index < topology.width(level); index++) {
                adds[topology.id(level, index)] += addsOf(art.at(level, index), topology.linkOnRight(level, index));
            }
        }
    }

    /** Additions a switch does in one pass: on each port, one fewer than the inputs routed there. */
    static int addsOf(AdderSwitchConfig c, boolean linkOnRight) {
        int total = 0;
        for (Destination to : List.of(Destination.UP, Destination.LINK)) {
            total += Math.max(0, routed(c, to) - 1);
        }
        if (c.split()) {
            boolean linkCollected = c.link() == Destination.COLLECT;
            return total + (linkCollected ? 1 : 0); // the link value joins the near child's lane
        }
        return total + Math.max(0, routed(c, Destination.COLLECT) - 1);
    }

    private static int routed(AdderSwitchConfig c, Destination to) {
        return (c.left() == to ? 1 : 0) + (c.right() == to ? 1 : 0) + (c.link() == to ? 1 : 0);
    }

    private int levelOf(int switchId) {
        return 31 - Integer.numberOfLeadingZeros(switchId + 1);
    }

    private static boolean anyValid(boolean[] bits) {
        for (boolean b : bits) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    private void check(FabricInputs in) {
        if (in.art().layout().n() != config.n()) {
            throw new IllegalArgumentException("the ART configuration is for N = " + in.art().layout().n()
                    + ", the fabric has N = " + config.n());
        }
        if (in.tags().length != config.lanes()) {
            throw new IllegalArgumentException("the fabric has " + config.lanes()
                    + " collection lanes but the cycle gives " + in.tags().length + " tags");
        }
        for (int k = 0; k < config.lanes(); k++) {
            if (in.tag(k) < 0 || in.tag(k) >= config.accDepth()) {
                throw new IllegalArgumentException("lane " + k + " tag " + in.tag(k) + " is not an entry 0.."
                        + (config.accDepth() - 1));
            }
        }
        int[] addr = in.accAddr();
        if (addr.length != config.rnBw()) {
            throw new IllegalArgumentException("the fabric has " + config.rnBw() + " buffer read ports but the cycle"
                    + " gives " + addr.length + " addresses");
        }
        for (int j = 0; j < addr.length; j++) {
            if (addr[j] < 0 || addr[j] >= config.accDepth()) {
                throw new IllegalArgumentException("acc_rd_addr_" + j + " " + addr[j] + " is not an entry 0.."
                        + (config.accDepth() - 1));
            }
        }
    }
}
