package plasticity.golden.neat.hardware;

import plasticity.golden.fixed.Formats;
import plasticity.golden.neat.config.BoolAttributeConfig;
import plasticity.golden.neat.config.GenomeConfig;

/**
 * What the host writes into EvE once per run (docs/spec/eve.md, "Configuration"): the attribute
 * registers and the network's pin counts. Per-child settings are in {@link ChildSettings}.
 *
 * @param enabledMutateRate UQ0.8 rate of an enabled-flag mutation
 * @param enabledDefault    the flag of a new connection: TRUE, FALSE, or RANDOM (a coin)
 */
public record EveConfig(int numInputs, int numOutputs, FloatCodes bias, FloatCodes response, FloatCodes weight,
        ChoiceCodes activation, ChoiceCodes aggregation, int enabledMutateRate,
        BoolAttributeConfig.Default enabledDefault) {

    public EveConfig {
        if (numInputs < 1 || numInputs > -GeneFormat.KEY_MIN) {
            throw new IllegalArgumentException("num_inputs = " + numInputs + ": the gene format holds 1.."
                    + -GeneFormat.KEY_MIN + " input pins");
        }
        if (numOutputs < 1 || numOutputs > GeneFormat.KEY_MAX) {
            throw new IllegalArgumentException("num_outputs = " + numOutputs + ": the gene format holds 1.."
                    + GeneFormat.KEY_MAX + " outputs");
        }
        Rates.requireByte("enabled mutate rate", enabledMutateRate);
    }

    /** The enabled flag of a new connection: the default, or {@code coin} when the default is random. */
    public boolean newConnectionEnabled(boolean coin) {
        return enabledDefault == BoolAttributeConfig.Default.RANDOM ? coin
                : enabledDefault == BoolAttributeConfig.Default.TRUE;
    }

    /**
     * The registers for a neat-python genome configuration; everything the hardware cannot do
     * is an error naming the key: recurrent networks, activations ADAM lacks, aggregations other
     * than sum.
     */
    public static EveConfig of(GenomeConfig c) {
        if (!c.feedForward()) {
            throw new IllegalArgumentException("feed_forward = False: the hardware operators breed feed-forward"
                    + " networks only (ADAM runs them)");
        }
        if (c.numHidden() + c.numOutputs() > GeneFormat.KEY_MAX) {
            throw new IllegalArgumentException("num_hidden + num_outputs = " + (c.numHidden() + c.numOutputs())
                    + " leaves no room for new nodes in the gene format's node keys (0.." + GeneFormat.KEY_MAX + ")");
        }
        return new EveConfig(c.numInputs(), c.numOutputs(), FloatCodes.of(c.bias()), FloatCodes.of(c.response()),
                FloatCodes.of(c.weight()),
                ChoiceCodes.of(c.activation(), AttributeCodes::activationCode, AttributeCodes.ACTIVATIONS),
                ChoiceCodes.of(c.aggregation(), AttributeCodes::aggregationCode, AttributeCodes.AGGREGATIONS),
                Formats.rateCode(c.enabled().mutateRate()), c.enabled().defaultValue());
    }
}
