package plasticity.gen.adam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import plasticity.golden.adam.ActivationTable;

/**
 * The ROMs the generator builds from the spec's formula hold the golden table's knots
 * (docs/spec/adam.md, "Sigmoid and tanh"; the golden side's own test checks them against the
 * spec's listing). The two are computed apart, so a slip in either formula shows here.
 */
class KnotTableTest {
  @Test
  void theGeneratorsKnotsAreTheGoldenTables() {
    assertEquals(ActivationTable.SEGMENTS, KnotTable.SEGMENTS);
    for (int j = 0; j <= KnotTable.SEGMENTS; j++) {
      assertEquals(ActivationTable.SIGMOID.knot(j), KnotTable.SIGMOID.knot(j), "sigmoid K" + j);
      assertEquals(ActivationTable.TANH.knot(j), KnotTable.TANH.knot(j), "tanh K" + j);
    }
    // The spec's hardware note: rises fit 7 bits (all in 0..80).
    for (int j = 0; j < KnotTable.SEGMENTS; j++) {
      assertTrue(KnotTable.SIGMOID.rise(j) <= 80 && KnotTable.TANH.rise(j) <= 80, "rise " + j);
    }
  }
}
