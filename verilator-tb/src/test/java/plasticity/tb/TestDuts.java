package plasticity.tb;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import plasticity.tb.process.ProcessRunner;
import plasticity.tb.verilator.BuildCache;
import plasticity.tb.verilator.BuildResult;
import plasticity.tb.verilator.VerilatorBuild;
import plasticity.tb.verilator.VerilatorSettings;

/**
 * The hand-written designs of src/test/resources/rtl and one build per (design, settings) for
 * the whole test run: a cold Verilator build costs seconds, so tests share them. The cache lives
 * in target/ so that a second `mvn test` reuses it and `mvn clean` starts over.
 */
final class TestDuts {
  static final Path CACHE = Path.of("target", "verilator-cache");
  private static final Map<String, BuildResult> BUILDS = new ConcurrentHashMap<>();

  private TestDuts() {}

  static Path rtl(String name) {
    try {
      return Path.of(TestDuts.class.getResource("/rtl/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** 8-bit accumulator: rst, en, d in; q out. */
  static Dut acc8() {
    return accumulator("acc8.v");
  }

  /** The same ports, with a bug when d == 0xff and en is low. */
  static Dut acc8Wrong() {
    return accumulator("acc8_wrong.v");
  }

  private static Dut accumulator(String file) {
    return new Dut(
        "acc8",
        List.of(rtl(file)),
        List.of(DutPort.in("clk", 1), DutPort.in("rst", 1), DutPort.in("en", 1), DutPort.in("d", 8), DutPort.out("q", 8)),
        "clk");
  }

  /** One registered passthrough per Verilator container: 1, 12, 32, 40, 100, 256 bits. */
  static Dut widePass() {
    return new Dut(
        "wide_pass",
        List.of(rtl("wide_pass.v")),
        List.of(
            DutPort.in("clk", 1), DutPort.in("rst", 1),
            DutPort.in("a", 1), DutPort.in("b", 12), DutPort.in("c", 32),
            DutPort.in("e", 40), DutPort.in("w", 100), DutPort.in("v", 256),
            DutPort.out("a_q", 1), DutPort.out("b_q", 12), DutPort.out("c_q", 32),
            DutPort.out("e_q", 40), DutPort.out("w_q", 100), DutPort.out("v_q", 256)),
        "clk");
  }

  static VerilatorBuild builder() {
    return new VerilatorBuild(new BuildCache(CACHE), ProcessRunner.standard());
  }

  /** The shared build of {@code dut} under {@code settings}. */
  static Path binary(Dut dut, VerilatorSettings settings) {
    String id = dut.verilogFiles() + "|" + settings;
    return BUILDS.computeIfAbsent(id, k -> builder().build(dut, settings)).binary();
  }
}
