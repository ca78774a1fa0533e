package plasticity.golden.neat.evolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import plasticity.golden.neat.Genome;
import plasticity.golden.neat.GenomeOperators;
import plasticity.golden.neat.Rng;
import plasticity.golden.neat.config.ReproductionConfig;
import plasticity.golden.neat.config.StagnationConfig;

/**
 * neat-python v0.92's {@code DefaultReproduction} (neat/reproduction.py): new genomes, spawn
 * amounts, elitism, truncation to the survival threshold, crossover + mutation for every other
 * child (docs/spec/neat.md, "Reproduction").
 */
public final class Reproduction {

    /** Called with the key of each species that stagnation removes. */
    interface StagnantListener {
        void stagnant(Species s);
    }

    /** A species member with its fitness, looked up once (the sort compares them many times). */
    private record Member(int key, Genome genome, double fitness) {
    }

    private final ReproductionConfig config;
    private final Stagnation stagnation;
    private final GenomeOperators operators;
    private int nextGenomeKey = 1;

    public Reproduction(ReproductionConfig config, StagnationConfig stagnation, GenomeOperators operators) {
        this.config = config;
        this.stagnation = new Stagnation(stagnation);
        this.operators = operators;
    }

    /** {@code create_new}: n fresh genomes with keys continuing the genome counter (from 1). */
    public NavigableMap<Integer, Genome> createNew(int n, Rng rng) {
        NavigableMap<Integer, Genome> genomes = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            int key = nextGenomeKey++;
            genomes.put(key, operators.createNew(key, rng));
        }
        return genomes;
    }

    /**
     * {@code compute_spawn}: per species, target s = max(min_size, af / sum(af) * pop_size)
     * (min_size when sum(af) = 0), move half way from the previous size (at least one step), then
     * scale all to pop_size and round, at least min_size each. Python's round is half to even.
     */
    public static int[] computeSpawn(double[] adjustedFitness, int[] previousSizes, int popSize,
            int minSpeciesSize) {
        double afSum = 0.0;
        for (double af : adjustedFitness) {
            afSum += af;
        }
        int[] spawn = new int[adjustedFitness.length];
        for (int i = 0; i < spawn.length; i++) {
            double s = afSum > 0 ? Math.max(minSpeciesSize, adjustedFitness[i] / afSum * popSize)
                    : minSpeciesSize;
            double d = (s - previousSizes[i]) * 0.5;
            int c = (int) Math.rint(d);
            int amount = previousSizes[i];
            if (Math.abs(c) > 0) {
                amount += c;
            } else if (d > 0) {
                amount += 1;
            } else if (d < 0) {
                amount -= 1;
            }
            spawn[i] = amount;
        }
        int total = 0;
        for (int v : spawn) {
            total += v;
        }
        double norm = (double) popSize / total;
        for (int i = 0; i < spawn.length; i++) {
            spawn[i] = Math.max(minSpeciesSize, (int) Math.rint(spawn[i] * norm));
        }
        return spawn;
    }

    /** {@code reproduce}: the next population; {@code speciesSet} keeps only the surviving species. */
    NavigableMap<Integer, Genome> reproduce(SpeciesSet speciesSet, Map<Integer, Double> fitness,
            int popSize, int generation, Rng rng, StagnantListener listener) {
        List<Double> allFitnesses = new ArrayList<>();
        List<Species> remaining = new ArrayList<>();
        for (Stagnation.Verdict v : stagnation.update(speciesSet.species().values(), fitness, generation)) {
            if (v.stagnant()) {
                listener.stagnant(v.species());
            } else {
                for (int gid : v.species().members().keySet()) {
                    allFitnesses.add(fitness.get(gid));
                }
                remaining.add(v.species());
            }
        }
        NavigableMap<Integer, Genome> next = new TreeMap<>();
        if (remaining.isEmpty()) {
            speciesSet.retain(List.of());
            return next;
        }
        double minFitness = allFitnesses.stream().mapToDouble(Double::doubleValue).min().getAsDouble();
        double maxFitness = allFitnesses.stream().mapToDouble(Double::doubleValue).max().getAsDouble();
        double range = Math.max(1.0, maxFitness - minFitness);
        double[] adjusted = new double[remaining.size()];
        int[] previousSizes = new int[remaining.size()];
        for (int i = 0; i < adjusted.length; i++) {
            Species s = remaining.get(i);
            double sum = 0.0;
            for (int gid : s.members().keySet()) {
                sum += fitness.get(gid);
            }
            double meanFitness = sum / s.members().size();
            s.adjustedFitness = (meanFitness - minFitness) / range;
            adjusted[i] = s.adjustedFitness;
            previousSizes[i] = s.members().size();
        }
        int minSize = Math.max(config.minSpeciesSize(), config.elitism());
        int[] spawnAmounts = computeSpawn(adjusted, previousSizes, popSize, minSize);
        speciesSet.retain(remaining);
        for (int i = 0; i < remaining.size(); i++) {
            Species s = remaining.get(i);
            int spawn = Math.max(spawnAmounts[i], config.elitism());
            List<Member> old = new ArrayList<>(s.members().size());
            for (Map.Entry<Integer, Genome> m : s.members().entrySet()) {
                old.add(new Member(m.getKey(), m.getValue(), fitness.get(m.getKey())));
            }
            // Python's stable sort with reverse=True: fittest first, ties in member order.
            old.sort(Comparator.comparingDouble(Member::fitness).reversed());
            for (int e = 0; e < Math.min(config.elitism(), old.size()); e++) {
                next.put(old.get(e).key(), old.get(e).genome());
                spawn--;
            }
            if (spawn <= 0) {
                continue;
            }
            int cutoff = Math.max(2, (int) Math.ceil(config.survivalThreshold() * old.size()));
            List<Member> parents = old.subList(0, Math.min(cutoff, old.size()));
            while (spawn > 0) {
                spawn--;
                Member p1 = rng.choice(parents);
                Member p2 = rng.choice(parents);
                int key = nextGenomeKey++;
                next.put(key, operators.reproduce(key, p1.genome(), p1.fitness(), p2.genome(), p2.fitness(), rng));
            }
        }
        return next;
    }
}
