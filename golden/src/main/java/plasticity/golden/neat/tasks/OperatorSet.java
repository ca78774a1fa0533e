package plasticity.golden.neat.tasks;

import java.util.Locale;
import plasticity.golden.adam.FixedNetwork;
import plasticity.golden.neat.FeedForwardNetwork;
import plasticity.golden.neat.Genome;
import plasticity.golden.neat.GenomeOperators;
import plasticity.golden.neat.Network;
import plasticity.golden.neat.config.GenomeConfig;
import plasticity.golden.neat.hardware.HardwareOperators;
import plasticity.golden.neat.standard.StandardOperators;

/**
 * The two operator sets on one evolution loop (docs/spec/neat.md, "Operator sets"): how children
 * are bred, and how a genome's network is evaluated.
 */
public enum OperatorSet {
    /** neat-python v0.92 in double precision. */
    STANDARD {
        @Override
        public GenomeOperators operators(GenomeConfig config) {
            return new StandardOperators(config);
        }

        @Override
        public Network network(Genome genome, int numInputs, int numOutputs) {
            return FeedForwardNetwork.create(genome, numInputs, numOutputs);
        }
    },
    /** EvE's operators bit for bit (docs/spec/eve.md), networks in ADAM's fixed point (docs/spec/adam.md). */
    HARDWARE {
        @Override
        public GenomeOperators operators(GenomeConfig config) {
            return new HardwareOperators(config);
        }

        @Override
        public Network network(Genome genome, int numInputs, int numOutputs) {
            return FixedNetwork.create(genome, numInputs, numOutputs);
        }
    };

    /** @throws IllegalArgumentException naming the configuration key this set cannot follow */
    public abstract GenomeOperators operators(GenomeConfig config);

    public abstract Network network(Genome genome, int numInputs, int numOutputs);

    /** The name on the command line and in run files. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
