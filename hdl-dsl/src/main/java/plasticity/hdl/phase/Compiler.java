package plasticity.hdl.phase;

import java.util.ArrayList;
import java.util.List;
import plasticity.hdl.ElaborationException;
import plasticity.hdl.ir.ModuleIr;

/**
 * The ordered phase list. Deduplication comes first so that each check runs once per unique
 * module (a 1000-instance array costs what one instance costs); the checks then run in
 * dependency order (widths before drivers before loops before latches), and all their errors
 * are reported together. Naming follows; emission is {@link plasticity.hdl.emit}'s job.
 */
public final class Compiler {
  public static final List<Phase> PHASES = List.of(
      new CollectModules(),
      new CheckWidths(),
      new CheckDrivers(),
      new CheckCombLoops(),
      new CheckLatches(),
      new NameModules());

  private Compiler() {}

  /** Runs every phase on {@code top}; throws {@link ElaborationException} listing all errors. */
  public static CompileContext compile(ModuleIr top) {
    CompileContext c = new CompileContext(top);
    for (Phase p : PHASES) {
      p.run(c);
    }
    if (!c.errors.isEmpty()) {
      throw new ElaborationException(new ArrayList<>(c.errors));
    }
    return c;
  }
}
