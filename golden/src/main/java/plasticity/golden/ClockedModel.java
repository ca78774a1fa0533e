package plasticity.golden;

/**
 * A synchronous machine with one clock, as every golden model is (the cycle convention at the
 * top of each docs/spec page).
 *
 * <p>One call is one clock cycle t: given the inputs of cycle t, including the synchronous,
 * active-high reset {@code rst}, {@link #step} returns the outputs of cycle t (from the current
 * state and, where the spec says the path is combinational, the current inputs) and then advances
 * the state as the rising clock edge at the end of cycle t would. Before the first cycle with
 * {@code rst = 1} has been stepped, the state is undefined in hardware; the models start in their
 * reset state so that they are deterministic, and a trace must not compare those outputs.
 *
 * @param <I> the inputs of one cycle
 * @param <O> the outputs of one cycle
 */
public interface ClockedModel<I, O> {

    /** Returns the outputs of this cycle, then clocks the state once. */
    O step(I in);
}
