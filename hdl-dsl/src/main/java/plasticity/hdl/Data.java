package plasticity.hdl;

import java.math.BigInteger;
import plasticity.hdl.ir.Expr;
import plasticity.hdl.ir.SignalDecl.SignalKind;
import plasticity.hdl.ir.Type;

/**
 * A hardware value: a declared signal (port, wire, register) or an expression over signals.
 * The typed faces {@link UInt}, {@link SInt}, {@link Bool} and {@link Bits} add the operators.
 *
 * <p>Assignment: {@link #drive} for a combinational signal (output, wire, a child's input),
 * {@link #next} for a register. Inside {@code when}/{@code switchOn} bodies they are
 * conditional; the last assignment on a path wins.
 */
public abstract class Data {
  final ModuleBuilder owner;
  final Expr expr;

  Data(ModuleBuilder owner, Expr expr) {
    this.owner = owner;
    this.expr = expr;
  }

  public final Type type() {
    return expr.type();
  }

  public final int width() {
    return expr.type().width();
  }

  /** The IR of this value (for generator-side tooling; the DSL never needs it). */
  public final Expr ir() {
    return expr;
  }

  /** Combinational assignment to an output, a wire, or a child instance's input. */
  public final void drive(Data value) {
    ModuleBuilder.current().connect(this, value, false);
  }

  /** Combinational assignment of a constant of this signal's type. */
  public final void drive(long value) {
    drive(Ops.literal(type(), BigInteger.valueOf(value)));
  }

  /**
   * A default for a combinational signal, which later assignments may override (in or out of
   * {@code when}) without being taken for a second driver.
   */
  public final void driveDefault(Data value) {
    ModuleBuilder.current().connect(this, value, false, true);
  }

  public final void driveDefault(long value) {
    driveDefault(Ops.literal(type(), BigInteger.valueOf(value)));
  }

  /** The value this register takes at the next rising clock edge. */
  public final void next(Data value) {
    ModuleBuilder.current().connect(this, value, true);
  }

  public final void next(long value) {
    next(Ops.literal(type(), BigInteger.valueOf(value)));
  }

  /**
   * Keeps this register's value on the current path. Registers hold by default, so this only
   * documents intent in a {@code switchOn} arm; on a combinational signal it is an error.
   */
  public final void hold() {
    ModuleBuilder b = ModuleBuilder.current();
    b.requireKind(this, SignalKind.REG, "hold() keeps a register's value");
    next(this);
  }

  /**
   * Says that some bits of this signal may go unused on purpose (an input a variant ignores,
   * say): the Verilog carries a scoped lint waiver on its declaration, with the reason. Without
   * it, an unused input is a lint warning, as it should be.
   */
  @SuppressWarnings("unchecked")
  public final <T extends Data> T allowUnused() {
    ModuleBuilder.current().allowUnused(this);
    return (T) this;
  }

  /** Names this value: it becomes a wire called {@code name} in the Verilog. */
  @SuppressWarnings("unchecked")
  public <T extends Data> T named(String name) {
    return (T) ModuleBuilder.current().namedWire(name, this);
  }

  /** The same bits as a {@link Bits}. */
  public final Bits asBits() {
    return new Bits(ModuleBuilder.current(), Ops.reinterpret(this, type().withKind(Type.Kind.BITS)));
  }

  /** The same bits as a {@link UInt}. */
  public final UInt asUInt() {
    return new UInt(ModuleBuilder.current(), Ops.reinterpret(this, type().withKind(Type.Kind.UINT)));
  }

  /** The same bits as an {@link SInt} (two's complement). */
  public final SInt asSInt() {
    return new SInt(ModuleBuilder.current(), Ops.reinterpret(this, type().withKind(Type.Kind.SINT)));
  }

  /** Bit {@code index} (0 is the least significant). */
  public final Bool bit(int index) {
    return new Bool(ModuleBuilder.current(), Ops.slice(this, index, index, Type.Kind.BOOL));
  }

  /** True when every bit is 1, any bit is 1, or an odd number of bits are 1. */
  public final Bool andReduce() {
    return new Bool(ModuleBuilder.current(), Ops.unary(Expr.UnaryOp.AND_REDUCE, this));
  }

  public final Bool orReduce() {
    return new Bool(ModuleBuilder.current(), Ops.unary(Expr.UnaryOp.OR_REDUCE, this));
  }

  public final Bool xorReduce() {
    return new Bool(ModuleBuilder.current(), Ops.unary(Expr.UnaryOp.XOR_REDUCE, this));
  }

  /** Equality of two values of the same kind; the narrower is extended. */
  public final Bool eq(Data other) {
    return Ops.compare(Expr.BinaryOp.EQ, this, other);
  }

  public final Bool ne(Data other) {
    return Ops.compare(Expr.BinaryOp.NE, this, other);
  }

  public final Bool eq(long value) {
    return eq(Ops.literal(type(), BigInteger.valueOf(value)));
  }

  public final Bool ne(long value) {
    return ne(Ops.literal(type(), BigInteger.valueOf(value)));
  }

  /** Sets a register's synchronous reset value; the typed faces return themselves. */
  final void initValue(long value) {
    ModuleBuilder.current().setReset(this, BigInteger.valueOf(value));
  }

  /** Sets a register's clock enable; the typed faces return themselves. */
  final void enableWith(Bool enable) {
    ModuleBuilder.current().setEnable(this, enable);
  }

  @Override
  public String toString() {
    return type().show() + (expr instanceof Expr.Ref r && owner != null ? " " + owner.signalName(r.signal()) : "");
  }
}
