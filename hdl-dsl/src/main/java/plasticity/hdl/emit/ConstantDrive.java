package plasticity.hdl.emit;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import plasticity.hdl.ir.Expr;
import plasticity.hdl.ir.Stmt;
import plasticity.hdl.ir.Stmts;
import plasticity.hdl.ir.Type;

/**
 * A combinational signal whose statements read no signal at all: every value, condition and
 * selector on its paths is a constant (an SRAM macro's read enable driven to 1 after its default
 * 0, say). As an {@code always @*} block it would have an empty event list, and Verilog-2005
 * simulators such as Icarus never run such a block: the signal would stay X. Folded into one
 * expression it becomes a continuous assignment instead, which every simulator evaluates at time
 * 0 and which synthesises to the same constant.
 */
final class ConstantDrive {
  private static final Type BOOL = new Type(Type.Kind.BOOL, 1);

  private ConstantDrive() {}

  /**
   * The value {@code body} gives signal {@code target} (of type {@code type}) as one expression
   * of constants, or empty when some statement on its paths reads a signal or a memory, or some
   * path leaves it unassigned.
   */
  static Optional<Expr> of(List<Stmt> body, int target, Type type) {
    BitSet only = new BitSet();
    only.set(target);
    return Optional.ofNullable(fold(body, only, type, null));
  }

  /** {@code current} after {@code body}; null when it reads something or stays unassigned. */
  private static Expr fold(List<Stmt> body, BitSet target, Type type, Expr current) {
    Expr v = current;
    for (Stmt s : body) {
      if (!Stmts.touches(List.of(s), target, false)) {
        continue;
      }
      if (s instanceof Stmt.Connect k) {
        v = Stmts.isConstant(k.value()) ? k.value() : null;
      } else if (s instanceof Stmt.When w) {
        Expr t = fold(w.whenTrue(), target, type, v);
        Expr e = fold(w.otherwise(), target, type, v);
        v = Stmts.isConstant(w.condition()) && t != null && e != null ? new Expr.Mux(w.condition(), t, e, type) : null;
      } else if (s instanceof Stmt.Switch sw) {
        v = Stmts.isConstant(sw.selector()) ? cases(sw, target, type, v) : null;
      }
      if (v == null) {
        return null;
      }
    }
    return v;
  }

  /** A case statement as a chain of muxes; the first matching case wins, as in Verilog. */
  private static Expr cases(Stmt.Switch sw, BitSet target, Type type, Expr current) {
    Expr rest = fold(sw.otherwise(), target, type, current);
    for (int c = sw.cases().size() - 1; c >= 0 && rest != null; c--) {
      Stmt.Case k = sw.cases().get(c);
      Expr body = fold(k.body(), target, type, current);
      if (body == null) {
        return null;
      }
      Expr hit = null;
      for (Expr.Lit value : k.values()) {
        Expr eq = new Expr.Binary(Expr.BinaryOp.EQ, sw.selector(), value, BOOL);
        hit = hit == null ? eq : new Expr.Binary(Expr.BinaryOp.OR, hit, eq, BOOL);
      }
      rest = new Expr.Mux(hit, body, rest, type);
    }
    return rest;
  }
}
