package plasticity.golden.maeri.mapper;

import java.util.function.IntUnaryOperator;

/**
 * Which leaves fire in one step of a pass and where each takes its activation from
 * (docs/spec/maeri.md, "Passes and steps", "Forwarding links"): the one statement of it that the
 * layer runner (which turns it into values) and the program compiler (which turns it into ISSUE
 * rows) share.
 *
 * <p>Steps before {@code start} prime the row's chains: a chain head whose chain reaches that far
 * takes the word its chain will need, chain members fire from their links, no VN is active. From
 * {@code start} on, every leaf of an active VN fires, from the DN or, when linked in this row,
 * from its right neighbour's link, which must have been sent the step before.
 */
final class StepFeed {

    /**
     * Per VN, the output it computes this step ({@code [k][x'][y']}), or -1 when it computes none:
     * a priming step, or a replica past the output's edge.
     */
    final int[] vnOutput;
    final int activeVns;
    /** Leaves that take a DN word this step, and the word: an index of the zero-padded input. */
    final boolean[] fromDn;
    final long[] words;
    /** Leaves that take their right neighbour's activation over the link. */
    final boolean[] fromLink;
    private final boolean links;
    private final boolean[] linked;

    /**
     * @param row      the pass's row kind being run
     * @param g        the row group
     * @param t        the step (priming steps are those below {@code start})
     * @param start    the first step that computes outputs
     * @param fwdValid per leaf i, whether leaf i sent its activation to leaf i - 1 in the step
     *                 before (read at i + 1; at least {@code leaves + 1} long)
     */
    StepFeed(ConvShape shape, Mapping m, PassLayout p, PassPlan.Row row, int g, int t, int start,
            boolean[] fwdValid) {
        boolean rows = m.axis() == Mapping.Axis.ROWS;
        links = row.links;
        linked = row.linked;
        // Replica rep's output this step: (g R + rep, t) along rows, (g, t R + rep) along columns.
        IntUnaryOperator xoOf = rep -> rows ? g * m.replicas() + rep : g;
        IntUnaryOperator yoOf = rep -> rows ? t : t * m.replicas() + rep;
        vnOutput = new int[p.vns()];
        int active = 0;
        for (int v = 0; v < p.vns(); v++) {
            int xo = xoOf.applyAsInt(p.vnRep[v]);
            int yo = yoOf.applyAsInt(p.vnRep[v]);
            boolean computes = t >= start && xo < shape.xo() && yo < shape.yo();
            vnOutput[v] = computes ? shape.outputIndex(p.vnFilter[v], xo, yo) : -1;
            active += computes ? 1 : 0;
        }
        activeVns = active;
        fromDn = new boolean[p.leaves];
        fromLink = new boolean[p.leaves];
        words = new long[p.leaves];
        for (int i = 0; i < p.leaves; i++) {
            boolean receives = row.links && row.linked[i];
            boolean linkValid = fwdValid[i + 1];
            if (t < start) {
                fromDn[i] = !receives && row.members[i] >= start - t && p.leafRep[i] < row.activeReps;
                fromLink[i] = receives && linkValid;
            } else if (vnOutput[p.leafVn[i]] >= 0 && !p.leafIdle[i]) {
                if (receives && !linkValid) {
                    throw new IllegalStateException("leaf " + i + " is to take its activation from leaf "
                            + (i + 1) + ", which did not send one the step before (row group " + g
                            + ", step " + t + ")");
                }
                fromDn[i] = !receives;
                fromLink[i] = receives;
            }
            if (fromDn[i]) {
                words[i] = shape.tapWord(p.leafTap[i], xoOf.applyAsInt(p.leafRep[i]),
                        yoOf.applyAsInt(p.leafRep[i]));
            }
        }
    }

    /** Whether leaf i fires this step. */
    boolean fired(int i) {
        return fromDn[i] || fromLink[i];
    }

    /** Whether leaf i sends the activation it uses to leaf i - 1 (valid there the next step). */
    boolean sends(int i) {
        return i > 0 && fired(i) && links && linked[i - 1];
    }

    /** The links' valid bits after this step: leaf i's is whether it sent ({@link #sends}). */
    void advance(boolean[] fwdValid) {
        for (int i = 1; i < fromDn.length; i++) {
            fwdValid[i] = sends(i);
        }
    }
}
