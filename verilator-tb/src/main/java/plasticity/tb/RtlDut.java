package plasticity.tb;

import java.nio.file.Path;
import java.util.List;
import plasticity.hdl.DesignWriter;
import plasticity.hdl.GeneratedDesign;
import plasticity.tb.trace.TraceSignal;

/** A generated design as the harness sees it: its files on disk, its ports, its clock. */
public final class RtlDut {
  private RtlDut() {}

  /** Writes {@code design} into {@code dir} and describes it as a {@link Dut}. */
  public static Dut write(GeneratedDesign design, Path dir) {
    Path written = DesignWriter.write(design, dir);
    List<Path> files = design.verilogFiles().stream().map(written::resolve).toList();
    List<DutPort> ports = design.ports().stream().map(RtlDut::port).toList();
    boolean clocked = ports.stream().anyMatch(p -> p.name().equals("clk"));
    return new Dut(design.top(), files, ports, clocked ? "clk" : "");
  }

  /** The trace columns of {@code design}: every port but the clock, in port order. */
  public static List<TraceSignal> traceSignals(GeneratedDesign design) {
    return design.ports().stream()
        .filter(p -> !p.name().equals("clk"))
        .map(RtlDut::port)
        .map(p -> new TraceSignal(p.dir(), p.name(), p.width()))
        .toList();
  }

  private static DutPort port(GeneratedDesign.TopPort p) {
    return new DutPort(p.name(), p.direction().equals("input") ? DutPort.Direction.IN : DutPort.Direction.OUT,
        p.width(), p.signed());
  }
}
