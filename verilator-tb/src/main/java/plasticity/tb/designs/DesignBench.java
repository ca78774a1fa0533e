package plasticity.tb.designs;

import java.util.List;
import java.util.Map;
import plasticity.hdl.GeneratedDesign;
import plasticity.tb.trace.Trace;

/**
 * The golden side of a design's regression: the parameter sets a regression spreads its seeds
 * over, and the trace of one seed (random stimulus through the golden model).
 */
public interface DesignBench {
  String design();

  /** Parameter sets to sweep; seed {@code s} uses set {@code s mod size} (the defaults first). */
  List<Map<String, String>> parameterSets();

  /**
   * Parameter sets for the lint/Icarus/Yosys gates; the regression's by default. A design whose
   * regression sets are too large to synthesise on every test run gives smaller ones here.
   */
  default List<Map<String, String>> gateSets() {
    return parameterSets();
  }

  /**
   * The trace of {@code seed} for {@code design}: stimulus drawn from a generator seeded with
   * {@code seed}, expected outputs from the golden model configured as {@code design} was.
   */
  Trace trace(GeneratedDesign design, long seed);
}
