package plasticity.golden.blocks;

/**
 * The outputs of one cycle of the adder tree (docs/spec/adder-tree.md, "Ports").
 *
 * @param outValid port {@code out_valid}
 * @param outSum   port {@code out_sum}, a signed (W + L)-bit value sign-extended to a {@code long};
 *                 always defined (compared even when {@code outValid} is false)
 */
public record AdderTreeOutputs(boolean outValid, long outSum) {}
