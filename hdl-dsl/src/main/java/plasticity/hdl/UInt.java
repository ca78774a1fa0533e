package plasticity.hdl;

import java.math.BigInteger;
import plasticity.hdl.ir.Expr;
import plasticity.hdl.ir.Expr.BinaryOp;
import plasticity.hdl.ir.Type;

/** An unsigned number. Width rules: docs/dsl.md. */
public final class UInt extends Data {
  UInt(ModuleBuilder owner, Expr expr) {
    super(owner, expr);
  }

  private UInt make(Expr e) {
    return new UInt(ModuleBuilder.current(), e);
  }

  private UInt lit(long value) {
    Type t = type().symbolic() ? type() : new Type(Type.Kind.UINT, Math.max(width(), Ops.bitsFor(value)));
    return (UInt) Ops.literal(t, BigInteger.valueOf(value));
  }

  /** Sum at the wider width, wrapping (as Chisel's {@code +%}, SpinalHDL's {@code +}). */
  public UInt plus(UInt other) { return make(Ops.addSub(BinaryOp.ADD, this, other, false)); }
  public UInt plus(long value) { return plus(sized(value)); }
  /** Sum one bit wider than the wider operand: never overflows. */
  public UInt plusGrow(UInt other) { return make(Ops.addSub(BinaryOp.ADD, this, other, true)); }
  /** Difference at the wider width, wrapping modulo 2^width. */
  public UInt minus(UInt other) { return make(Ops.addSub(BinaryOp.SUB, this, other, false)); }
  public UInt minus(long value) { return minus(sized(value)); }
  /** Full product: width is the sum of the operand widths. */
  public UInt times(UInt other) { return make(Ops.times(this, other)); }

  public UInt and(UInt other) { return make(Ops.logic(BinaryOp.AND, this, other)); }
  public UInt or(UInt other) { return make(Ops.logic(BinaryOp.OR, this, other)); }
  public UInt xor(UInt other) { return make(Ops.logic(BinaryOp.XOR, this, other)); }
  public UInt not() { return make(Ops.unary(Expr.UnaryOp.NOT, this)); }

  public Bool lt(UInt other) { return Ops.compare(BinaryOp.LT, this, other); }
  public Bool le(UInt other) { return Ops.compare(BinaryOp.LE, this, other); }
  public Bool gt(UInt other) { return Ops.compare(BinaryOp.GT, this, other); }
  public Bool ge(UInt other) { return Ops.compare(BinaryOp.GE, this, other); }
  public Bool lt(long value) { return lt(lit(value)); }
  public Bool le(long value) { return le(lit(value)); }
  public Bool gt(long value) { return gt(lit(value)); }
  public Bool ge(long value) { return ge(lit(value)); }

  /** Shift left by a constant: the width grows by {@code n}. */
  public UInt shl(int n) { return make(Ops.shiftLeftConst(this, n)); }
  /** Shift right by a constant: the {@code n} low bits are dropped, the width shrinks by n. */
  public UInt shr(int n) { return make(Ops.shiftRightConst(this, n)); }
  /** Shift left by a run-time amount, keeping the width. */
  public UInt shl(UInt amount) { return make(Ops.shiftDynamic(BinaryOp.SHIFT_LEFT, this, amount)); }
  /** Logical shift right by a run-time amount, keeping the width. */
  public UInt shr(UInt amount) { return make(Ops.shiftDynamic(BinaryOp.SHIFT_RIGHT, this, amount)); }

  /** Bits {@code high..low} as a UInt of {@code high-low+1} bits. */
  public UInt bits(int high, int low) { return make(Ops.slice(this, high, low, Type.Kind.UINT)); }
  /** Zero-extend or truncate to {@code width}: the one operator that may drop bits. */
  public UInt resize(int width) { return make(Ops.resize(this, width, true, true, "resize")); }
  /** Zero-extend to {@code width}; an error if that would drop bits. */
  public UInt extendTo(int width) { return make(Ops.resize(this, width, false, true, "extendTo")); }
  /** One bit wider. */
  public UInt extend() { return make(Ops.extendTo(Ops.of(this), type().grow(Type.Kind.UINT, 1))); }
  /** Keep the low {@code width} bits; an error if that would widen. */
  public UInt truncateTo(int width) { return make(Ops.resize(this, width, true, false, "truncateTo")); }

  /** This value as a constant of this width (an error if it does not fit). */
  private UInt sized(long value) {
    return (UInt) Ops.literal(type(), BigInteger.valueOf(value));
  }

  /** This register's synchronous reset value. */
  public UInt init(long value) {
    initValue(value);
    return this;
  }

  /** This register's clock enable: its {@code next} assignments act only when it is high. */
  public UInt enable(Bool enable) {
    enableWith(enable);
    return this;
  }
}
