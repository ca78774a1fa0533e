package plasticity.hdl;

import java.util.List;
import plasticity.hdl.ir.SourceLocation;

/**
 * One problem a compiler phase found.
 *
 * @param check the phase's short name (width, driver, loop, latch, name)
 * @param module the Verilog-facing module it was found in
 * @param signals the signals involved, in the order that explains the problem
 */
public record HdlError(
    String check, String module, String message, SourceLocation location, List<String> signals) {
  @Override
  public String toString() {
    return "error[" + check + "] " + location + ": " + message + " (in module " + module + ")";
  }
}
