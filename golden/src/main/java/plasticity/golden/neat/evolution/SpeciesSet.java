package plasticity.golden.neat.evolution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
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
     *
     * <p>The genomes are visited as a list in ascending key order with a "speciated" flag each,
     * which is neat-python's set of unspeciated keys in the order this model pops them, without
     * a sorted set to walk and a map lookup per distance (this loop makes
     * species x population distance calls per generation).
     */
    public void speciate(NavigableMap<Integer, Genome> population, int generation) {
        List<Map.Entry<Integer, Genome>> genomes = new ArrayList<>(population.entrySet());
        boolean[] speciated = new boolean[genomes.size()];
        int unspeciated = genomes.size();
        Map<Integer, Genome> representatives = new LinkedHashMap<>();
        Map<Integer, Map<Integer, Genome>> members = new LinkedHashMap<>();
        // Step 1's distances from each old representative to every genome still unspeciated then.
        // An old representative that survived as an elite is usually its species' new one, and
        // step 2 then needs exactly these distances again (neat-python v0.92 caches distances by
        // genome pair in speciate, GenomeDistanceCache, to the same effect).
        Map<Genome, double[]> distancesFromOld = new IdentityHashMap<>();
        for (Species s : species.values()) {
            if (unspeciated == 0) {
                break; // more species than genomes: the rest die out (neat-python would raise)
            }
            int best = -1;
            double bestDistance = Double.POSITIVE_INFINITY;
            double[] distances = new double[genomes.size()];
            distancesFromOld.put(s.representative(), distances);
            for (int i = 0; i < genomes.size(); i++) {
                if (!speciated[i]) {
                    double d = operators.distance(s.representative(), genomes.get(i).getValue());
                    distances[i] = d;
                    if (best < 0 || d < bestDistance) {
                        best = i;
                        bestDistance = d;
                    }
                }
            }
            speciated[best] = true;
            unspeciated--;
            Map.Entry<Integer, Genome> representative = genomes.get(best);
            representatives.put(s.key(), representative.getValue());
            members.put(s.key(), startMembers(representative));
        }
        for (int i = 0; i < genomes.size(); i++) {
            if (speciated[i]) {
                continue;
            }
            Genome g = genomes.get(i).getValue();
            int bestSpecies = -1;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (Map.Entry<Integer, Genome> r : representatives.entrySet()) {
                double[] known = distancesFromOld.get(r.getValue());
                double d = known != null ? known[i] : operators.distance(r.getValue(), g);
                if (d < config.compatibilityThreshold() && d < bestDistance) {
                    bestSpecies = r.getKey();
                    bestDistance = d;
                }
            }
            if (bestSpecies >= 0) {
                members.get(bestSpecies).put(genomes.get(i).getKey(), g);
            } else {
                int sid = nextSpeciesKey++;
                representatives.put(sid, g);
                members.put(sid, startMembers(genomes.get(i)));
            }
        }
        NavigableMap<Integer, Species> updated = new TreeMap<>();
        for (Map.Entry<Integer, Genome> r : representatives.entrySet()) {
            int sid = r.getKey();
            Species s = species.get(sid);
            if (s == null) {
                s = new Species(sid, generation);
            }
            s.update(r.getValue(), members.get(sid));
            updated.put(sid, s);
        }
        species.clear();
        species.putAll(updated);
    }

    /** A species' member map (speciation order) holding its representative first. */
    private static Map<Integer, Genome> startMembers(Map.Entry<Integer, Genome> representative) {
        Map<Integer, Genome> m = new LinkedHashMap<>();
        m.put(representative.getKey(), representative.getValue());
        return m;
    }
}
