package plasticity.golden.neat.config;

import java.util.ArrayList;
import java.util.List;
import plasticity.golden.neat.Activation;
import plasticity.golden.neat.Aggregation;

/**
 * The {@code [DefaultGenome]} section (neat-python v0.92 {@code DefaultGenomeConfig} and the
 * gene attributes of {@code DefaultNodeGene} / {@code DefaultConnectionGene}).
 *
 * @param structuralMutationSurer TRUE, FALSE or DEFAULT (= the value of single_structural_mutation)
 * @param connectionFraction      the fraction of partial_* connectivity; NaN otherwise
 */
public record GenomeConfig(int numInputs, int numOutputs, int numHidden, boolean feedForward,
        double compatibilityDisjointCoefficient, double compatibilityWeightCoefficient,
        double connAddProb, double connDeleteProb, double nodeAddProb, double nodeDeleteProb,
        boolean singleStructuralMutation, Surer structuralMutationSurer,
        InitialConnection initialConnection, double connectionFraction,
        FloatAttributeConfig bias, FloatAttributeConfig response,
        ChoiceAttributeConfig<Activation> activation, ChoiceAttributeConfig<Aggregation> aggregation,
        FloatAttributeConfig weight, BoolAttributeConfig enabled) {

    public enum Surer { TRUE, FALSE, DEFAULT }

    public GenomeConfig {
        if (numInputs < 1) {
            throw new IllegalArgumentException("num_inputs = " + numInputs + " must be >= 1");
        }
        if (numOutputs < 1) {
            throw new IllegalArgumentException("num_outputs = " + numOutputs + " must be >= 1");
        }
        if (numHidden < 0) {
            throw new IllegalArgumentException("num_hidden = " + numHidden + " must be >= 0");
        }
        if (!(compatibilityDisjointCoefficient >= 0) || Double.isInfinite(compatibilityDisjointCoefficient)) {
            throw new IllegalArgumentException("compatibility_disjoint_coefficient = "
                    + compatibilityDisjointCoefficient + " must be a finite number >= 0");
        }
        if (!(compatibilityWeightCoefficient >= 0) || Double.isInfinite(compatibilityWeightCoefficient)) {
            throw new IllegalArgumentException("compatibility_weight_coefficient = "
                    + compatibilityWeightCoefficient + " must be a finite number >= 0");
        }
        Probability.require("conn_add_prob", connAddProb);
        Probability.require("conn_delete_prob", connDeleteProb);
        Probability.require("node_add_prob", nodeAddProb);
        Probability.require("node_delete_prob", nodeDeleteProb);
        if (initialConnection.partial()) {
            if (!(connectionFraction >= 0.0 && connectionFraction <= 1.0)) {
                throw new IllegalArgumentException("initial_connection fraction " + connectionFraction
                        + " must be in [0, 1]");
            }
        } else if (!Double.isNaN(connectionFraction)) {
            throw new IllegalArgumentException("initial_connection " + initialConnection
                    + " takes no fraction");
        }
    }

    /** Input pin keys -1, -2, ..., -numInputs (neat-python's order). */
    public List<Integer> inputKeys() {
        List<Integer> keys = new ArrayList<>();
        for (int i = 0; i < numInputs; i++) {
            keys.add(-i - 1);
        }
        return keys;
    }

    /** Output node keys 0..numOutputs-1. */
    public List<Integer> outputKeys() {
        List<Integer> keys = new ArrayList<>();
        for (int i = 0; i < numOutputs; i++) {
            keys.add(i);
        }
        return keys;
    }

    public boolean isOutput(int key) {
        return key >= 0 && key < numOutputs;
    }

    /** neat-python's {@code check_structural_mutation_surer()}. */
    public boolean surer() {
        return switch (structuralMutationSurer) {
            case TRUE -> true;
            case FALSE -> false;
            case DEFAULT -> singleStructuralMutation;
        };
    }
}
