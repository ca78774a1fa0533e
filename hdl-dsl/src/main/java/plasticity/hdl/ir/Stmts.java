package plasticity.hdl.ir;

import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/** Traversals of statement trees and expressions that the phases, emitter and simulator share. */
public final class Stmts {
  private Stmts() {}

  /** Every connection in {@code body}, in order, through all branches. */
  public static void connects(List<Stmt> body, Consumer<Stmt.Connect> f) {
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

  /** Whether {@code body} assigns any of {@code targets}, or writes a memory when {@code writes}. */
  public static boolean touches(List<Stmt> body, BitSet targets, boolean writes) {
    for (Stmt s : body) {
      if (s instanceof Stmt.Connect c && targets.get(c.target())) {
        return true;
      }
      if (s instanceof Stmt.MemWrite && writes) {
        return true;
      }
      if (s instanceof Stmt.When w && (touches(w.whenTrue(), targets, writes) || touches(w.otherwise(), targets, writes))) {
        return true;
      }
      if (s instanceof Stmt.Switch sw) {
        for (Stmt.Case c : sw.cases()) {
          if (touches(c.body(), targets, writes)) {
            return true;
          }
        }
        if (touches(sw.otherwise(), targets, writes)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code body} writes a memory on some path. */
  public static boolean hasMemWrite(List<Stmt> body) {
    return touches(body, new BitSet(), true);
  }

  /** Calls {@code f} with the index of every signal {@code e} reads. */
  public static void refs(Expr e, IntConsumer f) {
    if (e instanceof Expr.Ref r) {
      f.accept(r.signal());
    }
    for (Expr o : operands(e)) {
      refs(o, f);
    }
  }

  /** Whether {@code e} reads neither a signal nor a memory: its value is fixed at elaboration. */
  public static boolean isConstant(Expr e) {
    return !(e instanceof Expr.Ref) && !(e instanceof Expr.MemRead) && operands(e).stream().allMatch(Stmts::isConstant);
  }

  /** The direct subexpressions of {@code e} (a memory read's address among them). */
  public static List<Expr> operands(Expr e) {
    if (e instanceof Expr.Unary u) {
      return List.of(u.operand());
    } else if (e instanceof Expr.Binary b) {
      return List.of(b.left(), b.right());
    } else if (e instanceof Expr.Mux m) {
      return List.of(m.condition(), m.whenTrue(), m.whenFalse());
    } else if (e instanceof Expr.Concat c) {
      return c.parts();
    } else if (e instanceof Expr.Slice s) {
      return List.of(s.operand());
    } else if (e instanceof Expr.Extend x) {
      return List.of(x.operand());
    } else if (e instanceof Expr.Reinterpret x) {
      return List.of(x.operand());
    } else if (e instanceof Expr.MemRead m) {
      return List.of(m.address());
    }
    return List.of();
  }
}
