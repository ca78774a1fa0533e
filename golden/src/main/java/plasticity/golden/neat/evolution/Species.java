package plasticity.golden.neat.evolution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import plasticity.golden.neat.Genome;

/**
 * A species (neat-python {@code Species}): representative, members in the order speciation
 * assigned them (representative first), and the fitness history used by stagnation.
 */
public final class Species {

    private final int key;
    private final int created;
    int lastImproved;
    private Genome representative;
    private Map<Integer, Genome> members = new LinkedHashMap<>();
    double fitness = Double.NaN;
    double adjustedFitness = Double.NaN;
    final List<Double> fitnessHistory = new ArrayList<>();

    Species(int key, int generation) {
        this.key = key;
        this.created = generation;
        this.lastImproved = generation;
    }

    void update(Genome newRepresentative, Map<Integer, Genome> newMembers) {
        this.representative = newRepresentative;
        this.members = new LinkedHashMap<>(newMembers);
    }

    public int key() {
        return key;
    }

    public int created() {
        return created;
    }

    public int lastImproved() {
        return lastImproved;
    }

    public Genome representative() {
        return representative;
    }

    /** Members by genome key, in speciation order. */
    public Map<Integer, Genome> members() {
        return Collections.unmodifiableMap(members);
    }

    /** The species fitness of the last stagnation update (NaN before the first). */
    public double fitness() {
        return fitness;
    }

    public List<Double> fitnessHistory() {
        return Collections.unmodifiableList(fitnessHistory);
    }
}
