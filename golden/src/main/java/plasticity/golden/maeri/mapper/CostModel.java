package plasticity.golden.maeri.mapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cycles of a mapping (docs/spec/maeri.md, "Cost model"): every pass's weight load and
 * steps, plus the fabric's tail once. A dense layer's passes that hold the same chunks up to a
 * shift by whole channels, with the same filters in the same places, cost the same: they are
 * costed once.
 */
public final class CostModel {

    private CostModel() {
    }

    /** The cost of running {@code layer} with {@code mapping} on {@code fabric}. */
    public static Cost cost(Fabric fabric, Layer layer, Mapping mapping) {
        Taps taps = Taps.of(layer);
        Mapper.check(fabric, taps);
        Chunking ch = Chunking.of(fabric, taps, mapping);
        Mapper.checkFits(fabric, ch, mapping);
        return cost(fabric, ch, mapping);
    }

    static Cost cost(Fabric fabric, Chunking ch, Mapping m) {
        return cost(fabric, ch, m, Long.MAX_VALUE);
    }

    /** Thrown to stop costing a mapping that can no longer come in under the limit. */
    private static final class OverLimit extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OverLimit() {
            super(null, null, false, false);
        }
    }

    /**
     * The cost, or null once the cycles so far plus a lower bound on the passes still to come
     * exceed {@code limit} (the mapping cannot then cost {@code limit} or less).
     */
    static Cost cost(Fabric fabric, Chunking ch, Mapping m, long limit) {
        ConvShape shape = ch.taps.shape;
        long stepsPerPass = m.axis() == Mapping.Axis.ROWS
                ? PassPlan.ceil(shape.xo(), m.replicas()) * shape.yo()
                : shape.xo() * PassPlan.ceil(shape.yo(), m.replicas());
        long[] left = {ch.chunks, ch.taps.total()}; // chunks and taps not yet in a pass
        Map<List<Integer>, PassPlan> memo = new HashMap<>();
        // A dense layer cut in order repeats its passes; packed chains are passes of their own.
        boolean denseCut = ch.taps.dense && ch.passes == null;
        // cycles, passes, steps, priming, weight words, activation words, collected, macs, rows
        long[] t = new long[9];
        long[] linkedRows = new long[1];
        PassLayout.PassRun add = (chunks, times) -> {
            PassPlan plan = denseCut
                    ? memo.computeIfAbsent(signature(ch, chunks),
                            key -> new PassPlan(fabric, shape, m, new PassLayout(ch, m, chunks)))
                    : new PassPlan(fabric, shape, m, new PassLayout(ch, m, chunks));
            t[0] += times * plan.cycles();
            t[1] += times;
            t[2] += times * (plan.sum(r -> r.steps) - plan.carried());
            t[3] += times * (plan.sum(r -> r.priming) - plan.carried());
            t[4] += times * plan.weightWords;
            t[5] += times * (plan.sum(r -> r.activationWords) - plan.carriedWords() + plan.zeroWords);
            t[6] += times * plan.sum(r -> r.collected);
            t[7] += times * plan.sum(r -> r.products);
            t[8] += times * plan.rows();
            linkedRows[0] += times * plan.sum(r -> r.links ? 1 : 0);
            if (limit != Long.MAX_VALUE) {
                left[0] -= times * (chunks.length / 2);
                for (int j = 0; j < chunks.length; j += 2) {
                    left[1] -= times * ch.size(chunks[j], chunks[j + 1]);
                }
                long passesLeft = Math.max(PassPlan.ceil(left[0], m.perPass()),
                        PassPlan.ceil(left[1] * m.replicas(), fabric.n()));
                if (t[0] + passesLeft * stepsPerPass + fabric.tail() > limit) {
                    throw new OverLimit();
                }
            }
        };
        try {
            if (denseCut) {
                PassLayout.forEachDensePass(ch, m, fabric.n(), add);
            } else {
                PassLayout.forEachPass(ch, m, fabric.n(), chunks -> add.accept(chunks, 1));
            }
        } catch (OverLimit e) {
            return null;
        }
        return new Cost(fabric, t[0] + fabric.tail(), t[1], t[2], t[3], t[4], t[5], t[6], t[7],
                t[8], linkedRows[0]);
    }

    /**
     * What a dense pass's cost depends on: per chunk, its first tap shifted to the pass's first
     * channel, its size, and which of the pass's filters it belongs to.
     */
    private static List<Integer> signature(Chunking ch, int[] chunks) {
        ConvShape shape = ch.taps.shape;
        int perChannel = shape.r() * shape.s();
        int firstChannel = Integer.MAX_VALUE;
        for (int j = 0; j < chunks.length; j += 2) {
            firstChannel = Math.min(firstChannel, ch.tap(chunks[j], chunks[j + 1], 0) / perChannel);
        }
        List<Integer> sig = new ArrayList<>(chunks.length / 2 * 3);
        Map<Integer, Integer> filters = new HashMap<>();
        for (int j = 0; j < chunks.length; j += 2) {
            int k = chunks[j];
            int f = chunks[j + 1];
            int local = filters.computeIfAbsent(k, key -> filters.size());
            sig.add(ch.tap(k, f, 0) - firstChannel * perChannel);
            sig.add(ch.size(k, f));
            sig.add(local);
        }
        return sig;
    }
}
