package plasticity.tb;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A device under test: its Verilog and its ports, independent of how the Verilog was made.
 *
 * @param top the top module name
 * @param verilogFiles the RTL in dependency order (the order is part of the build cache key)
 * @param ports every port, including the clock
 * @param clock the port the harness toggles, or "" for a combinational DUT; it is not a trace column (every other input,
 *     reset included, is)
 */
public record Dut(String top, List<Path> verilogFiles, List<DutPort> ports, String clock) {

  public Dut {
    Objects.requireNonNull(top, "top");
    Objects.requireNonNull(clock, "clock");
    verilogFiles = List.copyOf(verilogFiles);
    ports = List.copyOf(ports);
    if (verilogFiles.isEmpty()) {
      throw new IllegalArgumentException("DUT '" + top + "' has no Verilog files");
    }
    Set<String> seen = new HashSet<>();
    for (DutPort p : ports) {
      if (!seen.add(p.name())) {
        throw new IllegalArgumentException("DUT '" + top + "' declares port '" + p.name() + "' twice");
      }
    }
    // An empty clock is a combinational DUT: the harness evaluates each cycle without an edge.
    if (!clock.isEmpty()) {
      String name = clock;
      DutPort clk =
          ports.stream()
              .filter(p -> p.name().equals(name))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "DUT '" + top + "' has no clock port '" + name + "' among " + seen));
      if (clk.dir() != DutPort.Direction.IN || clk.width() != 1) {
        throw new IllegalArgumentException(
            "clock '" + clock + "' of DUT '" + top + "' must be a 1-bit input");
      }
    }
  }

  /** True when the DUT has a clock ({@code clock} is empty for a combinational DUT). */
  public boolean clocked() {
    return !clock.isEmpty();
  }

  /** The trace columns: every port except the clock, in declaration order. */
  public List<DutPort> tracePorts() {
    return ports.stream().filter(p -> !p.name().equals(clock)).toList();
  }
}
