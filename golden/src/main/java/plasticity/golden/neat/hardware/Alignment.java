package plasticity.golden.neat.hardware;

/**
 * What the gene aligner makes of the two stream heads (docs/spec/eve.md, "Alignment"): parents
 * stream in ascending key order, the fitter parent first, so comparing the heads' sort keys says
 * whether a gene is in both parents or in one.
 */
public enum Alignment {
    /** Same key in both parents: a matching gene; both heads advance. */
    MATCH,
    /** Only the fitter parent has it (its head has the smaller key, or parent 2 is done): inherited. */
    FIRST_ONLY,
    /** Only the other parent has it: dropped, as NEAT inherits disjoint and excess genes from the fitter parent. */
    SECOND_ONLY;

    /** The step for heads g1 and g2 of the current phase; {@code has1}/{@code has2} false when that stream is done. */
    public static Alignment of(boolean has1, long g1, boolean has2, long g2) {
        if (!has1) {
            return SECOND_ONLY;
        }
        if (!has2) {
            return FIRST_ONLY;
        }
        int k1 = GeneFormat.sortKey(g1);
        int k2 = GeneFormat.sortKey(g2);
        return k1 == k2 ? MATCH : k1 < k2 ? FIRST_ONLY : SECOND_ONLY;
    }
}
