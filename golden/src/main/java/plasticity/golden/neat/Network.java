package plasticity.golden.neat;

/**
 * A network a task can score: inputs in, outputs out. The standard set evaluates genomes with
 * {@link FeedForwardNetwork} (double precision); the hardware set with ADAM's fixed-point
 * semantics (docs/spec/adam.md).
 */
public interface Network {

    /** The output values for these input values (input pin -1 gets inputs[0], and so on). */
    double[] activate(double... inputs);
}
