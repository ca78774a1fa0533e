package plasticity.gen.adam;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.DoubleUnaryOperator;

/**
 * The knots of the activation unit's sigmoid and tanh tables, built from the spec's formula
 * (docs/spec/adam.md, "Sigmoid and tanh", step 3): K[j] = floor(1024 g(j / 32) + 1/2) in exact
 * arithmetic, g evaluated in Java double as neat-python's functions are (sigmoid(5z), tanh(2.5z)).
 */
enum KnotTable {
  SIGMOID(p -> {
    double z = 5.0 * p; // neat-python clamps 5z to +-60; on [0, 2] the clamp never acts
    return 1.0 / (1.0 + StrictMath.exp(-z));
  }),
  TANH(p -> StrictMath.tanh(2.5 * p));

  static final int SEGMENTS = 64;
  static final int KNOT_BITS = 11;
  static final int RISE_BITS = 7;

  private final long[] knots = new long[SEGMENTS + 1];

  KnotTable(DoubleUnaryOperator g) {
    for (int j = 0; j <= SEGMENTS; j++) {
      double v = g.applyAsDouble(j / 32.0);
      knots[j] = new BigDecimal(v).multiply(BigDecimal.valueOf(1024)).add(new BigDecimal("0.5"))
          .setScale(0, RoundingMode.FLOOR).longValueExact();
    }
    for (int j = 0; j < SEGMENTS; j++) {
      long rise = knots[j + 1] - knots[j];
      if (knots[j] < 0 || knots[j] >= 1 << KNOT_BITS || rise < 0 || rise >= 1 << RISE_BITS) {
        throw new IllegalStateException(this + " knot " + j + " = " + knots[j] + ", rise " + rise
            + ": the ROM's 11-bit knots and 7-bit rises cannot hold it");
      }
    }
  }

  /** Knot j, 0..64. */
  long knot(int j) {
    return knots[j];
  }

  /** K[j+1] - K[j], 0..63. */
  long rise(int j) {
    return knots[j + 1] - knots[j];
  }
}
