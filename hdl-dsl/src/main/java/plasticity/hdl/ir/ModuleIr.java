package plasticity.hdl.ir;

import java.util.List;
import java.util.Map;

/**
 * One elaborated module: what its Java constructor described. Immutable.
 *
 * @param baseName the Java class's simple name (or the name the generator chose)
 * @param params elaboration-time parameters in declaration order; they name specialised modules
 * @param verilogParams widths kept as Verilog {@code parameter}s: name to default value
 * @param signals every declared signal; ports first, in declaration order
 * @param sequential whether the module (or a child) has state, so needs {@code clk} and {@code rst}
 * @param hierBlock a unit of Verilator's hierarchical verilation ({@code Module.hierBlock()})
 * @param fingerprint a hash of the structure: equal fingerprints emit as one Verilog module
 */
public record ModuleIr(
    String baseName,
    String generator,
    Map<String, String> params,
    Map<String, Integer> verilogParams,
    List<SignalDecl> signals,
    List<MemDecl> memories,
    List<InstanceIr> instances,
    List<Stmt> body,
    boolean sequential,
    String doc,
    boolean hierBlock,
    SourceLocation location,
    String fingerprint) {  /** The index of the signal called {@code name}; an error if there is none. */
  public int signalIndex(String name) {
    for (int i = 0; i < signals.size(); i++) {
      if (signals.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no signal '" + name + "' in module " + baseName);
  }
}
