package plasticity.golden.neat.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import plasticity.golden.neat.Activation;
import plasticity.golden.neat.Aggregation;
import plasticity.golden.neat.Genome;
import plasticity.golden.neat.NodeGene;
import plasticity.golden.neat.config.SpeciesFitnessFunction;
import plasticity.golden.neat.config.StagnationConfig;

/** neat-python v0.92's DefaultStagnation.update (docs/spec/neat.md, "Stagnation"). */
class StagnationTest {

    private static Species species(int key, double member, double bestEver) {
        Species s = new Species(key, 0);
        Genome g = new Genome(key, new TreeMap<>(Map.of(0,
                new NodeGene(0, 0, 1, Activation.SIGMOID, Aggregation.SUM))), new TreeMap<>());
        s.update(g, Map.of(key, g));
        if (!Double.isNaN(bestEver)) {
            s.fitnessHistory.add(bestEver);
        }
        return s;
    }

    @Test
    void speciesElitismProtectsTheFittestAndStopsMarking() {
        // Species 1..3 have not beaten their best (5.0) since generation 0; species 4 is new.
        List<Species> all = List.of(species(1, 1.0, 5.0), species(2, 2.0, 5.0), species(3, 3.0, 5.0),
                species(4, 4.0, Double.NaN));
        Map<Integer, Double> fitness = Map.of(1, 1.0, 2, 2.0, 3, 3.0, 4, 4.0);
        Stagnation stagnation = new Stagnation(new StagnationConfig(SpeciesFitnessFunction.MAX, 20, 2));
        List<Stagnation.Verdict> verdicts = stagnation.update(all, fitness, 30);
        List<String> got = new ArrayList<>();
        for (Stagnation.Verdict v : verdicts) {
            got.add(v.species().key() + (v.stagnant() ? " stagnant" : " ok"));
        }
        // Ascending fitness; 1 and 2 are marked, then only 2 non-stagnant would remain.
        assertEquals(List.of("1 stagnant", "2 stagnant", "3 ok", "4 ok"), got);
        assertEquals(30, all.get(3).lastImproved());
        assertEquals(0, all.get(0).lastImproved());
        // Before max_stagnation generations nothing is stagnant.
        for (Stagnation.Verdict v : stagnation.update(all, fitness, 19)) {
            assertEquals(false, v.stagnant(), "species " + v.species().key());
        }
    }
}
