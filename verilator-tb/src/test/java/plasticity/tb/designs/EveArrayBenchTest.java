package plasticity.tb.designs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import plasticity.gen.Designs;
import plasticity.golden.eve.ArrayError;
import plasticity.golden.eve.EveArrayModel;
import plasticity.hdl.GeneratedDesign;

/**
 * What the eve regression's seeds exercise (golden side only, no Verilator): the first 100
 * seeds, as `make test` runs them, must breed successful generations and second generations
 * from the children (ping-pong), multi-wave generations, waves of hundreds of PEs at P = 256, and
 * every error code the status register has, or the regression would pass without testing them.
 */
class EveArrayBenchTest {
  @Test
  void theFirstHundredSeedsCoverWavesPingPongAndEveryError() {
    EveArrayBench bench = new EveArrayBench();
    GeneratedDesign[] designs = bench.parameterSets().stream().map(s -> Designs.byName("eve").generate(s))
        .toArray(GeneratedDesign[]::new);
    Map<ArrayError, Integer> outcomes = new EnumMap<>(ArrayError.class);
    int secondGenerations = 0;
    int multiWave = 0;
    int widestWave = 0;
    int wideWaves = 0;
    for (long seed = 1; seed <= 100; seed++) {
      GeneratedDesign d = designs[(int) (seed % designs.length)];
      EveArrayBench.Run run = bench.run(d, seed);
      for (EveArrayModel.Generation g : run.generations()) {
        outcomes.merge(g.error(), 1, Integer::sum);
        if (g.phaseCycles()[EveArrayModel.Phase.START.ordinal()] > 1) {
          multiWave++;
        }
        if (d.configuration().get("P").equals("256")) {
          // one wave breeds every child: FETCH spends 8 cycles on each
          int wave = g.phaseCycles()[EveArrayModel.Phase.FETCH.ordinal()] / 8;
          widestWave = Math.max(widestWave, wave);
          wideWaves += wave > 64 ? 1 : 0;
        }
      }
      if (run.generations().size() == 2) {
        secondGenerations++;
      }
    }
    for (ArrayError e : ArrayError.values()) {
      assertTrue(outcomes.getOrDefault(e, 0) > 0, "no generation ended with " + e + ": " + outcomes);
    }
    assertTrue(outcomes.get(ArrayError.NONE) > 80, "successful generations: " + outcomes);
    assertTrue(secondGenerations > 30, "second generations: " + secondGenerations);
    assertTrue(multiWave > 30, "generations of more than one wave: " + multiWave);
    assertTrue(widestWave > 200 && wideWaves > 10,
        "at P = 256, waves of more than 64 PEs: " + wideWaves + ", the widest: " + widestWave);
  }
}
