package plasticity.tb.designs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import plasticity.gen.Designs;
import plasticity.hdl.GeneratedDesign;
import plasticity.tb.trace.Trace;
import plasticity.tb.trace.TraceValue;

/**
 * The fabric's stimulus reaches what it must (no simulator needed): on every parameter set,
 * results on the lines, cycles where the bus holds the fabric still (where rnBw allows it),
 * several ART configurations, and clears of the accumulation buffer.
 */
class FabricBenchTest {
  static List<Map<String, String>> sets() {
    return new FabricBench("maeri-fabric").parameterSets();
  }

  @ParameterizedTest
  @MethodSource("sets")
  void theTraceCoversStallsResultsAndReconfiguration(Map<String, String> settings) {
    GeneratedDesign d = Designs.byName("maeri-fabric").generate(settings);
    int rnBw = Integer.parseInt(d.configuration().get("rnBw"));
    int n = Integer.parseInt(d.configuration().get("N"));
    int stalls = 0;
    int results = 0;
    int clears = 0;
    Set<BigInteger> rootConfigs = new HashSet<>();
    for (long seed = 1; seed <= 3; seed++) {
      Trace t = new FabricBench("maeri-fabric").trace(d, seed);
      List<String> names = t.signals().stream().map(s -> s.name()).toList();
      for (List<TraceValue> row : t.cycles()) {
        stalls += isZero(row.get(names.indexOf("ready"))) ? 1 : 0;
        clears += isOne(row.get(names.indexOf("acc_clear"))) ? 1 : 0;
        for (int j = 0; j < rnBw; j++) {
          results += isOne(row.get(names.indexOf("rn_valid_" + j))) ? 1 : 0;
        }
        StringBuilder cfg = new StringBuilder();
        for (int id = 0; id < n - 1; id++) {
          cfg.append(((TraceValue.Bits) row.get(names.indexOf("cfg_" + id))).value()).append(',');
        }
        rootConfigs.add(BigInteger.valueOf(cfg.toString().hashCode()));
      }
    }
    String where = d.configuration().toString();
    assertTrue(results > 100, where + ": only " + results + " results");
    assertTrue(rnBw >= n || stalls > 20, where + ": only " + stalls + " stalled cycles");
    assertTrue(rootConfigs.size() >= 6, where + ": only " + rootConfigs.size() + " ART configurations");
    assertTrue(clears >= 5, where + ": only " + clears + " clears");
  }

  private static boolean isOne(TraceValue v) {
    return v instanceof TraceValue.Bits b && b.value().signum() != 0;
  }

  private static boolean isZero(TraceValue v) {
    return v instanceof TraceValue.Bits b && b.value().signum() == 0;
  }
}
