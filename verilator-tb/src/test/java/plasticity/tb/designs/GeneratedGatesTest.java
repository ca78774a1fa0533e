package plasticity.tb.designs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import plasticity.gen.Designs;
import plasticity.hdl.DesignWriter;
import plasticity.hdl.GeneratedDesign;
import plasticity.tb.TagVerilator;
import plasticity.tb.Tools;
import plasticity.tb.gate.IcarusCompile;
import plasticity.tb.gate.Lint;
import plasticity.tb.gate.YosysSynth;

/**
 * The gates on every generated file of every design, at every parameter set its bench names
 * for them (the regression's sets, or smaller ones where a default is too large for Yosys in a
 * test): Verilator lint with -Wall and no waiver flag, Icarus -g2005, Yosys synth with
 * check -assert and no latch.
 */
@TagVerilator
@Execution(ExecutionMode.CONCURRENT) // each configuration is its own tool runs in its own directory
class GeneratedGatesTest {
  @TempDir Path root;

  static Stream<Arguments> configurations() {
    return Benches.all().stream()
        .flatMap(b -> b.gateParameterSets().stream().map(s -> Arguments.of(b.design(), s)));
  }

  private List<Path> write(String design, Map<String, String> settings, GeneratedDesign[] out) {
    GeneratedDesign d = Designs.byName(design).generate(settings);
    out[0] = d;
    Path dir = DesignWriter.write(d, root.resolve(design));
    return d.verilogFiles().stream().map(dir::resolve).toList();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("configurations")
  void lintIcarusAndYosysAcceptEveryFile(String design, Map<String, String> settings) {
    Tools.require("verilator");
    Tools.require("iverilog");
    Tools.require("yosys");
    GeneratedDesign[] d = new GeneratedDesign[1];
    List<Path> files = write(design, settings, d);
    Lint.Result lint = Lint.run(d[0].top(), files);
    assertTrue(lint.ok(), lint.log());
    assertEquals(List.of(), lint.findings(), lint.log());
    IcarusCompile.Result icarus = IcarusCompile.run(d[0].top(), files);
    assertTrue(icarus.ok(), icarus.log());
    YosysSynth.Result synth = YosysSynth.run(d[0].top(), files, YosysSynth.Target.GENERIC, root.resolve(design));
    assertTrue(synth.ok(), String.join("\n", synth.problems()) + "\n" + synth.logTail());
    assertTrue(synth.cellCount() > 0, synth.stat());
  }
}
