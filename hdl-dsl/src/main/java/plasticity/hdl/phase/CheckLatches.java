package plasticity.hdl.phase;

import java.math.BigInteger;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import plasticity.hdl.ir.Expr;
import plasticity.hdl.ir.ModuleIr;
import plasticity.hdl.ir.SignalDecl;
import plasticity.hdl.ir.SignalDecl.SignalKind;
import plasticity.hdl.ir.Stmt;
import plasticity.hdl.ir.Stmts;

/**
 * No latches: a combinational signal that is assigned at all is assigned on every path. Give it
 * a default before the {@code when}, or an {@code otherwise}.
 */
final class CheckLatches implements Phase {
  @Override
  public String name() {
    return "latch";
  }

  @Override
  public void run(CompileContext c) {
    for (ModuleIr m : c.unique) {
      BitSet full = fullyAssigned(m.body());
      Set<Integer> reported = new HashSet<>();
      Stmts.connects(m.body(), k -> {
        SignalDecl s = m.signals().get(k.target());
        if (s.kind() != SignalKind.REG && !full.get(k.target()) && reported.add(k.target())) {
          c.error(name(), m, "'" + s.name() + "' would be a latch: it is assigned here but not "
              + "on every path. Assign a default before the when, or add otherwise(...)",
              k.location(), List.of(s.name()));
        }
      });
    }
  }

  /** The signals assigned on every path through {@code body}. */
  static BitSet fullyAssigned(List<Stmt> body) {
    BitSet out = new BitSet();
    for (Stmt s : body) {
      if (s instanceof Stmt.Connect k) {
        out.set(k.target());
      } else if (s instanceof Stmt.When w) {
        BitSet t = fullyAssigned(w.whenTrue());
        t.and(fullyAssigned(w.otherwise()));
        out.or(t);
      } else if (s instanceof Stmt.Switch sw) {
        BitSet all = null;
        for (Stmt.Case k : sw.cases()) {
          BitSet b = fullyAssigned(k.body());
          all = all == null ? b : and(all, b);
        }
        if (!sw.otherwise().isEmpty() || !coversAll(sw)) {
          BitSet b = fullyAssigned(sw.otherwise());
          all = all == null ? b : and(all, b);
        }
        if (all != null) {
          out.or(all);
        }
      }
    }
    return out;
  }

  private static BitSet and(BitSet a, BitSet b) {
    BitSet r = (BitSet) a.clone();
    r.and(b);
    return r;
  }

  /** True when the cases name every value of the selector, so no otherwise is reachable. */
  static boolean coversAll(Stmt.Switch sw) {
    int w = sw.selector().type().width();
    if (w > 20) {
      return false;
    }
    Set<BigInteger> values = new HashSet<>();
    for (Stmt.Case k : sw.cases()) {
      for (Expr.Lit l : k.values()) {
        values.add(l.bits());
      }
    }
    return values.size() == (1 << w);
  }

}
