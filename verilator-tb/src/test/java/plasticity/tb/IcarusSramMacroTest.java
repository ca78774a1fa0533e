package plasticity.tb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plasticity.hdl.Bool;
import plasticity.hdl.DesignWriter;
import plasticity.hdl.GeneratedDesign;
import plasticity.hdl.Hdl;
import plasticity.hdl.Mem;
import plasticity.hdl.Module;
import plasticity.hdl.UInt;
import plasticity.tb.process.ProcessResult;
import plasticity.tb.process.ProcessRunner;

/**
 * An SRAM macro read outside any when (its read enable a constant 1) simulates in Icarus: the
 * emitted enable must be a continuous assignment, since an always @* block of constants has no
 * event to run it and the enable, and every word read, stays X.
 */
@TagVerilator
class IcarusSramMacroTest {
  @TempDir Path dir;

  /** Writes {@code d} at {@code a} when {@code we}; {@code q} is the word at {@code a} a cycle later. */
  static final class UngatedRead extends Module {
    UngatedRead() {
      UInt a = in("a", UInt(2));
      Bool we = in("we", Bool());
      UInt d = in("d", UInt(8));
      Mem<UInt> m = memMacro("m", UInt(8), 4, "Sram4x8");
      when(we, () -> m.write(a, d));
      out("q", UInt(8)).drive(m.readSync("q_m", a));
    }
  }

  private static final String BENCH = """
      `timescale 1ns/1ns
      module bench;
        reg clk = 0, we = 0;
        reg [1:0] a = 0;
        reg [7:0] d = 0;
        wire [7:0] q;
        UngatedRead dut(.clk(clk), .a(a), .we(we), .d(d), .q(q));
        always #5 clk = ~clk;
        initial begin
          @(negedge clk); we = 1; a = 2; d = 8'h5a;
          @(negedge clk); we = 0;
          @(negedge clk);
          $display("q=%h", q);
          $finish;
        end
      endmodule
      """;

  @Test
  void anUngatedReadReturnsTheWordWritten() throws Exception {
    Tools.require("iverilog");
    Tools.require("vvp");
    GeneratedDesign design = Hdl.generate("ungated-read", Map.of(), UngatedRead::new);
    Path rtl = DesignWriter.write(design, dir.resolve("rtl"));
    Path bench = Files.writeString(dir.resolve("bench.v"), BENCH);
    List<String> compile = new ArrayList<>(List.of("iverilog", "-g2005", "-o", dir.resolve("sim.vvp").toString(), "-s", "bench"));
    design.verilogFiles().forEach(f -> compile.add(rtl.resolve(f).toString()));
    compile.add(bench.toString());
    ProcessRunner runner = ProcessRunner.standard();
    runner.run(compile, dir).requireSuccess("iverilog");
    ProcessResult run = runner.run(List.of("vvp", "-n", dir.resolve("sim.vvp").toString()), dir).requireSuccess("vvp");
    assertTrue(run.stdout().contains("q=5a"), run.stdout() + run.stderr());
  }
}
