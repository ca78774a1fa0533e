package plasticity.hdl;

import java.util.function.Supplier;
import plasticity.hdl.ir.ModuleIr;

/** Runs a top module's constructor and freezes the result into IR. */
public final class Elaboration {
  private Elaboration() {}

  /** Elaborates {@code top} (e.g. {@code () -> new AdderTree(8, 16, 1)}) into IR, unchecked. */
  public static ModuleIr elaborate(Supplier<? extends Module> top) {
    if (ModuleBuilder.depth() != 0) {
      throw HdlException.at("Elaboration.elaborate called while another module is being elaborated");
    }
    try {
      Module m = top.get();
      m.builder.pop();
      if (ModuleBuilder.depth() != 0) {
        throw HdlException.at("a module created during elaboration was never instanced");
      }
      return m.builder.finish();
    } finally {
      ModuleBuilder.clearStack();
    }
  }
}
