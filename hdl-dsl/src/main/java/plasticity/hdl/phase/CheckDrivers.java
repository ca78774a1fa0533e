package plasticity.hdl.phase;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import plasticity.hdl.ir.ModuleIr;
import plasticity.hdl.ir.SignalDecl;
import plasticity.hdl.ir.SignalDecl.SignalKind;
import plasticity.hdl.ir.SourceLocation;
import plasticity.hdl.ir.Stmt;
import plasticity.hdl.ir.Stmts;

/**
 * Every output, wire and child input is driven; nothing is driven twice. "Twice" means two
 * unconditional assignments in the same block: the second silently overrides the first, which
 * is nearly always a wiring mistake (a conditional override inside {@code when} is fine, and so
 * is overriding a value given with {@code driveDefault}).
 */
final class CheckDrivers implements Phase {
  @Override
  public String name() {
    return "driver";
  }

  @Override
  public void run(CompileContext c) {
    for (ModuleIr m : c.unique) {
      boolean[] driven = new boolean[m.signals().size()];
      Stmts.connects(m.body(), s -> driven[s.target()] = true);
      for (int i = 0; i < driven.length; i++) {
        SignalDecl s = m.signals().get(i);
        boolean needsDriver = s.kind() == SignalKind.OUTPUT
            || (s.kind() == SignalKind.WIRE
                && s.instancePort().map(SignalDecl.InstancePort::childInput).orElse(true));
        if (needsDriver && !driven[i]) {
          String what = s.instancePort().isPresent()
              ? "input '" + s.instancePort().get().port() + "' of instance '"
                  + m.instances().get(s.instancePort().get().instance()).name() + "'"
              : (s.kind() == SignalKind.OUTPUT ? "output '" : "wire '") + s.name() + "'";
          c.error(name(), m, what + " is never driven: drive() it, or remove it", s.location(),
              List.of(s.name()));
        }
        if (s.kind() == SignalKind.REG && !driven[i] && s.reset().isEmpty()) {
          c.error(name(), m, "register '" + s.name() + "' is never assigned and has no reset "
              + "value: set it with next(), or give it init()", s.location(), List.of(s.name()));
        }
      }
      overlaps(c, m, m.body());
    }
  }

  private void overlaps(CompileContext c, ModuleIr m, List<Stmt> block) {
    Map<Integer, SourceLocation> first = new HashMap<>();
    for (Stmt s : block) {
      if (s instanceof Stmt.Connect k) {
        if (k.isDefault()) {
          continue; // a default is there to be overridden
        }
        SourceLocation before = first.putIfAbsent(k.target(), k.location());
        if (before != null) {
          String n = m.signals().get(k.target()).name();
          c.error(name(), m, "'" + n + "' has two drivers: assigned at " + before + " and again "
              + "here; the second would silently replace the first. Assign it once, or put "
              + "the override inside when(...)", k.location(), List.of(n));
        }
      } else if (s instanceof Stmt.When w) {
        overlaps(c, m, w.whenTrue());
        overlaps(c, m, w.otherwise());
      } else if (s instanceof Stmt.Switch sw) {
        for (Stmt.Case k : sw.cases()) {
          overlaps(c, m, k.body());
        }
        overlaps(c, m, sw.otherwise());
      }
    }
  }
}
