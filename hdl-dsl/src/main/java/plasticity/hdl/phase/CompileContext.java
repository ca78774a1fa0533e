package plasticity.hdl.phase;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import plasticity.hdl.HdlError;
import plasticity.hdl.ir.ModuleIr;
import plasticity.hdl.ir.SourceLocation;

/** What the phases share: the top, the unique modules, the errors, and each phase's results. */
public final class CompileContext {
  final ModuleIr top;
  /** One module per fingerprint, children before parents (the filelist order). */
  final List<ModuleIr> unique = new ArrayList<>();
  /** Verilog module name per fingerprint. */
  final Map<String, String> verilogNames = new LinkedHashMap<>();
  /** Per fingerprint: for each output port, the input ports it depends on combinationally. */
  final Map<String, Map<String, Set<String>>> combPaths = new LinkedHashMap<>();
  final Map<ModuleIr, Boolean> seen = new IdentityHashMap<>();
  final List<HdlError> errors = new ArrayList<>();

  CompileContext(ModuleIr top) {
    this.top = top;
  }

  void error(String check, ModuleIr module, String message, SourceLocation at, List<String> signals) {
    errors.add(new HdlError(check, module.baseName(), message, at, List.copyOf(signals)));
  }

  public List<ModuleIr> uniqueModules() {
    return List.copyOf(unique);
  }

  public String verilogName(ModuleIr m) {
    return verilogNames.get(m.fingerprint());
  }

  public ModuleIr top() {
    return top;
  }
}
