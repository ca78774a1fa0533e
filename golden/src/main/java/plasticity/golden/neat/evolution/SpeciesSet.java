package plasticity.golden.neat.evolution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import plasticity.golden.neat.Genome;
import plasticity.golden.neat.GenomeOperators;
import plasticity.golden.neat.config.SpeciesSetConfig;

/**
 * neat-python v0.92's {@code DefaultSpeciesSet.speciate} (neat/species.py), with its unordered
 * {@code set} of genome keys replaced by ascending key order (docs/spec/neat.md, "Speciation").
 */
public final class SpeciesSet {

    private final SpeciesSetConfig config;
    private final GenomeOperators operators;
    private final NavigableMap<Integer, Species> species = new TreeMap<>();
    private int nextSpeciesKey = 1;

    public SpeciesSet(SpeciesSetConfig config, GenomeOperators operators) {
        this.config = config;
        this.operators = operators;
    }

    /** The live species, ascending key. */
    public NavigableMap<Integer, Species> species() {
        return Collections.unmodifiableNavigableMap(species);
    }

    /** Keeps only these species (reproduction drops the stagnant ones). */
    void retain(List<Species> kept) {
        species.clear();
        for (Species s : kept) {
            species.put(s.key(), s);
        }
    }

    /**
     * 1. For each existing species (ascending key), the new representative is the unspeciated
     * genome closest to the old representative, whatever the distance; ties go to the smaller
     * genome key. 2. Each remaining genome (ascending key) joins the species whose new
     * representative is closest among those closer than compatibility_threshold (ties: the smaller
     * species key), else founds a new species.
     */
    public void speciate(NavigableMap<Integer, Genome> population, int generation) {
        TreeSet<Integer> unspeciated = new TreeSet<>(population.keySet());
        Map<Integer, Integer> representatives = new LinkedHashMap<>();
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (Species s : species.values()) {
            if (unspeciated.isEmpty()) {
                break; // more species than genomes: the rest die out (neat-python would raise)
            }
            int best = -1;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int gid : unspeciated) {
                double d = operators.distance(s.representative(), population.get(gid));
                if (best < 0 || d < bestDistance) {
                    best = gid;
                    bestDistance = d;
                }
            }
            representatives.put(s.key(), best);
            members.put(s.key(), new ArrayList<>(List.of(best)));
            unspeciated.remove(best);
        }
        while (!unspeciated.isEmpty()) {
            int gid = unspeciated.pollFirst();
            Genome g = population.get(gid);
            int bestSpecies = -1;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (Map.Entry<Integer, Integer> r : representatives.entrySet()) {
                double d = operators.distance(population.get(r.getValue()), g);
                if (d < config.compatibilityThreshold() && d < bestDistance) {
                    bestSpecies = r.getKey();
                    bestDistance = d;
                }
            }
            if (bestSpecies >= 0) {
                members.get(bestSpecies).add(gid);
            } else {
                int sid = nextSpeciesKey++;
                representatives.put(sid, gid);
                members.put(sid, new ArrayList<>(List.of(gid)));
            }
        }
        NavigableMap<Integer, Species> updated = new TreeMap<>();
        for (Map.Entry<Integer, Integer> r : representatives.entrySet()) {
            int sid = r.getKey();
            Species s = species.get(sid);
            if (s == null) {
                s = new Species(sid, generation);
            }
            Map<Integer, Genome> memberGenomes = new LinkedHashMap<>();
            for (int gid : members.get(sid)) {
                memberGenomes.put(gid, population.get(gid));
            }
            s.update(population.get(r.getValue()), memberGenomes);
            updated.put(sid, s);
        }
        species.clear();
        species.putAll(updated);
    }
}
