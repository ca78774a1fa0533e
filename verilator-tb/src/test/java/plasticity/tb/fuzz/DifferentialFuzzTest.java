package plasticity.tb.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import plasticity.hdl.Elaboration;
import plasticity.hdl.GeneratedDesign;
import plasticity.hdl.Hdl;
import plasticity.hdl.ir.ModuleIr;
import plasticity.hdl.sim.IrSimulator;
import plasticity.tb.Dut;
import plasticity.tb.DutPort;
import plasticity.tb.RtlDut;
import plasticity.tb.Simulation;
import plasticity.tb.TagVerilator;
import plasticity.tb.Tools;
import plasticity.tb.Verdict;
import plasticity.tb.trace.Trace;
import plasticity.tb.trace.TraceSignal;
import plasticity.tb.trace.TraceValue;
import plasticity.tb.verilator.VerilatorSettings;

/**
 * The Verilog backend against the IR's meaning: random circuits (every DSL construct) run in
 * the IR simulator and, emitted, on Verilator; every output of every cycle must agree.
 * {@code -Dplasticity.fuzz.circuits=N} runs more circuits, {@code -Dplasticity.fuzz.first=S}
 * starts elsewhere; a failing seed is replayed by running that one.
 */
@TagVerilator
class DifferentialFuzzTest {
  static final int CYCLES = 80;
  @TempDir Path root;

  static Stream<Long> seeds() {
    long first = Long.getLong("plasticity.fuzz.first", 1);
    int n = Integer.getInteger("plasticity.fuzz.circuits", 6);
    return LongStream.range(first, first + n).boxed();
  }

  @ParameterizedTest(name = "circuit seed {0}")
  @MethodSource("seeds")
  void emittedVerilogBehavesAsTheIr(long seed) {
    Tools.require("verilator");
    ModuleIr ir = Elaboration.elaborate(() -> new RandomCircuit(seed));
    GeneratedDesign d = Hdl.generate("fuzz", Map.of("seed", String.valueOf(seed)), ir);
    Path dir = root.resolve("fuzz-" + seed);
    Dut dut = RtlDut.write(d, dir);
    List<TraceSignal> signals = RtlDut.traceSignals(d);

    IrSimulator sim = new IrSimulator(ir);
    Random random = new Random(seed);
    Trace.Builder trace = Trace.builder("fuzz", seed, signals);
    for (int t = 0; t < CYCLES; t++) {
      Map<String, BigInteger> inputs = new LinkedHashMap<>();
      for (TraceSignal s : signals) {
        if (s.dir() == DutPort.Direction.IN) {
          boolean reset = s.name().equals("rst");
          inputs.put(s.name(), reset ? BigInteger.valueOf(t < 2 || random.nextInt(30) == 0 ? 1 : 0)
              : new BigInteger(s.width(), random));
        }
      }
      Map<String, BigInteger> outputs = sim.step(inputs);
      List<TraceValue> row = new ArrayList<>();
      for (TraceSignal s : signals) {
        row.add(s.dir() == DutPort.Direction.IN ? TraceValue.of(inputs.get(s.name()))
            : t == 0 ? TraceValue.DONT_CARE : TraceValue.of(outputs.get(s.name())));
      }
      trace.cycle(row);
    }
    Path file = trace.build().write(dir.resolve("fuzz.trace"));
    Verdict v = Simulation.run(dut, VerilatorSettings.defaults(), file, Optional.empty());
    assertTrue(v.passed(), () -> "circuit seed " + seed + ": "
        + (v instanceof Verdict.Error e ? e.message() : v.summary()) + "\nRTL and trace in " + dir
        + "\nreplay: mvn -pl verilator-tb test -DexcludedGroups= -Dtest=DifferentialFuzzTest"
        + " -Dplasticity.fuzz.first=" + seed + " -Dplasticity.fuzz.circuits=1");
  }
}
