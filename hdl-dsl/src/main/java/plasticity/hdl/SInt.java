package plasticity.hdl;

import java.math.BigInteger;
import plasticity.hdl.ir.Expr;
import plasticity.hdl.ir.Expr.BinaryOp;
import plasticity.hdl.ir.Type;

/** A two's-complement signed number. Width rules: docs/dsl.md. */
public final class SInt extends Data {
  SInt(ModuleBuilder owner, Expr expr) {
    super(owner, expr);
  }

  private SInt make(Expr e) {
    return new SInt(ModuleBuilder.current(), e);
  }

  private SInt sized(long value) {
    return (SInt) Ops.literal(type(), BigInteger.valueOf(value));
  }

  /** Sum at the wider width, wrapping; the narrower operand is sign-extended. */
  public SInt plus(SInt other) { return make(Ops.addSub(BinaryOp.ADD, this, other, false)); }
  public SInt plus(long value) { return plus(sized(value)); }
  /** Sum one bit wider than the wider operand: never overflows. */
  public SInt plusGrow(SInt other) { return make(Ops.addSub(BinaryOp.ADD, this, other, true)); }
  public SInt minus(SInt other) { return make(Ops.addSub(BinaryOp.SUB, this, other, false)); }
  public SInt minus(long value) { return minus(sized(value)); }
  public SInt minusGrow(SInt other) { return make(Ops.addSub(BinaryOp.SUB, this, other, true)); }
  /** Full signed product: width is the sum of the operand widths. */
  public SInt times(SInt other) { return make(Ops.times(this, other)); }
  /** {@code 0 - this} at one bit wider, so the most negative value negates exactly. */
  public SInt negate() {
    SInt zero = (SInt) Ops.literal(type().grow(Type.Kind.SINT, 1), BigInteger.ZERO);
    return zero.minus(extend());
  }

  public SInt and(SInt other) { return make(Ops.logic(BinaryOp.AND, this, other)); }
  public SInt or(SInt other) { return make(Ops.logic(BinaryOp.OR, this, other)); }
  public SInt xor(SInt other) { return make(Ops.logic(BinaryOp.XOR, this, other)); }
  public SInt not() { return make(Ops.unary(Expr.UnaryOp.NOT, this)); }

  public Bool lt(SInt other) { return Ops.compare(BinaryOp.LT, this, other); }
  public Bool le(SInt other) { return Ops.compare(BinaryOp.LE, this, other); }
  public Bool gt(SInt other) { return Ops.compare(BinaryOp.GT, this, other); }
  public Bool ge(SInt other) { return Ops.compare(BinaryOp.GE, this, other); }
  public Bool lt(long value) { return lt(sized(value)); }
  public Bool le(long value) { return le(sized(value)); }
  public Bool gt(long value) { return gt(sized(value)); }
  public Bool ge(long value) { return ge(sized(value)); }

  public SInt shl(int n) { return make(Ops.shiftLeftConst(this, n)); }
  /** Arithmetic shift right by a constant: the low bits are dropped, the sign kept. */
  public SInt shr(int n) { return make(Ops.shiftRightConst(this, n)); }
  public SInt shl(UInt amount) { return make(Ops.shiftDynamic(BinaryOp.SHIFT_LEFT, this, amount)); }
  /** Arithmetic shift right by a run-time amount, keeping the width. */
  public SInt shr(UInt amount) { return make(Ops.shiftDynamic(BinaryOp.SHIFT_RIGHT, this, amount)); }

  /** Bits {@code high..low} as a UInt (a slice of a signed number has no sign). */
  public UInt bits(int high, int low) { return new UInt(ModuleBuilder.current(), Ops.slice(this, high, low, Type.Kind.UINT)); }
  /** Sign-extend or truncate to {@code width}. */
  public SInt resize(int width) { return make(Ops.resize(this, width, true, true, "resize")); }
  /** Sign-extend to {@code width}; an error if that would drop bits. */
  public SInt extendTo(int width) { return make(Ops.resize(this, width, false, true, "extendTo")); }
  /** One bit wider, sign-extended. */
  public SInt extend() { return make(Ops.extendTo(Ops.of(this), type().grow(Type.Kind.SINT, 1))); }
  public SInt truncateTo(int width) { return make(Ops.resize(this, width, true, false, "truncateTo")); }

  /** This register's synchronous reset value. */
  public SInt init(long value) {
    initValue(value);
    return this;
  }

  /** This register's clock enable: its {@code next} assignments act only when it is high. */
  public SInt enable(Bool enable) {
    enableWith(enable);
    return this;
  }
}
