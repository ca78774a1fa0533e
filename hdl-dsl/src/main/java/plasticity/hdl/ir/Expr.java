package plasticity.hdl.ir;

import java.math.BigInteger;
import java.util.List;

/**
 * An expression. Every node carries its result type; the front end has already inserted the
 * extensions that make operand widths equal to what each operator needs (see docs/dsl.md), so
 * an emitter never has to reason about Verilog's context-dependent expression widths.
 */
public sealed interface Expr {
  Type type();

  /** A declared signal of the enclosing module, by index into {@link ModuleIr#signals()}. */
  record Ref(int signal, Type type) implements Expr {}

  /** A constant; {@code bits} is the non-negative two's-complement bit pattern. */
  record Lit(BigInteger bits, Type type) implements Expr {}

  /** {@code NOT} keeps the width; the reductions yield a Bool. */
  record Unary(UnaryOp op, Expr operand, Type type) implements Expr {}

  /**
   * Arithmetic and logic operators have both operands of the result width; comparisons have
   * two operands of equal width and a Bool result; dynamic shifts keep the left width.
   */
  record Binary(BinaryOp op, Expr left, Expr right, Type type) implements Expr {}

  record Mux(Expr condition, Expr whenTrue, Expr whenFalse, Type type) implements Expr {}

  /** Parts from most to least significant. */
  record Concat(List<Expr> parts, Type type) implements Expr {}

  record Slice(Expr operand, int high, int low, Type type) implements Expr {}

  /** Zero-extension of UInt/Bits/Bool, sign-extension of SInt, to {@code type.width()}. */
  record Extend(Expr operand, Type type) implements Expr {}

  /** The same bits seen as another kind of the same width (asUInt, asSInt, asBits, asBool). */
  record Reinterpret(Expr operand, Type type) implements Expr {}

  /** An asynchronous (combinational) read of a memory. */
  record MemRead(int memory, Expr address, Type type) implements Expr {}

  enum UnaryOp { NOT, AND_REDUCE, OR_REDUCE, XOR_REDUCE }

  enum BinaryOp {
    ADD, SUB, MUL, AND, OR, XOR,
    EQ, NE, LT, LE, GT, GE,
    SHIFT_LEFT, SHIFT_RIGHT;

    public boolean isComparison() {
      return this == EQ || this == NE || this == LT || this == LE || this == GT || this == GE;
    }
  }
}
