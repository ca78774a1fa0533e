package plasticity.tb;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plasticity.tb.process.ProcessRunner;
import plasticity.tb.verilator.BuildCache;
import plasticity.tb.verilator.VerilatorBuild;
import plasticity.tb.verilator.VerilatorSettings;
import plasticity.tb.verilator.VerilatorSettings.TraceKind;

/** The build command follows the RTL: a marked hierarchical block means --hierarchical, except for waves. */
class VerilatorCommandTest {
  @TempDir Path dir;

  private Dut dut(String body) throws Exception {
    Path child = Files.writeString(dir.resolve("child.v"), "module child(input wire clk);\n" + body + "\nendmodule\n");
    Path top = Files.writeString(dir.resolve("acc8.v"), "module acc8(input wire clk); child c(.clk(clk)); endmodule\n");
    return new Dut("acc8", List.of(child, top), List.of(DutPort.in("clk", 1)), "clk");
  }

  private List<String> command(Dut d, VerilatorSettings s) {
    return new VerilatorBuild(new BuildCache(dir.resolve("cache")), ProcessRunner.standard()).command(d, s, dir);
  }

  @Test
  void aMarkedBlockIsVerilatedHierarchicallyButNotForWaves() throws Exception {
    Dut marked = dut("  /*verilator hier_block*/  // built once");
    assertTrue(command(marked, VerilatorSettings.defaults()).contains("--hierarchical"));
    assertFalse(command(marked, VerilatorSettings.defaults().withTrace(TraceKind.FST)).contains("--hierarchical"));
    // A hierarchical model is compiled by a make of its own after verilation (VerilatorBuild's
    // hierarchicalMake: Verilator 5.006's --build can verilate a block twice at once).
    assertFalse(command(marked, VerilatorSettings.defaults()).contains("--build"));
    Dut plain = dut("  // no mark"); // rewrites the files of marked
    assertFalse(command(plain, VerilatorSettings.defaults()).contains("--hierarchical"));
    assertTrue(command(plain, VerilatorSettings.defaults()).contains("--build"));
  }
}
