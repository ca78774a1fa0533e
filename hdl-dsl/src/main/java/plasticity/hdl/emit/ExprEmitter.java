package plasticity.hdl.emit;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import plasticity.hdl.ir.Expr;
import plasticity.hdl.ir.Type;
import plasticity.hdl.ir.Widths;

/**
 * Verilog text for expressions of one module. The IR already gives every operator operands of
 * the width it works at, so the text is exact whatever Verilog's sizing rules would do. Where
 * Verilog needs a name (a bit-select, {@code $signed} for an ordered compare or an arithmetic
 * shift, a sign bit to replicate), the operand is hoisted into a temporary {@code _t<n>}:
 * numbered in emission order, shared by equal expressions, so the output is deterministic.
 */
final class ExprEmitter {
  /** A temporary wire: its name, width and defining expression text. */
  record Temp(String name, Type type, String text) {}

  private final IntFunction<String> signalName;
  private final IntFunction<String> memoryName;
  private final Map<Expr, String> temps = new HashMap<>();
  private final List<Temp> tempList = new ArrayList<>();
  /** Names (signals and temporaries) read whole somewhere; for the others, the bits sliced. */
  private final java.util.Set<String> readWhole = new java.util.HashSet<>();
  private final Map<String, BitSet> slicedBits = new HashMap<>();

  ExprEmitter(IntFunction<String> signalName, IntFunction<String> memoryName) {
    this.signalName = signalName;
    this.memoryName = memoryName;
  }

  List<Temp> temps() {
    return tempList;
  }

  /** True when only some bits of {@code name} are ever read (a lint waiver is due). */
  boolean partlyRead(String name, int width) {
    BitSet bits = slicedBits.get(name);
    return !readWhole.contains(name) && bits != null && bits.cardinality() < width;
  }

  /** True when {@code name} is read at all. */
  boolean read(String name) {
    return readWhole.contains(name) || slicedBits.containsKey(name);
  }

  /** The expression as it would appear on the right of an assignment. */
  String top(Expr e) {
    String s = emit(e);
    return s.startsWith("(") && s.endsWith(")") && balanced(s) ? s.substring(1, s.length() - 1) : s;
  }

  String emit(Expr e) {
    if (e instanceof Expr.Ref r) {
      String name = signalName.apply(r.signal());
      readWhole.add(name);
      return name;
    }
    if (e instanceof Expr.Lit l) {
      return constant(l.bits(), l.type());
    }
    if (e instanceof Expr.Unary u) {
      String op = switch (u.op()) {
        case NOT -> "~";
        case AND_REDUCE -> "&";
        case OR_REDUCE -> "|";
        case XOR_REDUCE -> "^";
      };
      String inner = emit(u.operand());
      return u.op() == Expr.UnaryOp.NOT ? "~" + inner : "(" + op + inner + ")";
    }
    if (e instanceof Expr.Binary b) {
      return binary(b);
    }
    if (e instanceof Expr.Mux m) {
      return "(" + emit(m.condition()) + " ? " + emit(m.whenTrue()) + " : " + emit(m.whenFalse()) + ")";
    }
    if (e instanceof Expr.Concat c) {
      List<String> parts = new ArrayList<>();
      for (Expr p : c.parts()) {
        parts.add(p instanceof Expr.Lit l && l.bits().signum() == 0 && l.type().width() > 1
            ? "{" + l.type().width() + "{1'b0}}" : emit(p));
      }
      return "{" + String.join(", ", parts) + "}";
    }
    if (e instanceof Expr.Slice s) {
      return slice(s);
    }
    if (e instanceof Expr.Extend x) {
      return extend(x);
    }
    if (e instanceof Expr.Reinterpret x) {
      return emit(x.operand());
    }
    if (e instanceof Expr.MemRead m) {
      return memoryName.apply(m.memory()) + "[" + top(m.address()) + "]";
    }
    throw new IllegalStateException("unknown expression " + e);
  }

  private String binary(Expr.Binary b) {
    boolean signed = b.left().type().signed();
    switch (b.op()) {
      case LT, LE, GT, GE:
        if (signed) {
          return "($signed(" + atom(b.left()) + ") " + symbol(b.op()) + " $signed("
              + atom(b.right()) + "))";
        }
        break;
      case SHIFT_RIGHT:
        if (signed) {
          // In Verilog an expression is signed only if all its operands are: inside an unsigned
          // expression, >>> would quietly shift in zeros. Its own assignment keeps it arithmetic.
          String existing = temps.get(b);
          if (existing != null) {
            return existing;
          }
          String text = "$signed(" + atom(b.left()) + ") >>> " + emit(b.right());
          String name = newTemp(b, text);
          readWhole.add(name);
          return name;
        }
        break;
      default:
        break;
    }
    return "(" + emit(b.left()) + " " + symbol(b.op()) + " " + emit(b.right()) + ")";
  }

  private static String symbol(Expr.BinaryOp op) {
    return switch (op) {
      case ADD -> "+";
      case SUB -> "-";
      case MUL -> "*";
      case AND -> "&";
      case OR -> "|";
      case XOR -> "^";
      case EQ -> "==";
      case NE -> "!=";
      case LT -> "<";
      case LE -> "<=";
      case GT -> ">";
      case GE -> ">=";
      case SHIFT_LEFT -> "<<";
      case SHIFT_RIGHT -> ">>";
    };
  }

  private String slice(Expr.Slice s) {
    Expr op = s.operand();
    while (op instanceof Expr.Reinterpret r) {
      op = r.operand();
    }
    if (op instanceof Expr.Lit l) {
      BigInteger v = l.bits().shiftRight(s.low())
          .and(BigInteger.ONE.shiftLeft(s.high() - s.low() + 1).subtract(BigInteger.ONE));
      return literal(v, s.high() - s.low() + 1);
    }
    String name = atomNoRead(op);
    BitSet bits = slicedBits.computeIfAbsent(name, k -> new BitSet());
    bits.set(s.low(), s.high() + 1);
    if (op.type().width() == 1) {
      return name;
    }
    return s.high() == s.low() ? name + "[" + s.low() + "]" : name + "[" + s.high() + ":" + s.low() + "]";
  }

  private String extend(Expr.Extend x) {
    Type from = x.operand().type();
    String n = Widths.difference(x.type(), from);
    boolean one = n.equals("1");
    if (!from.signed()) {
      String zeros = one ? "1'b0" : "{" + n + "{1'b0}}";
      return "{" + zeros + ", " + emit(x.operand()) + "}";
    }
    String a = atom(x.operand());
    String sign = !from.symbolic() && from.width() == 1 ? a : a + "[" + Widths.msb(from) + "]";
    return one ? "{" + sign + ", " + a + "}" : "{{" + n + "{" + sign + "}}, " + a + "}";
  }

  /** A name (or literal) for {@code e}, hoisting it into a temporary when it is an expression. */
  String atom(Expr e) {
    String name = atomNoRead(e);
    if (e instanceof Expr.Ref || e instanceof Expr.Reinterpret) {
      emit(e);
    } else {
      readWhole.add(name);
    }
    return name;
  }

  private String atomNoRead(Expr e) {
    while (e instanceof Expr.Reinterpret r) {
      e = r.operand();
    }
    if (e instanceof Expr.Ref r) {
      return signalName.apply(r.signal());
    }
    if (e instanceof Expr.Lit l) {
      return constant(l.bits(), l.type());
    }
    String existing = temps.get(e);
    if (existing != null) {
      return existing;
    }
    return newTemp(e, top(e));
  }

  private String newTemp(Expr e, String text) {
    String name = "_t" + tempList.size();
    temps.put(e, name);
    tempList.add(new Temp(name, e.type(), text));
    return name;
  }

  /**
   * A constant of {@code type}: sized ({@code 8'd5}) for a fixed width; of a parameter width,
   * {@code {W{1'b0}}} for zero, else a {@code localparam [W-1:0]} shared by equal constants
   * (the one form that is exact and lint-clean for every value of the parameter).
   */
  String constant(BigInteger bits, Type type) {
    if (!type.symbolic()) {
      return literal(bits, type.width());
    }
    if (bits.signum() == 0) {
      return "{" + type.widthText() + "{1'b0}}";
    }
    String key = type.widthText() + "=" + bits;
    return localParams.computeIfAbsent(key, k -> {
      String name = "_k" + localParamLines.size();
      String value = bits.bitLength() <= 31 ? bits.toString() : bits.bitLength() + "'h" + bits.toString(16);
      localParamLines.add("localparam [" + Widths.msb(type) + ":0] " + name + " = " + value + ";");
      return name;
    });
  }

  private final Map<String, String> localParams = new HashMap<>();
  private final List<String> localParamLines = new ArrayList<>();

  /** The localparam declarations the constants of parameter widths need. */
  List<String> localParams() {
    return localParamLines;
  }

  /** A sized constant of a fixed width: {@code 8'd5}, {@code 1'b1}, {@code 36'h...}. */
  static String literal(BigInteger bits, int width) {
    if (width == 1) {
      return "1'b" + bits;
    }
    return bits.bitLength() <= 31 ? width + "'d" + bits : width + "'h" + bits.toString(16);
  }

  private static boolean balanced(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '(') {
        depth++;
      } else if (ch == ')') {
        depth--;
        if (depth == 0 && i < s.length() - 1) {
          return false;
        }
      }
    }
    return true;
  }
}
