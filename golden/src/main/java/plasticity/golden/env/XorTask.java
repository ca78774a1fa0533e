package plasticity.golden.env;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Two-input XOR scored as neat-python's {@code examples/xor/evolve-feedforward.py} scores it
 * (docs/spec/environments.md, "XOR").
 *
 * <p>Not an {@link Environment}: there is no state, no action and no episode, just four
 * independent cases, each one network activation. Forcing it into reset/step would invent an
 * order and a "done" that neat-python does not have; as a task the fitness is one call.
 */
public final class XorTask {

    /** One case: the network's inputs and the output neat-python expects. */
    public record Case(double[] inputs, double expected) {
        public Case {
            inputs = inputs.clone();
        }

        @Override
        public double[] inputs() {
            return inputs.clone();
        }
    }

    /** neat-python's {@code xor_inputs} and {@code xor_outputs}, in its order. */
    public static final List<Case> CASES = List.of(
            new Case(new double[] {0.0, 0.0}, 0.0),
            new Case(new double[] {0.0, 1.0}, 1.0),
            new Case(new double[] {1.0, 0.0}, 1.0),
            new Case(new double[] {1.0, 1.0}, 0.0));

    /** The best possible fitness, reached when every output equals its expected value. */
    public static final double MAX_FITNESS = 4.0;

    private XorTask() {
    }

    /**
     * Activates {@code network} on each case in order and scores its first output:
     * {@code fitness = 4.0}, then {@code fitness -= (output[0] - expected) ** 2} per case.
     */
    public static double fitness(Function<double[], double[]> network) {
        Objects.requireNonNull(network, "network");
        double[] outputs = new double[CASES.size()];
        for (int i = 0; i < outputs.length; i++) {
            double[] out = network.apply(CASES.get(i).inputs());
            if (out == null || out.length == 0) {
                throw new IllegalArgumentException("XOR needs a network with at least one output; "
                        + "case " + i + " returned none");
            }
            outputs[i] = out[0];
        }
        return fitness(outputs);
    }

    /**
     * The fitness of four first outputs, one per case of {@link #CASES}: subtracted from 4.0 one
     * at a time, in case order (not 4 minus a sum, which rounds differently). Python's
     * {@code e ** 2} is written {@code e * e} (docs/spec/environments.md, "Platform arithmetic").
     */
    public static double fitness(double[] outputs) {
        if (outputs.length != CASES.size()) {
            throw new IllegalArgumentException("XOR fitness needs one output per case ("
                    + CASES.size() + "), got " + outputs.length);
        }
        double fitness = MAX_FITNESS;
        for (int i = 0; i < outputs.length; i++) {
            double error = outputs[i] - CASES.get(i).expected();
            fitness -= error * error;
        }
        return fitness;
    }
}
