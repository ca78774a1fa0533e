package plasticity.hdl.phase;

import java.util.List;
import java.util.function.Consumer;
import plasticity.hdl.ir.Expr;
import plasticity.hdl.ir.Stmt;

/** Traversals of statement trees and expressions that several phases need. */
final class Walk {
  private Walk() {}

  static void connects(List<Stmt> body, Consumer<Stmt.Connect> f) {
    for (Stmt s : body) {
      if (s instanceof Stmt.Connect c) {
        f.accept(c);
      } else if (s instanceof Stmt.When w) {
        connects(w.whenTrue(), f);
        connects(w.otherwise(), f);
      } else if (s instanceof Stmt.Switch sw) {
        for (Stmt.Case k : sw.cases()) {
          connects(k.body(), f);
        }
        connects(sw.otherwise(), f);
      }
    }
  }

  /** Calls {@code f} with the index of every signal {@code e} reads. */
  static void refs(Expr e, java.util.function.IntConsumer f) {
    if (e instanceof Expr.Ref r) {
      f.accept(r.signal());
    } else if (e instanceof Expr.Unary u) {
      refs(u.operand(), f);
    } else if (e instanceof Expr.Binary b) {
      refs(b.left(), f);
      refs(b.right(), f);
    } else if (e instanceof Expr.Mux m) {
      refs(m.condition(), f);
      refs(m.whenTrue(), f);
      refs(m.whenFalse(), f);
    } else if (e instanceof Expr.Concat c) {
      for (Expr p : c.parts()) {
        refs(p, f);
      }
    } else if (e instanceof Expr.Slice s) {
      refs(s.operand(), f);
    } else if (e instanceof Expr.Extend x) {
      refs(x.operand(), f);
    } else if (e instanceof Expr.Reinterpret x) {
      refs(x.operand(), f);
    } else if (e instanceof Expr.MemRead m) {
      refs(m.address(), f);
    }
  }
}
