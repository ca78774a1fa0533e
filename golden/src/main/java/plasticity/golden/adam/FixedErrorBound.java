package plasticity.golden.adam;

import plasticity.golden.fixed.Formats;
import plasticity.golden.neat.ConnectionKey;
import plasticity.golden.neat.Genome;
import plasticity.golden.neat.NodeGene;

/**
 * A guaranteed bound on |fixed-point output - float output| for one genome and one input vector
 * (docs/spec/adam.md, "Error against float"), propagated node by node in evaluation order:
 *
 * <pre>
 *   e(input)  = |Q5.10(x) - x|                          (at most 2^-11)
 *   e(node)   = eps(act) + L(act) * (|r| * (sum |w_i| e_i + h) + h) + slack,   h = 2^-11
 * </pre>
 *
 * with eps the activation unit's documented error ({@link AdamActivation#maxError}), L the float
 * function's largest slope ({@link AdamActivation#lipschitz}), one h for each of the two
 * roundings of {@link plasticity.golden.fixed.FixedArithmetic#preActivation}, and a slack of
 * 1e-9 for the float side's own double rounding. A link of weight 0 and a response of 0 carry no
 * error (the fixed product is then exactly 0, as the float one).
 *
 * <p>It holds when the attributes are exact in Q5.10 (as hardware genomes' are; others are
 * refused) and the float network stays in the Q5.10 range upstream of the output: every input,
 * every node's sum and pre-activation in [-32, 32 - 2^-10]. Saturation then clamps toward a float
 * value inside the range, so it never adds error. Where the float network leaves the range the
 * two part ways, and the bound is infinite.
 *
 * <p>Per output: infinite where the float network left the range, 0 for an output no input
 * reaches (both sides give 0).
 */
public final class FixedErrorBound {

    /** Half a Q5.10 step: the error of one rounding. */
    static final double HALF_STEP = 0x1.0p-11;

    /** Per node, for the float side's double rounding (far below a step for these sizes). */
    static final double FLOAT_SLACK = 1e-9;

    private final double[] bounds;

    private FixedErrorBound(double[] bounds) {
        this.bounds = bounds;
    }

    /** Number of outputs. */
    public int outputs() {
        return bounds.length;
    }

    /** The bound of output {@code k}. */
    public double bound(int k) {
        return bounds[k];
    }

    /** Whether the float network stayed in the Q5.10 range upstream of output {@code k}, so its bound is finite. */
    public boolean inRange(int k) {
        return Double.isFinite(bounds[k]);
    }

    /**
     * The bound for {@code genome} (input pins -1..-numInputs, outputs 0..numOutputs-1) at these
     * double inputs.
     *
     * @throws IllegalArgumentException if the genome is not one ADAM runs ({@link FixedNetwork#create})
     *         or an evaluated attribute is not exact in Q5.10
     */
    public static FixedErrorBound of(Genome genome, int numInputs, int numOutputs, double... inputs) {
        EvaluationOrder order = FixedNetwork.create(genome, numInputs, numOutputs).order();
        if (inputs.length != numInputs) {
            throw new IllegalArgumentException("expected " + numInputs + " inputs, got " + inputs.length);
        }
        double[] value = new double[order.slots()];
        double[] error = new double[order.slots()];
        for (int i = 0; i < numInputs; i++) {
            value[i] = inputs[i];
            boolean in = representable(inputs[i]);
            error[i] = in ? Math.abs(Formats.ACTIVATION.toDouble(FixedNetwork.toInput(inputs[i])) - inputs[i])
                    : Double.POSITIVE_INFINITY;
        }
        for (EvaluationOrder.Step step : order.steps()) {
            NodeGene gene = genome.nodes().get(step.node());
            AdamActivation act = FixedNode.of(gene).activation();
            double bias = exact("node " + step.node() + " bias", gene.bias());
            double response = exact("node " + step.node() + " response", gene.response());
            double sum = 0.0;
            double sumError = 0.0;
            for (ConnectionKey link : step.links()) {
                double w = exact("connection " + link + " weight", genome.connections().get(link).weight());
                int src = order.slot(link.in());
                sum += value[src] * w;
                sumError += w == 0.0 ? 0.0 : Math.abs(w) * error[src];
            }
            double pre = bias + response * sum;
            value[step.slot()] = act.neat().apply(pre);
            double sumBound = representable(sum) ? sumError + HALF_STEP : Double.POSITIVE_INFINITY;
            double scaledBound = response == 0.0 ? 0.0 : Math.abs(response) * sumBound;
            double preBound = representable(pre) ? scaledBound + HALF_STEP : Double.POSITIVE_INFINITY;
            error[step.slot()] = act.maxError() + act.lipschitz() * preBound + FLOAT_SLACK;
        }
        double[] bounds = new double[numOutputs];
        System.arraycopy(error, numInputs, bounds, 0, numOutputs);
        return new FixedErrorBound(bounds);
    }

    private static boolean representable(double v) {
        return v >= Formats.ACTIVATION.toDouble(Formats.ACTIVATION.minRaw())
                && v <= Formats.ACTIVATION.toDouble(Formats.ACTIVATION.maxRaw());
    }

    private static double exact(String what, double v) {
        if (Formats.WEIGHT.toDouble(FixedNode.toWeight(what, v)) != v) {
            throw new IllegalArgumentException(what + " = " + v + " is not exact in " + Formats.WEIGHT
                    + "; the bound assumes attributes the hardware holds exactly (multiples of 2^-10 in [-32, 32))");
        }
        return v;
    }
}
