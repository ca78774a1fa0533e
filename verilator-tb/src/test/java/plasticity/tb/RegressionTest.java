package plasticity.tb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plasticity.tb.verilator.VerilatorSettings;

/** Golden accumulator against the good and the buggy RTL, over seeds. */
@TagVerilator
class RegressionTest {
  private static final List<Long> SEEDS = LongStream.rangeClosed(1, 12).boxed().toList();

  @TempDir Path root;

  private Regression regression(ByteArrayOutputStream sink) {
    return regression(sink, 1);
  }

  private Regression regression(ByteArrayOutputStream sink, int jobs) {
    return new Regression(
        "acc8", "--set width=8", TestDuts.builder(), root, new PrintStream(sink, true, StandardCharsets.UTF_8), jobs);
  }

  /**
   * Seeds run four at a time print exactly what they print one at a time: progress lines in
   * seed order, the same failures, the same replay commands, the same summary.
   */
  @Test
  void seedsRunInParallelReportInSeedOrder() {
    Tools.require("verilator");
    List<Long> seeds = LongStream.rangeClosed(1, 40).boxed().toList();
    String[] outputs = new String[2];
    int[] jobs = {1, 4};
    for (int i = 0; i < 2; i++) {
      ByteArrayOutputStream sink = new ByteArrayOutputStream();
      regression(sink, jobs[i]).run(TestDuts.acc8Wrong(), VerilatorSettings.defaults(), seed -> Acc8Golden.trace(seed, 300), seeds);
      outputs[i] = sink.toString(StandardCharsets.UTF_8);
    }
    assertTrue(outputs[0].contains("FAILED seed="), "the buggy RTL fails some seeds: " + outputs[0]);
    assertEquals(outputs[0], outputs[1]);
  }

  @Test
  void correctRtlPassesEverySeed() {
    Tools.require("verilator");
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    Regression.Report report = regression(sink).run(TestDuts.acc8(), VerilatorSettings.defaults(), seed -> Acc8Golden.trace(seed, 300), SEEDS);
    String out = sink.toString(StandardCharsets.UTF_8);
    assertEquals(12, report.passed(), out);
    assertTrue(out.contains("[ 1/12] seed=1 PASS\n"), out);
    assertTrue(out.endsWith("12 passed, 0 failed\n"), out);
  }

  @Test
  void buggyRtlFailsExactlyTheSeedsThatExposeTheBug() {
    Tools.require("verilator");
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    Regression r = regression(sink);
    Regression.Report report = r.run(TestDuts.acc8Wrong(), VerilatorSettings.defaults(), seed -> Acc8Golden.trace(seed, 300), SEEDS);
    String out = sink.toString(StandardCharsets.UTF_8);

    List<Long> expectedFailures = SEEDS.stream().filter(s -> Acc8Golden.exposesBug(Acc8Golden.trace(s, 300))).toList();
    assertTrue(!expectedFailures.isEmpty() && expectedFailures.size() < SEEDS.size(), "seeds should mix: " + expectedFailures);
    List<Long> failed = report.results().stream().filter(x -> !x.verdict().passed()).map(Regression.SeedResult::seed).toList();
    assertEquals(expectedFailures, failed, out);

    long s = failed.get(0);
    assertTrue(out.contains("  replay: ./plasticity regress acc8 --set width=8 --seed " + s + " --waves\n"), out);
    assertTrue(out.contains("FAILED seed=" + s + ": MISMATCH cycle="), out);
    assertTrue(Files.exists(root.resolve("acc8").resolve("seed-" + s + ".trace")), "failing trace is kept");
    long passing = SEEDS.stream().filter(x -> !failed.contains(x)).findFirst().orElseThrow();
    assertTrue(Files.notExists(r.tracePath(passing)), "passing trace is removed");
    String[] lines = out.split("\n");
    assertEquals((SEEDS.size() - failed.size()) + " passed, " + failed.size() + " failed", lines[lines.length - 1]);
  }
}
