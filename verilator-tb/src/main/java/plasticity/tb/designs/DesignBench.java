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
   * The sets the lint, Icarus and Yosys gates check: the regression's, unless a design's default
   * is too large to synthesise in a test (it then names smaller sets that cover its structure).
   */
  default List<Map<String, String>> gateParameterSets() {
    return parameterSets();
  }

  /**
   * The trace of {@code seed} for {@code design}: stimulus drawn from a generator seeded with
   * {@code seed}, expected outputs from the golden model configured as {@code design} was.
   */
  Trace trace(GeneratedDesign design, long seed);
}
