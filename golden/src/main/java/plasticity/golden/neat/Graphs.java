package plasticity.golden.neat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Graph helpers of neat-python's {@code neat/graphs.py} (v0.92), over connection keys. Sets of
 * node keys are sorted sets, so layer contents are iterated in ascending key order.
 */
public final class Graphs {

    private Graphs() {
    }

    /**
     * neat-python's {@code creates_cycle}: whether adding {@code test} to {@code connections}
     * would make a cycle, i.e. whether test.in is reachable from test.out (a self-loop counts).
     */
    public static boolean createsCycle(Collection<ConnectionKey> connections, ConnectionKey test) {
        int i = test.in();
        int o = test.out();
        if (i == o) {
            return true;
        }
        Set<Integer> visited = new HashSet<>();
        visited.add(o);
        while (true) {
            int added = 0;
            for (ConnectionKey c : connections) {
                if (visited.contains(c.in()) && !visited.contains(c.out())) {
                    if (c.out() == i) {
                        return true;
                    }
                    visited.add(c.out());
                    added++;
                }
            }
            if (added == 0) {
                return false;
            }
        }
    }

    /** Whether the graph has any directed cycle (Kahn's algorithm). */
    public static boolean hasCycle(Collection<ConnectionKey> connections) {
        List<ConnectionKey> remaining = new ArrayList<>(connections);
        while (!remaining.isEmpty()) {
            Set<Integer> hasIncoming = new HashSet<>();
            for (ConnectionKey c : remaining) {
                hasIncoming.add(c.out());
            }
            int before = remaining.size();
            remaining.removeIf(c -> !hasIncoming.contains(c.in()));
            if (remaining.size() == before) {
                return true;
            }
        }
        return false;
    }

    /**
     * neat-python's {@code required_for_output}: the non-input nodes whose value can reach an
     * output, walking connections backwards from the outputs (outputs included).
     */
    public static SortedSet<Integer> requiredForOutput(Collection<Integer> inputs,
            Collection<Integer> outputs, Collection<ConnectionKey> connections) {
        SortedSet<Integer> required = new TreeSet<>(outputs);
        Set<Integer> s = new HashSet<>(outputs);
        while (true) {
            Set<Integer> t = new TreeSet<>();
            for (ConnectionKey c : connections) {
                if (s.contains(c.out()) && !s.contains(c.in())) {
                    t.add(c.in());
                }
            }
            if (t.isEmpty()) {
                break;
            }
            Set<Integer> layerNodes = new TreeSet<>();
            for (int x : t) {
                if (!inputs.contains(x)) {
                    layerNodes.add(x);
                }
            }
            if (layerNodes.isEmpty()) {
                break;
            }
            required.addAll(layerNodes);
            s.addAll(t);
        }
        return required;
    }

    /**
     * neat-python's {@code feed_forward_layers}: layers of required nodes, each node placed in
     * the first layer where all its inputs are already known.
     */
    public static List<SortedSet<Integer>> feedForwardLayers(Collection<Integer> inputs,
            Collection<Integer> outputs, Collection<ConnectionKey> connections) {
        SortedSet<Integer> required = requiredForOutput(inputs, outputs, connections);
        List<SortedSet<Integer>> layers = new ArrayList<>();
        Set<Integer> s = new HashSet<>(inputs);
        while (true) {
            SortedSet<Integer> c = new TreeSet<>();
            for (ConnectionKey k : connections) {
                if (s.contains(k.in()) && !s.contains(k.out())) {
                    c.add(k.out());
                }
            }
            SortedSet<Integer> t = new TreeSet<>();
            for (int n : c) {
                if (!required.contains(n)) {
                    continue;
                }
                boolean ready = true;
                for (ConnectionKey k : connections) {
                    if (k.out() == n && !s.contains(k.in())) {
                        ready = false;
                        break;
                    }
                }
                if (ready) {
                    t.add(n);
                }
            }
            if (t.isEmpty()) {
                break;
            }
            layers.add(t);
            s.addAll(t);
        }
        return layers;
    }
}
