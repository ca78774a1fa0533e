package plasticity.hdl.phase;

import java.util.List;
import plasticity.hdl.ir.ModuleIr;
import plasticity.hdl.ir.SignalDecl;
import plasticity.hdl.ir.Stmt;
import plasticity.hdl.ir.Stmts;
import plasticity.hdl.ir.Type;

/** Every assignment's value has exactly the target's kind and width: no silent truncation. */
final class CheckWidths implements Phase {
  @Override
  public String name() {
    return "width";
  }

  @Override
  public void run(CompileContext c) {
    for (ModuleIr m : c.unique) {
      Stmts.connects(m.body(), s -> check(c, m, s));
      for (SignalDecl s : m.signals()) {
        s.enable().ifPresent(e -> {
          if (e.type().kind() != Type.Kind.BOOL) {
            c.error(name(), m, "the enable of register '" + s.name() + "' must be a Bool, got "
                + e.type().show(), s.location(), List.of(s.name()));
          }
        });
      }
    }
  }

  private void check(CompileContext c, ModuleIr m, Stmt.Connect s) {
    SignalDecl target = m.signals().get(s.target());
    Type want = target.type();
    Type got = s.value().type();
    if (want.equals(got)) {
      return;
    }
    String fix;
    if (want.kind() != got.kind()) {
      fix = "convert it with as" + (want.kind() == Type.Kind.SINT ? "SInt" : want.kind() == Type.Kind.BOOL ? "Bool" : want.kind() == Type.Kind.BITS ? "Bits" : "UInt") + "()";
    } else if (got.width() > want.width()) {
      fix = "drop bits on purpose with truncateTo(" + want.width() + ") or resize(" + want.width() + ")";
    } else {
      fix = "extend it with extendTo(" + want.width() + ") or resize(" + want.width() + ")";
    }
    if (want.kind() != got.kind() && want.width() != got.width()) {
      fix += " and match the width";
    }
    c.error(name(), m, "width mismatch: '" + target.name() + "' is " + want.show()
        + " but the value assigned is " + got.show() + ": " + fix, s.location(),
        List.of(target.name()));
  }
}
