package plasticity.golden.neat.evolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import plasticity.golden.neat.config.StagnationConfig;

/** neat-python v0.92's {@code DefaultStagnation.update} (neat/stagnation.py). */
final class Stagnation {

    record Verdict(Species species, boolean stagnant) {
    }

    private final StagnationConfig config;

    Stagnation(StagnationConfig config) {
        this.config = config;
    }

    /**
     * Sets each species' fitness (species_fitness_func over its members, member order) and
     * last_improved (when the fitness beats every earlier one), then walks the species in
     * ascending fitness (stable: ties keep ascending species key) and marks a species stagnant
     * when generation - last_improved >= max_stagnation, unless that would leave no more than
     * species_elitism non-stagnant species, or it is among the species_elitism fittest.
     */
    List<Verdict> update(Iterable<Species> species, Map<Integer, Double> fitness, int generation) {
        List<Species> data = new ArrayList<>();
        for (Species s : species) {
            double previous = s.fitnessHistory.isEmpty() ? -Double.MAX_VALUE
                    : s.fitnessHistory.stream().mapToDouble(Double::doubleValue).max().getAsDouble();
            double[] f = s.members().keySet().stream().mapToDouble(fitness::get).toArray();
            s.fitness = config.speciesFitnessFunc().apply(f);
            s.fitnessHistory.add(s.fitness);
            s.adjustedFitness = Double.NaN;
            if (s.fitness > previous) {
                s.lastImproved = generation;
            }
            data.add(s);
        }
        data.sort(Comparator.comparingDouble(Species::fitness));
        List<Verdict> result = new ArrayList<>();
        int nonStagnant = data.size();
        for (int idx = 0; idx < data.size(); idx++) {
            Species s = data.get(idx);
            int stagnantTime = generation - s.lastImproved;
            boolean stagnant = false;
            if (nonStagnant > config.speciesElitism()) {
                stagnant = stagnantTime >= config.maxStagnation();
            }
            if (data.size() - idx <= config.speciesElitism()) {
                stagnant = false;
            }
            if (stagnant) {
                nonStagnant--;
            }
            result.add(new Verdict(s, stagnant));
        }
        return result;
    }
}
