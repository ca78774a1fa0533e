package plasticity.gen.adam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The ROMs the generator builds from the formula hold the knots docs/spec/adam.md prints
 * ("Sigmoid and tanh"): the generator and the golden table are written apart, and both must
 * agree with the spec's listing.
 */
class KnotTableTest {
  @Test
  void theGeneratorsKnotsAreTheSpecsListing() throws IOException {
    Path spec = Path.of("..", "docs", "spec", "adam.md");
    assertTrue(Files.exists(spec), "run from the generators module: " + spec.toAbsolutePath() + " is missing");
    Pattern row = Pattern.compile("^(sigmoid|tanh) +K\\[(\\d+)\\.\\.(\\d+)\\] +([0-9 ]+)$");
    Map<String, Long> printed = new HashMap<>();
    for (String line : Files.readAllLines(spec)) {
      Matcher m = row.matcher(line.strip());
      if (m.matches()) {
        String[] values = m.group(4).trim().split(" +");
        int from = Integer.parseInt(m.group(2));
        for (int i = 0; i < values.length; i++) {
          printed.put(m.group(1) + (from + i), Long.parseLong(values[i]));
        }
      }
    }
    assertEquals(2 * (KnotTable.SEGMENTS + 1), printed.size(), "knot rows in " + spec);
    for (int j = 0; j <= KnotTable.SEGMENTS; j++) {
      assertEquals(printed.get("sigmoid" + j), KnotTable.SIGMOID.knot(j), "sigmoid K" + j);
      assertEquals(printed.get("tanh" + j), KnotTable.TANH.knot(j), "tanh K" + j);
    }
    // The spec's hardware note: rises fit 7 bits (all in 0..80).
    for (int j = 0; j < KnotTable.SEGMENTS; j++) {
      assertTrue(KnotTable.SIGMOID.rise(j) <= 80 && KnotTable.TANH.rise(j) <= 80, "rise " + j);
    }
  }
}
