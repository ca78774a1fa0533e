package plasticity.golden.maeri.mapper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import plasticity.golden.bits.Bits;
import plasticity.golden.maeri.AdderSwitchConfig;
import plasticity.golden.maeri.ArtCompiler;
import plasticity.golden.maeri.ArtConfig;
import plasticity.golden.maeri.ArtModel;
import plasticity.golden.maeri.VnResult;

/**
 * Runs a layer through the fabric's semantics, pass by pass and step by step (docs/spec/maeri.md,
 * "Layer runner"): weights into the multiplier switches, activations from the DN or, where the
 * mapping chains them, from the right neighbour's forwarding register (valid for one step only,
 * as the MS's {@code fwd_valid}), products reduced by {@link ArtModel} on the configuration
 * {@link ArtCompiler} compiles for the pass's VN list, and each VN's sum added into the
 * accumulation buffer (exact, checked against the ACC-bit range). It never adds a VN's products
 * itself, so the outputs are a product of the mapping; {@link Reference} checks them.
 *
 * <p>It also replays the cost model step by step: every step's distinct words per DN tree and
 * finished sums give its cycles, and their total must be the cost model's.
 */
public final class LayerRunner {

    private LayerRunner() {
    }

    /**
     * A run.
     *
     * @param outputs  {@code [k][x'][y']}, from the accumulation buffer
     * @param cost     the cost model's figures for the mapping
     * @param replayed the cycles of the steps as run, plus the tail: equal to cost.cycles()
     * @param activity what every switch did
     */
    public record Run(long[] outputs, Cost cost, long replayed, Activity activity) {
    }

    /**
     * Runs {@code layer} with {@code mapping} on inputs {@code [c][x][y]} and weights
     * {@code [k][c][r][s]} (pruned weights are skipped whatever their value).
     */
    public static Run run(Fabric fabric, Layer layer, Mapping mapping, long[] inputs,
            long[] weights) {
        ConvShape shape = layer.shape();
        require(inputs, (long) shape.c() * shape.x() * shape.y(), "inputs", fabric.w());
        require(weights, (long) shape.k() * shape.fanIn(), "weights", fabric.w());
        Taps taps = Taps.of(layer);
        Mapper.check(fabric, taps);
        Chunking ch = Chunking.of(fabric, taps, mapping);
        Mapper.checkFits(fabric, ch, mapping);
        Cost cost = CostModel.cost(fabric, ch, mapping);
        Execution run = new Execution(fabric, shape, mapping, ch, inputs, weights);
        PassLayout.forEachPass(ch, mapping, fabric.n(), run::pass);
        return new Run(run.outputs, cost, run.cycles + fabric.tail(), new Activity(run.msProducts,
                run.msLinked, run.dnWords, run.adderSteps, run.collected));
    }

    private static void require(long[] values, long length, String name, int w) {
        if (values.length != length) {
            throw new IllegalArgumentException(name + ": the layer needs " + length
                    + " values, got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (!Bits.fitsSigned(values[i], w)) {
                throw new IllegalArgumentException(name + "[" + i + "] = " + values[i]
                        + " is not a signed " + w + "-bit value");
            }
        }
    }

    /** The state of one run: the accumulation buffer, the counters, the cycles so far. */
    private static final class Execution {
        final Fabric fabric;
        final ConvShape shape;
        final Mapping m;
        final Chunking ch;
        /** The zero-padded input: a DN activation word is an index into it. */
        final long[] padded;
        final long[] weights;
        final long[] outputs;
        final long[] msProducts;
        final long[] msLinked;
        final long[] dnWords;
        /** Counts a pass's or a step's distinct words per DN tree, adding them to dnWords. */
        final PassPlan.Counter words;
        final long[] adderSteps;
        final Map<List<Integer>, ArtConfig> arts = new HashMap<>();
        final long limit;
        long collected;
        long cycles;

        Execution(Fabric fabric, ConvShape shape, Mapping m, Chunking ch, long[] inputs,
                long[] weights) {
            this.fabric = fabric;
            this.shape = shape;
            this.m = m;
            this.ch = ch;
            this.padded = shape.padded(inputs, 0);
            this.weights = weights;
            outputs = new long[shape.k() * shape.xo() * shape.yo()];
            msProducts = new long[fabric.n()];
            msLinked = new long[fabric.n()];
            dnWords = new long[fabric.dnBw()];
            words = new PassPlan.Counter(fabric, fabric.n());
            adderSteps = new long[fabric.n() - 1];
            limit = (1L << (fabric.acc() - 1)) - 1;
        }

        void pass(int[] chunks) {
            PassLayout p = new PassLayout(ch, m, chunks);
            PassPlan plan = new PassPlan(fabric, shape, m, p);
            ArtConfig art = arts.computeIfAbsent(p.vnSizes(),
                    sizes -> ArtCompiler.compile(fabric.n(), sizes));
            int n = fabric.n();
            long[] weight = new long[n];
            for (int i = 0; i < p.leaves; i++) {
                weight[i] = p.leafIdle[i] ? 0 : weights[(int) p.leafWeight[i]];
            }
            cycles += words.distinct(p.leafWeight, p.withTaps(), dnWords);
            // Idle leaves take one zero word (a tree's idle leaves share it): their products are
            // 0 for the pass, as they never fire again. Here an unfired leaf adds 0 anyway.
            cycles += words.distinct(new long[p.leaves], p.leafIdle, dnWords);
            boolean rows = m.axis() == Mapping.Axis.ROWS;
            int groups = rows ? (int) PassPlan.ceil(shape.xo(), m.replicas()) : shape.xo();
            int steps = rows ? shape.yo() : (int) PassPlan.ceil(shape.yo(), m.replicas());
            long[] fwd = new long[n + 1];
            boolean[] fwdValid = new boolean[n + 1];
            PassPlan.Row previous = null;
            for (int g = 0; g < groups; g++) {
                PassPlan.Row row = rows && g >= plan.fullRows ? plan.partial : plan.full;
                // A row of the kind just run follows it at once: its chains carry on, holding the
                // previous row's last words ("Carried chains"); any other row primes from scratch.
                int carry = row.carryAfter(previous);
                if (carry == 0) {
                    fwd = new long[n + 1];
                    fwdValid = new boolean[n + 1];
                }
                for (int t = row.links ? carry - row.priming : 0; t < steps; t++) {
                    step(p, art, row, weight, g, t, fwd, fwdValid);
                }
                previous = row;
            }
        }

        /** One step: which leaves fire and with what, the words it costs, the reduction. */
        private void step(PassLayout p, ArtConfig art, PassPlan.Row row, long[] weight, int g,
                int t, long[] fwd, boolean[] fwdValid) {
            int n = fabric.n();
            StepFeed feed = new StepFeed(shape, m, p, row, g, t, 0, fwdValid);
            long[] products = new long[n];
            long[] act = new long[n];
            for (int i = 0; i < p.leaves; i++) {
                if (feed.fromDn[i]) {
                    act[i] = padded[(int) feed.words[i]];
                } else if (feed.fromLink[i]) {
                    act[i] = fwd[i + 1];
                    msLinked[i]++;
                }
                if (feed.fired(i)) {
                    products[i] = weight[i] * act[i];
                    msProducts[i]++;
                }
            }
            for (int i = 1; i < p.leaves; i++) {
                if (feed.sends(i)) {
                    fwd[i] = act[i]; // fwd holds unless the MS fires with send
                }
            }
            feed.advance(fwdValid); // fwd_valid lasts one step
            long stepCycles = Math.max(Math.max(1, words.distinct(feed.words, feed.fromDn, dnWords)),
                    PassPlan.ceil(feed.activeVns, fabric.rnBw()));
            if (row.links && stepCycles != 1) {
                throw new IllegalStateException("a step with forwarding links takes "
                        + stepCycles + " cycles, but a link's value is valid for one cycle");
            }
            cycles += stepCycles;
            if (t < 0) {
                return; // priming: nothing is collected
            }
            List<VnResult> sums = ArtModel.run(art, products);
            for (VnResult r : sums) {
                int at = feed.vnOutput[r.vn()];
                if (at < 0) {
                    continue; // a replica past the edge of the output: its sum is not collected
                }
                outputs[at] += r.sum();
                if (Math.abs(r.sum()) > limit || Math.abs(outputs[at]) > limit) {
                    throw new IllegalStateException("a sum left the " + fabric.acc()
                            + "-bit accumulator range at output " + at);
                }
                collected++;
            }
            for (int id = 0; id < adderSteps.length; id++) {
                if (!art.switches().get(id).equals(AdderSwitchConfig.IDLE)) {
                    adderSteps[id]++;
                }
            }
        }
    }
}
