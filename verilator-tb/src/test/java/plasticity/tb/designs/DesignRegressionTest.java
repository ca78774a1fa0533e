package plasticity.tb.designs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import plasticity.gen.Designs;
import plasticity.hdl.GeneratedDesign;
import plasticity.tb.Dut;
import plasticity.tb.Regression;
import plasticity.tb.RtlDut;
import plasticity.tb.TagVerilator;
import plasticity.tb.Tools;
import plasticity.tb.verilator.VerilatorBuild;
import plasticity.tb.verilator.VerilatorSettings;

/** Given a configuration and a seed, the RTL equals the golden model; a broken RTL is caught. */
@TagVerilator
class DesignRegressionTest {
  @TempDir Path root;

  private static PrintStream sink(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }

  /** Three seeds per parameter set, so every set runs more than once. */
  @ParameterizedTest
  @ValueSource(strings = {"addertree", "fifo", "xorwow", "eve-pe"})
  void rtlEqualsGoldenOnEveryParameterSet(String design) {
    Tools.require("verilator");
    int sets = Benches.byName(design).parameterSets().size();
    List<Long> seeds = LongStream.rangeClosed(1, 3L * sets).boxed().toList();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Regression.Report report =
        new DesignRegression(design, Map.of(), root, VerilatorBuild.standard(), sink(out)).run(seeds);
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, report.failed(), text);
    assertTrue(text.endsWith(seeds.size() + " passed, 0 failed\n"), text);
  }

  @Test
  void replayWritesAWaveform() throws Exception {
    Tools.require("verilator");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    var verdict = new DesignRegression("fifo", Map.of("DEPTH", "4"), root, VerilatorBuild.standard(), sink(out))
        .replay(7, true);
    assertTrue(verdict.passed(), out.toString(StandardCharsets.UTF_8));
    Path fst = root.resolve("fifo").resolve("seed-7.fst");
    assertTrue(Files.size(fst) > 0, "an FST waveform is written");
  }

  /**
   * Mutation: one adder of the generated tree subtracts instead. The regression must fail with
   * the first mismatch (cycle, signal, expected, got) and the command that replays it.
   */
  @Test
  void aBrokenOperatorInTheRtlIsCaught() throws Exception {
    Tools.require("verilator");
    Map<String, String> settings = Map.of("N", "4", "W", "8", "K", "1");
    GeneratedDesign d = Designs.byName("addertree").generate(settings);
    Dut mutant = RtlDut.write(d, root.resolve("mutant"));
    Path file = mutant.verilogFiles().get(0);
    String rtl = Files.readString(file);
    String good = "assign sum_l2_0 = {stage_l1_0[8], stage_l1_0} + {stage_l1_1[8], stage_l1_1};";
    assertTrue(rtl.contains(good), rtl);
    Files.writeString(file, rtl.replace(good, good.replace("} + {", "} - {")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Regression.Report report = new Regression("addertree", "--set N=4 --set W=8 --set K=1",
        VerilatorBuild.standard(), root, sink(out))
        .run(mutant, VerilatorSettings.defaults(), seed -> new AdderTreeBench().trace(d, seed), List.of(1L, 2L, 3L));
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(3, report.failed(), text);
    assertTrue(text.contains("MISMATCH cycle="), text);
    assertTrue(text.contains("signal=out_sum expected=0x"), text);
    assertTrue(text.contains("replay: ./plasticity regress addertree --set N=4 --set W=8 --set K=1 --seed 1 --waves"), text);
    assertTrue(text.endsWith("0 passed, 3 failed\n"), text);
  }

  /**
   * ADAM on its two small sets (seeds 1, 2, 4, 5; the 32 x 32 default runs in
   * {@code plasticity regress adam}): runs with bred and random genomes, broadcasts, faults,
   * a reset mid-run.
   */
  @Test
  void adamEqualsGoldenOnItsSmallSets() {
    Tools.require("verilator");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Regression.Report report = new DesignRegression("adam", Map.of(), root, VerilatorBuild.standard(), sink(out))
        .run(List.of(1L, 2L, 4L, 5L));
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, report.failed(), text);
    assertTrue(text.endsWith("4 passed, 0 failed\n"), text);
  }

  /**
   * Mutations of an ADAM PE: the stall rule forgets stage F2 (a link reads a value one cycle
   * before it is written), the accumulator's first-product select is inverted, the sum's
   * rounding drops its half step. Each must fail the regression.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      " | (f2_valid & (f2_dest == source)); => ;",
      "assign sum = (p_first ?  => assign sum = (~p_first ? ",
      "assign _t2 = f1_sum[9] ? 2'd1 : 2'd0; => assign _t2 = 2'd0;"})
  void aBrokenAdamPeIsCaught(String mutation) throws Exception {
    Tools.require("verilator");
    Map<String, String> settings = new AdamBench().parameterSets().get(1);
    GeneratedDesign d = Designs.byName("adam").generate(settings);
    Dut mutant = RtlDut.write(d, root.resolve("mutant"));
    assertEquals(1, mutate(mutant, mutation), "one file contains " + mutation.split(" => ")[0]);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Regression.Report report = new Regression("adam", "", VerilatorBuild.standard(), root, sink(out))
        .run(mutant, VerilatorSettings.defaults(), seed -> new AdamBench().trace(d, seed), List.of(1L, 4L, 7L));
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(report.failed() > 0, text);
    assertTrue(text.contains("MISMATCH cycle="), text);
  }

  /**
   * The front end on two of its sets (a pipelined forest, a combinational tree); the fabric on two
   * of its sets (one line and a combinational ART; many lines, pipelined DN and ART).
   */
  @ParameterizedTest
  @CsvSource({"frontend,5", "frontend,19", "maeri,1", "maeri,3"})
  void maeriBlocksEqualGolden(String design, long seed) {
    Tools.require("verilator");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Regression.Report report = new DesignRegression(design, Map.of(), root, VerilatorBuild.standard(), sink(out))
        .run(List.of(seed));
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, report.failed(), text);
  }

  /**
   * Mutations of the front end: a multiplier switch that sends every activation it uses on the
   * link (ignoring ctl[1]), a distribute switch whose left output follows the right half of the
   * mask, and a link cut where it crosses from one DN tree to the next (MS 4 to MS 3 at four
   * leaves a tree), which chains packed across trees use. The bench must see all three.
   */
  @ParameterizedTest
  @ValueSource(strings = {"assign send = fire & ctl[1]; => assign send = fire;",
      "assign left_valid = state[1]; => assign left_valid = state[0];",
      "assign ms_3_link_in_valid = ms_4_link_out_valid; => assign ms_3_link_in_valid = 1'b0;"})
  void aBrokenFrontEndIsCaught(String mutation) throws Exception {
    assertCaught("frontend", Map.of("N", "8", "W", "8", "ACC", "16", "dnBw", "2", "dnPipe", "1"), mutation);
  }

  /**
   * Mutations of the fabric: a bus that lets the fabric advance while results wait (they are
   * lost), and an accumulation buffer that ignores acc_clear when adding.
   */
  @ParameterizedTest
  @ValueSource(strings = {"assign advance = none_blocking; => assign advance = 1'b1;",
      "assign kept = clear ? 16'd0 : (written & ~taken); => assign kept = written & ~taken;"})
  void aBrokenFabricIsCaught(String mutation) throws Exception {
    assertCaught("maeri-fabric", Map.of(), mutation);
  }

  /**
   * Mutations of the accelerator's tile controller (default settings, Q = 7): quiet two advances
   * early (a CONFIG lands while a wave is inside), the slot base lost on its way down the pipe
   * (waves add into the entries of another slot), and a crossbar that takes drain lane 1's writes
   * to bank 1 for bank 2's (bank 1 misses them, and bank 2 takes two drains in one cycle).
   */
  @ParameterizedTest
  @ValueSource(strings = {"assign quiet = since_wave == 3'd7; => assign quiet = since_wave == 3'd5;",
      "base_2 <= base_1; => base_2 <= 5'd0;",
      "(drain_1 & (drain_bank_1 == 3'd1)) => (drain_1 & (drain_bank_1 == 3'd2))"})
  void aBrokenAcceleratorIsCaught(String mutation) throws Exception {
    // Seeds 3 and 4: their layers have passes of at most N/2 VNs, so waves rotate over slots with
    // bases other than 0 (seeds 1 and 2 draw passes of one slot, where a lost base changes nothing).
    assertCaught("maeri", Map.of(), mutation, 3, 4);
  }

  private void assertCaught(String design, Map<String, String> settings, String mutation) throws Exception {
    assertCaught(design, settings, mutation, 1, 2);
  }

  /** {@code mutation} is "good => bad": the design with every good line made bad fails both seeds. */
  private void assertCaught(String design, Map<String, String> settings, String mutation, long seedA, long seedB)
      throws Exception {
    Tools.require("verilator");
    GeneratedDesign d = Designs.byName(design).generate(settings);
    Dut mutant = RtlDut.write(d, root.resolve("mutant"));
    assertTrue(mutate(mutant, mutation) > 0, "no file contains " + mutation.split(" => ")[0]);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DesignBench bench = Benches.byName(design);
    Regression.Report report = new Regression(design, "", VerilatorBuild.standard(), root, sink(out))
        .run(mutant, VerilatorSettings.defaults(), seed -> bench.trace(d, seed), List.of(seedA, seedB));
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(2, report.failed(), text);
    assertTrue(text.contains("MISMATCH cycle="), text);
  }

  /**
   * Mutations of the EvE PE: the aligner pops parent 2 on a FIRST_ONLY step, the xorwow's fourth
   * word takes a wrong Weyl step, the add/merge stage flushes a pending gene of equal key
   * instead of dropping it. Each must fail some of 20 seeds, with the replay line.
   */
  @ParameterizedTest
  @ValueSource(strings = {"GeneAligner.v|assign pop2 = issue_step & ~first_only;|assign pop2 = issue_step;",
      "StepXorwow.v|assign s4_d = s3_d + 32'd362437;|assign s4_d = s3_d + 32'd362436;",
      "AddGene.v|(head_key < key)|(head_key <= key)"})
  void aBrokenEvePeIsCaught(String mutation) throws Exception {
    Tools.require("verilator");
    String[] m = mutation.split("\\|");
    GeneratedDesign d = Designs.byName("eve-pe").generate(Map.of());
    Dut mutant = RtlDut.write(d, root.resolve("mutant"));
    Path file = mutant.verilogFiles().stream().filter(f -> f.getFileName().toString().equals(m[0])).findFirst().orElseThrow();
    String rtl = Files.readString(file);
    assertTrue(rtl.contains(m[1]), m[1] + " not in " + file);
    Files.writeString(file, rtl.replace(m[1], m[2]));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Regression.Report report = new Regression("eve-pe", "", VerilatorBuild.standard(), root, sink(out))
        .run(mutant, VerilatorSettings.defaults(), seed -> new EvePeBench().trace(d, seed),
            LongStream.rangeClosed(1, 20).boxed().toList());
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(report.failed() > 0, text);
    assertTrue(text.contains("MISMATCH cycle="), text);
    assertTrue(text.contains("replay: ./plasticity regress eve-pe --seed "), text);
  }

  /** Applies {@code mutation} ("good => bad") to every file of {@code mutant}; returns how many changed. */
  private static int mutate(Dut mutant, String mutation) throws Exception {
    String good = mutation.split(" => ")[0];
    String bad = mutation.split(" => ")[1];
    int mutated = 0;
    for (Path file : mutant.verilogFiles()) {
      String rtl = Files.readString(file);
      if (rtl.contains(good)) {
        Files.writeString(file, rtl.replace(good, bad));
        mutated++;
      }
    }
    return mutated;
  }
}
