package plasticity.hdl;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import plasticity.hdl.ir.Expr;
import plasticity.hdl.ir.Expr.BinaryOp;
import plasticity.hdl.ir.Type;
import plasticity.hdl.ir.Type.Kind;

/**
 * The width rules of every operator (docs/dsl.md), in one place. Each method checks its
 * operands, extends them to the width the operator works at, and returns the IR node. A rule
 * broken is an {@link HdlException} naming the user's line.
 */
final class Ops {
  private Ops() {}

  static Expr of(Data d) {
    return ModuleBuilder.current().resolve(d);
  }

  // ---- literals ----

  /** A constant of type {@code t}; negative values are allowed for SInt only. */
  static Data literal(Type t, BigInteger value) {
    return HwType.face(null, lit(t, value));
  }

  static Expr.Lit lit(Type t, BigInteger value) {
    int w = t.width();
    if (t.symbolic() && value.signum() < 0) {
      throw HdlException.at("constant " + value + " of parameter width " + t.show()
          + ": a negative constant cannot follow a Verilog parameter; make the width a Java value");
    }
    if (t.kind() == Kind.SINT) {
      BigInteger min = BigInteger.ONE.shiftLeft(w - 1).negate();
      BigInteger max = BigInteger.ONE.shiftLeft(w - 1).subtract(BigInteger.ONE);
      if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
        throw HdlException.at("constant " + value + " does not fit " + t.show()
            + " (range " + min + ".." + max + ")");
      }
    } else {
      if (value.signum() < 0) {
        throw HdlException.at("constant " + value + " is negative but " + t.show()
            + " is unsigned: use an SInt, or write the bit pattern");
      }
      if (value.bitLength() > w) {
        throw HdlException.at("constant " + value + " needs " + value.bitLength()
            + " bits but " + t.show() + " has " + w);
      }
    }
    BigInteger mask = BigInteger.ONE.shiftLeft(w).subtract(BigInteger.ONE);
    return new Expr.Lit(value.and(mask), t);
  }

  /** The smallest unsigned width holding {@code value} (at least 1). */
  static int bitsFor(long value) {
    return Math.max(1, 64 - Long.numberOfLeadingZeros(value));
  }

  // ---- structural helpers ----

  static Expr extend(Expr e, int width) {
    requireFixed(e.type(), "changing the width of");
    if (e.type().width() == width) {
      return e;
    }
    Kind k = e.type().kind() == Kind.BOOL ? Kind.UINT : e.type().kind();
    return new Expr.Extend(e, new Type(k, width));
  }

  /** Extends {@code e} to {@code target} (same kind family), symbol included. */
  static Expr extendTo(Expr e, Type target) {
    if (e.type().equals(target)) {
      return e;
    }
    Kind k = e.type().kind() == Kind.BOOL ? Kind.UINT : e.type().kind();
    return new Expr.Extend(e, target.withKind(k));
  }

  /**
   * The wider of two operand types. A parameter width combines with widths of the same
   * parameter only: with a fixed width, which is wider depends on the parameter's value.
   */
  static Type wider(String what, Type a, Type b) {
    if (!a.symbolic() && !b.symbolic()) {
      return a.width() >= b.width() ? a : b;
    }
    if (a.symbolic() && b.symbolic() && a.param().equals(b.param())) {
      return a.offset() >= b.offset() ? a : b;
    }
    throw HdlException.at(what + " mixes " + a.show() + " and " + b.show() + ": a width that is a "
        + "Verilog parameter combines only with widths of the same parameter");
  }

  static void requireFixed(Type t, String what) {
    if (t.symbolic()) {
      throw HdlException.at(what + " " + t.show() + " needs its width as a number: this operation "
          + "cannot follow the Verilog parameter " + t.param() + "; make the width a Java value");
    }
  }

  static Expr reinterpret(Data d, Type t) {
    Expr e = of(d);
    if (e.type().equals(t)) {
      return e;
    }
    if (t.kind() == Kind.BOOL && (e.type().width() != 1 || e.type().symbolic())) {
      throw HdlException.at("only a 1-bit value can become a Bool; " + e.type().show()
          + " has " + e.type().width() + " bits: compare it, or take bit(i)");
    }
    return new Expr.Reinterpret(e, t);
  }

  static Expr slice(Data d, int high, int low, Kind kind) {
    Expr e = of(d);
    requireFixed(e.type(), "a bit-select of");
    int w = e.type().width();
    if (low < 0 || high < low || high >= w) {
      throw HdlException.at("bits(" + high + ", " + low + ") is outside " + e.type().show()
          + " (valid: " + (w - 1) + " >= high >= low >= 0)");
    }
    return sliceOf(e, high, low, new Type(kind, high - low + 1));
  }

  /**
   * A slice, simplified structurally so the Verilog reads as written: a slice of a slice, of an
   * extension's original bits, or of a concatenation selects the underlying bits directly.
   */
  static Expr sliceOf(Expr e, int high, int low, Type t) {
    int w = e.type().width();
    if (low == 0 && high == w - 1) {
      return e.type().equals(t) ? e : new Expr.Reinterpret(e, t);
    }
    if (e instanceof Expr.Slice s) {
      return sliceOf(s.operand(), s.low() + high, s.low() + low, t);
    }
    if (e instanceof Expr.Reinterpret r) {
      return sliceOf(r.operand(), high, low, t);
    }
    if (e instanceof Expr.Extend x && high < x.operand().type().width()) {
      return sliceOf(x.operand(), high, low, t);
    }
    if (e instanceof Expr.Lit l) {
      BigInteger v = l.bits().shiftRight(low).and(BigInteger.ONE.shiftLeft(high - low + 1).subtract(BigInteger.ONE));
      return new Expr.Lit(v, t);
    }
    if (e instanceof Expr.Concat c) {
      List<Expr> pieces = new ArrayList<>();
      int top = w;
      for (Expr part : c.parts()) {
        int pw = part.type().width();
        int partLow = top - pw;
        int partHigh = top - 1;
        top = partLow;
        int hi = Math.min(high, partHigh);
        int lo = Math.max(low, partLow);
        if (hi >= lo) {
          pieces.add(sliceOf(part, hi - partLow, lo - partLow, new Type(Kind.BITS, hi - lo + 1)));
        }
      }
      if (pieces.size() == 1) {
        Expr only = pieces.get(0);
        return only.type().equals(t) ? only : new Expr.Reinterpret(only, t);
      }
      Expr cat = new Expr.Concat(List.copyOf(pieces), new Type(Kind.BITS, high - low + 1));
      return t.kind() == Kind.BITS ? cat : new Expr.Reinterpret(cat, t);
    }
    return new Expr.Slice(e, high, low, t);
  }

  static Expr unary(Expr.UnaryOp op, Data d) {
    Expr e = of(d);
    Type t = op == Expr.UnaryOp.NOT ? e.type() : new Type(Kind.BOOL, 1);
    return new Expr.Unary(op, e, t);
  }

  // ---- arithmetic ----

  /** {@code +} and {@code -}: the wider width, wrapping; {@code grow} adds a carry bit. */
  static Expr addSub(BinaryOp op, Data a, Data b, boolean grow) {
    sameKind(op, a, b);
    Expr l = of(a);
    Expr r = of(b);
    Type t = wider(name(op), l.type(), r.type());
    if (grow) {
      t = t.grow(t.kind(), 1);
    }
    return new Expr.Binary(op, extendTo(l, t), extendTo(r, t), t);
  }

  /** {@code *}: the full product, width of both operands added. */
  static Expr times(Data a, Data b) {
    sameKind(BinaryOp.MUL, a, b);
    Expr l = of(a);
    Expr r = of(b);
    requireFixed(l.type(), "times of");
    requireFixed(r.type(), "times of");
    int w = l.type().width() + r.type().width();
    return new Expr.Binary(BinaryOp.MUL, extend(l, w), extend(r, w), new Type(l.type().kind(), w));
  }

  /** Bitwise and/or/xor: operands of the same type and width, result of that type. */
  static Expr logic(BinaryOp op, Data a, Data b) {
    Expr l = of(a);
    Expr r = of(b);
    if (!l.type().equals(r.type())) {
      throw HdlException.at(name(op) + " needs operands of one type and width, got "
          + l.type().show() + " and " + r.type().show() + ": resize or convert one of them");
    }
    return new Expr.Binary(op, l, r, l.type());
  }

  static Bool compare(BinaryOp op, Data a, Data b) {
    sameKind(op, a, b);
    Expr l = of(a);
    Expr r = of(b);
    if ((l.type().kind() == Kind.BITS || l.type().kind() == Kind.BOOL)
        && op != BinaryOp.EQ && op != BinaryOp.NE) {
      throw HdlException.at(name(op) + " orders numbers: convert " + l.type().show()
          + " with asUInt() or asSInt() first");
    }
    Type t = wider(name(op), l.type(), r.type());
    Expr e = new Expr.Binary(op, extendTo(l, t), extendTo(r, t), new Type(Kind.BOOL, 1));
    return new Bool(ModuleBuilder.current(), e);
  }

  static Expr shiftLeftConst(Data a, int n) {
    Expr e = of(a);
    if (n < 0) {
      throw HdlException.at("shift amount must be >= 0, got " + n);
    }
    if (n == 0) {
      return e;
    }
    Type t = e.type().grow(e.type().kind() == Kind.BOOL ? Kind.UINT : e.type().kind(), n);
    Expr zeros = new Expr.Lit(BigInteger.ZERO, new Type(Kind.BITS, n));
    return new Expr.Concat(List.of(e, zeros), t);
  }

  /** Drops the {@code n} low bits: logical for UInt, arithmetic for SInt, width shrinks by n. */
  static Expr shiftRightConst(Data a, int n) {
    Expr e = of(a);
    requireFixed(e.type(), "a constant right shift of");
    int w = e.type().width();
    if (n < 0) {
      throw HdlException.at("shift amount must be >= 0, got " + n);
    }
    if (n >= w) {
      throw HdlException.at("shifting " + e.type().show() + " right by " + n
          + " drops every bit: shift by at most " + (w - 1));
    }
    if (n == 0) {
      return e;
    }
    return sliceOf(e, w - 1, n, new Type(e.type().kind(), w - n));
  }

  /** Shift by a run-time amount; the width stays (bits shifted out are lost, by design). */
  static Expr shiftDynamic(BinaryOp op, Data a, Data amount) {
    Expr e = of(a);
    Expr s = of(amount);
    if (s.type().kind() != Kind.UINT) {
      throw HdlException.at("a shift amount is a UInt, got " + s.type().show());
    }
    return new Expr.Binary(op, e, s, e.type());
  }

  static Expr resize(Data a, int width, boolean allowShrink, boolean allowGrow, String what) {
    Expr e = of(a);
    requireFixed(e.type(), what + " of");
    int w = e.type().width();
    if (width < 1) {
      throw HdlException.at(what + "(" + width + "): width must be at least 1");
    }
    if (width < w && !allowShrink) {
      throw HdlException.at(what + "(" + width + ") would drop bits of " + e.type().show()
          + ": use truncateTo or resize to cut them on purpose");
    }
    if (width > w && !allowGrow) {
      throw HdlException.at(what + "(" + width + ") would widen " + e.type().show()
          + ": use extendTo or resize");
    }
    if (width == w) {
      return e;
    }
    if (width > w) {
      return extend(e, width);
    }
    return sliceOf(e, width - 1, 0, new Type(e.type().kind(), width));
  }

  static Expr mux(Data cond, Data whenTrue, Data whenFalse) {
    Expr c = of(cond);
    Expr a = of(whenTrue);
    Expr b = of(whenFalse);
    if (c.type().kind() != Kind.BOOL) {
      throw HdlException.at("mux condition must be a Bool, got " + c.type().show());
    }
    if (!a.type().equals(b.type())) {
      throw HdlException.at("mux arms differ: " + a.type().show() + " and " + b.type().show()
          + ": resize or convert one so both have the same type and width");
    }
    return new Expr.Mux(c, a, b, a.type());
  }

  static Expr concat(List<? extends Data> parts) {
    if (parts.isEmpty()) {
      throw HdlException.at("cat() needs at least one part");
    }
    List<Expr> es = new ArrayList<>();
    int w = 0;
    Type symbolic = null;
    for (Data d : parts) {
      Expr e = of(d);
      es.add(e);
      w += e.type().width();
      if (e.type().symbolic()) {
        if (symbolic != null) {
          throw HdlException.at("cat() of two parameter widths (" + symbolic.show() + ", "
              + e.type().show() + "): make one of them a Java value");
        }
        symbolic = e.type();
      }
    }
    Type t = symbolic == null ? new Type(Kind.BITS, w)
        : new Type(Kind.BITS, w, symbolic.param(), symbolic.offset() + w - symbolic.width());
    return es.size() == 1 && es.get(0).type().kind() == Kind.BITS ? es.get(0) : new Expr.Concat(List.copyOf(es), t);
  }

  private static void sameKind(BinaryOp op, Data a, Data b) {
    Kind ka = a.type().kind();
    Kind kb = b.type().kind();
    if (ka != kb) {
      throw HdlException.at(name(op) + " mixes " + a.type().show() + " and " + b.type().show()
          + ": convert one with asUInt() / asSInt() so both are the same kind");
    }
    if ((ka == Kind.BITS || ka == Kind.BOOL)
        && (op == BinaryOp.ADD || op == BinaryOp.SUB || op == BinaryOp.MUL)) {
      throw HdlException.at(name(op) + " is arithmetic: convert " + a.type().show()
          + " with asUInt() or asSInt() first");
    }
  }

  private static String name(BinaryOp op) {
    return switch (op) {
      case ADD -> "plus";
      case SUB -> "minus";
      case MUL -> "times";
      case AND -> "and";
      case OR -> "or";
      case XOR -> "xor";
      case EQ -> "eq";
      case NE -> "ne";
      case LT -> "lt";
      case LE -> "le";
      case GT -> "gt";
      case GE -> "ge";
      case SHIFT_LEFT -> "shl";
      case SHIFT_RIGHT -> "shr";
    };
  }
}
