package plasticity.hdl;

import plasticity.hdl.ir.Expr;
import plasticity.hdl.ir.Expr.BinaryOp;

/** A single bit used as a condition. */
public final class Bool extends Data {
  Bool(ModuleBuilder owner, Expr expr) {
    super(owner, expr);
  }

  private Bool make(Expr e) {
    return new Bool(ModuleBuilder.current(), e);
  }

  public Bool and(Bool other) { return make(Ops.logic(BinaryOp.AND, this, other)); }
  public Bool or(Bool other) { return make(Ops.logic(BinaryOp.OR, this, other)); }
  public Bool xor(Bool other) { return make(Ops.logic(BinaryOp.XOR, this, other)); }
  public Bool not() { return make(Ops.unary(Expr.UnaryOp.NOT, this)); }

  /** This register's synchronous reset value. */
  public Bool init(long value) {
    initValue(value);
    return this;
  }

  /** This register's clock enable: its {@code next} assignments act only when it is high. */
  public Bool enable(Bool enable) {
    enableWith(enable);
    return this;
  }
}
