package plasticity.hdl;

import plasticity.hdl.ir.Expr;
import plasticity.hdl.ir.Expr.BinaryOp;
import plasticity.hdl.ir.Type;

/** A bit vector with no numeric meaning: fields, masks, concatenations. */
public final class Bits extends Data {
  Bits(ModuleBuilder owner, Expr expr) {
    super(owner, expr);
  }

  private Bits make(Expr e) {
    return new Bits(ModuleBuilder.current(), e);
  }

  public Bits and(Bits other) { return make(Ops.logic(BinaryOp.AND, this, other)); }
  public Bits or(Bits other) { return make(Ops.logic(BinaryOp.OR, this, other)); }
  public Bits xor(Bits other) { return make(Ops.logic(BinaryOp.XOR, this, other)); }
  public Bits not() { return make(Ops.unary(Expr.UnaryOp.NOT, this)); }
  public Bits bits(int high, int low) { return make(Ops.slice(this, high, low, Type.Kind.BITS)); }
  public Bits resize(int width) { return make(Ops.resize(this, width, true, true, "resize")); }
  public Bits shl(int n) { return make(Ops.shiftLeftConst(this, n)); }
  public Bits shr(int n) { return make(Ops.shiftRightConst(this, n)); }

  /** This register's synchronous reset value. */
  public Bits init(long value) {
    initValue(value);
    return this;
  }

  /** This register's clock enable: its {@code next} assignments act only when it is high. */
  public Bits enable(Bool enable) {
    enableWith(enable);
    return this;
  }
}
