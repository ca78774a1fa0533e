package plasticity.golden.neat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import plasticity.golden.neat.config.GenomeConfig;

/** The connections of a new genome, shared by every operator set (docs/spec/neat.md, "Creation"). */
public final class InitialConnections {

    private InitialConnections() {}

    /**
     * neat-python's {@code compute_full_connections}, in its order: inputs to hidden, hidden to
     * outputs, and inputs to outputs when {@code direct} or when there is no hidden node (and
     * self-loops when the network is recurrent).
     *
     * @param nodeKeys the genome's node keys in ascending order
     */
    public static List<ConnectionKey> full(GenomeConfig config, Collection<Integer> nodeKeys, boolean direct) {
        List<Integer> hidden = new ArrayList<>();
        List<Integer> outputs = new ArrayList<>();
        for (int k : nodeKeys) {
            (config.isOutput(k) ? outputs : hidden).add(k);
        }
        List<ConnectionKey> result = new ArrayList<>();
        if (!hidden.isEmpty()) {
            for (int in : config.inputKeys()) {
                for (int h : hidden) {
                    result.add(new ConnectionKey(in, h));
                }
            }
            for (int h : hidden) {
                for (int o : outputs) {
                    result.add(new ConnectionKey(h, o));
                }
            }
        }
        if (direct || hidden.isEmpty()) {
            for (int in : config.inputKeys()) {
                for (int o : outputs) {
                    result.add(new ConnectionKey(in, o));
                }
            }
        }
        if (!config.feedForward()) {
            for (int n : nodeKeys) {
                result.add(new ConnectionKey(n, n));
            }
        }
        return result;
    }
}
