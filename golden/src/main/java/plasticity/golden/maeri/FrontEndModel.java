package plasticity.golden.maeri;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import plasticity.golden.ClockedModel;
import plasticity.golden.bits.Bits;

/**
 * Cycle model of MAERI's distribution network and multiplier switches (docs/spec/maeri.md,
 * "Distribution network" and "Multiplier switches").
 *
 * <p>The DN pipeline registers of a tree hold, per edge, the valid bit, kind, data and the rest of
 * the mask; since a switch only gates the valid bit by its mask half, the registers after level l
 * together hold exactly the root word of R - s cycles before (s = the registers still ahead), with
 * its valid bit. So each tree's pipeline is modelled as a delay line of R root words, and the word
 * leaving it is routed switch by switch ({@link DnRouting}) to its MSs.
 */
public final class FrontEndModel implements ClockedModel<FrontEndInputs, FrontEndOutputs> {

    private final FrontEndConfig config;
    /** Per tree, the R words in its pipeline, the oldest first. */
    private final List<Deque<DnWord>> pipeline = new ArrayList<>();
    private final long[] weight;
    private final long[] prod;
    private final boolean[] prodValid;
    private final long[] fwd;
    private final boolean[] fwdValid;

    public FrontEndModel(FrontEndConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        int n = config.n();
        weight = new long[n];
        prod = new long[n];
        prodValid = new boolean[n];
        fwd = new long[n];
        fwdValid = new boolean[n];
        for (int r = 0; r < config.dnBw(); r++) {
            pipeline.add(new ArrayDeque<>());
        }
        // Undefined in hardware until the first reset; the reset state keeps the model deterministic.
        reset();
    }

    public FrontEndConfig config() {
        return config;
    }

    /** The outputs of the current cycle, from the state alone (they do not depend on the inputs). */
    public FrontEndOutputs outputs() {
        return new FrontEndOutputs(prod, prodValid);
    }

    @Override
    public FrontEndOutputs step(FrontEndInputs in) {
        Objects.requireNonNull(in, "inputs");
        check(in);
        int n = config.n();
        int s = config.treeSize();
        FrontEndOutputs out = new FrontEndOutputs(prod, prodValid);

        // The words at the MS inputs this cycle: the pipelines' oldest, or the roots themselves.
        boolean[] dnValid = new boolean[n];
        DnKind[] dnKind = new DnKind[n];
        long[] dnData = new long[n];
        for (int r = 0; r < config.dnBw(); r++) {
            DnWord word = config.dnLatency() == 0 ? in.roots().get(r) : pipeline.get(r).peekFirst();
            boolean[] to = DnRouting.delivered(s, word.valid(), word.mask());
            for (int j = 0; j < s; j++) {
                dnValid[r * s + j] = to[j];
                dnKind[r * s + j] = word.kind();
                dnData[r * s + j] = word.data();
            }
        }

        long[] act = new long[n];
        boolean[] fire = new boolean[n];
        for (int i = 0; i < n; i++) {
            MsControl c = in.ctl().get(i);
            if (c.fromLink()) {
                boolean hasLink = i + 1 < n; // MS N-1 has no right neighbour
                act[i] = hasLink ? fwd[i + 1] : 0;
                fire[i] = hasLink && fwdValid[i + 1];
            } else {
                act[i] = dnData[i];
                fire[i] = dnValid[i] && dnKind[i] == DnKind.ACTIVATION;
            }
        }

        if (in.rst()) {
            reset();
            return out;
        }
        for (int i = 0; i < n; i++) {
            if (fire[i]) {
                // The full 2W-bit product fits ACC >= 2W bits: the sign extension is the long's own.
                prod[i] = weight[i] * act[i];
            }
            prodValid[i] = fire[i];
            boolean send = i > 0 && fire[i] && in.ctl().get(i).send(); // MS 0 has no left neighbour
            if (send) {
                fwd[i] = act[i];
            }
            fwdValid[i] = send;
            if (dnValid[i] && dnKind[i] == DnKind.WEIGHT) {
                weight[i] = dnData[i]; // after the product: it multiplied the weight held before
            }
        }
        if (config.dnLatency() > 0) {
            for (int r = 0; r < config.dnBw(); r++) {
                pipeline.get(r).pollFirst();
                pipeline.get(r).addLast(in.roots().get(r));
            }
        }
        return out;
    }

    private void reset() {
        java.util.Arrays.fill(weight, 0);
        java.util.Arrays.fill(prod, 0);
        java.util.Arrays.fill(prodValid, false);
        java.util.Arrays.fill(fwdValid, false);
        for (Deque<DnWord> line : pipeline) {
            line.clear();
            for (int k = 0; k < config.dnLatency(); k++) {
                line.addLast(DnWord.IDLE); // the pipeline valid bits reset to 0
            }
        }
    }

    private void check(FrontEndInputs in) {
        if (in.roots().size() != config.dnBw()) {
            throw new IllegalArgumentException("the front end has dnBw = " + config.dnBw()
                    + " root ports but the cycle gives " + in.roots().size() + " words");
        }
        if (in.ctl().size() != config.n()) {
            throw new IllegalArgumentException("the front end has N = " + config.n()
                    + " multiplier switches but the cycle gives " + in.ctl().size() + " control words");
        }
        for (int r = 0; r < config.dnBw(); r++) {
            DnWord word = in.roots().get(r);
            if (!Bits.fitsSigned(word.data(), config.w())) {
                throw new IllegalArgumentException("root " + r + " data " + word.data()
                        + " is not a signed " + config.w() + "-bit value");
            }
            if (word.mask().bitLength() > config.treeSize()) {
                throw new IllegalArgumentException("root " + r + " mask " + word.mask().toString(2)
                        + " has bits beyond the " + config.treeSize() + " MSs of its tree");
            }
        }
    }
}
