package plasticity.hdl.sim;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import plasticity.hdl.ir.Expr;
import plasticity.hdl.ir.InstanceIr;
import plasticity.hdl.ir.MemDecl;
import plasticity.hdl.ir.ModuleIr;
import plasticity.hdl.ir.SignalDecl;
import plasticity.hdl.ir.SignalDecl.SignalKind;
import plasticity.hdl.ir.Stmt;
import plasticity.hdl.ir.Type;

/**
 * Executes the IR directly, by its meaning in docs/dsl.md, with no Verilog in between: the
 * reference the Verilog backend is checked against (a differential test builds random circuits
 * and compares this simulator with Verilator cycle by cycle). Values are non-negative bit
 * patterns. One {@link #step} is one cycle in the trace convention: set the inputs, settle the
 * combinational logic, read the outputs, then apply the rising clock edge.
 *
 * <p>Combinational logic settles by re-evaluation until nothing changes; the loop phase has
 * ruled out cycles, so this ends within as many rounds as there are signals.
 */
public final class IrSimulator {
  private final Instance top;

  /** One module instance's state: every signal's value and every memory's words. */
  private static final class Instance {
    final ModuleIr ir;
    final BigInteger[] values;
    final BigInteger[][] memories;
    final List<Instance> children = new ArrayList<>();

    Instance(ModuleIr ir) {
      this.ir = ir;
      values = new BigInteger[ir.signals().size()];
      Arrays.fill(values, BigInteger.ZERO);
      memories = new BigInteger[ir.memories().size()][];
      for (int m = 0; m < memories.length; m++) {
        memories[m] = new BigInteger[ir.memories().get(m).depth()];
        Arrays.fill(memories[m], BigInteger.ZERO);
      }
      for (InstanceIr c : ir.instances()) {
        children.add(new Instance(c.module()));
      }
    }
  }

  public IrSimulator(ModuleIr top) {
    this.top = new Instance(top);
  }

  /**
   * One cycle: {@code inputs} by top port name (and {@code rst} when the design has it);
   * returns every top output, settled, before the clock edge.
   */
  public Map<String, BigInteger> step(Map<String, BigInteger> inputs) {
    boolean rst = inputs.getOrDefault("rst", BigInteger.ZERO).signum() != 0;
    for (int i = 0; i < top.ir.signals().size(); i++) {
      SignalDecl s = top.ir.signals().get(i);
      if (s.kind() == SignalKind.INPUT) {
        BigInteger v = inputs.get(s.name());
        if (v == null) {
          throw new IllegalArgumentException("no value for input '" + s.name() + "'");
        }
        top.values[i] = v.and(mask(s.type().width()));
      }
    }
    settle();
    Map<String, BigInteger> outputs = new LinkedHashMap<>();
    for (int i = 0; i < top.ir.signals().size(); i++) {
      SignalDecl s = top.ir.signals().get(i);
      if (s.kind() == SignalKind.OUTPUT) {
        outputs.put(s.name(), top.values[i]);
      }
    }
    clockEdge(top, rst);
    return outputs;
  }

  // ---- combinational settling ----

  private void settle() {
    int limit = 4 + count(top);
    for (int round = 0; round < limit; round++) {
      if (!settle(top)) {
        return;
      }
    }
    throw new IllegalStateException("combinational logic did not settle: a loop the checks missed?");
  }

  private static int count(Instance in) {
    int n = in.values.length;
    for (Instance c : in.children) {
      n += count(c);
    }
    return n;
  }

  /** One round over the hierarchy; true when any value changed. */
  private boolean settle(Instance in) {
    boolean changed = false;
    BigInteger[] next = in.values.clone();
    execComb(in, in.ir.body(), next);
    for (int i = 0; i < next.length; i++) {
      SignalDecl s = in.ir.signals().get(i);
      if (s.kind() == SignalKind.REG || s.kind() == SignalKind.INPUT) {
        continue;
      }
      if (s.instancePort().isPresent() && !s.instancePort().get().childInput()) {
        continue; // driven by the child, below
      }
      changed |= !next[i].equals(in.values[i]);
      in.values[i] = next[i];
    }
    // Ports: parent wire -> child input, child output -> parent wire.
    for (int i = 0; i < in.values.length; i++) {
      SignalDecl s = in.ir.signals().get(i);
      if (s.instancePort().isEmpty()) {
        continue;
      }
      Instance child = in.children.get(s.instancePort().get().instance());
      int port = child.ir.signalIndex(s.instancePort().get().port());
      if (s.instancePort().get().childInput()) {
        changed |= !child.values[port].equals(in.values[i]);
        child.values[port] = in.values[i];
      }
    }
    for (Instance c : in.children) {
      changed |= settle(c);
    }
    for (int i = 0; i < in.values.length; i++) {
      SignalDecl s = in.ir.signals().get(i);
      if (s.instancePort().isPresent() && !s.instancePort().get().childInput()) {
        Instance child = in.children.get(s.instancePort().get().instance());
        BigInteger v = child.values[child.ir.signalIndex(s.instancePort().get().port())];
        changed |= !v.equals(in.values[i]);
        in.values[i] = v;
      }
    }
    return changed;
  }


  /** Runs the statements for combinational targets; the last assignment on the path wins. */
  private void execComb(Instance in, List<Stmt> body, BigInteger[] next) {
    for (Stmt s : body) {
      if (s instanceof Stmt.Connect k) {
        if (in.ir.signals().get(k.target()).kind() != SignalKind.REG) {
          next[k.target()] = eval(in, k.value());
        }
      } else if (s instanceof Stmt.When w) {
        execComb(in, eval(in, w.condition()).signum() != 0 ? w.whenTrue() : w.otherwise(), next);
      } else if (s instanceof Stmt.Switch sw) {
        execComb(in, arm(in, sw), next);
      }
    }
  }

  private List<Stmt> arm(Instance in, Stmt.Switch sw) {
    BigInteger sel = eval(in, sw.selector());
    for (Stmt.Case c : sw.cases()) {
      for (Expr.Lit l : c.values()) {
        if (l.bits().equals(sel)) {
          return c.body();
        }
      }
    }
    return sw.otherwise();
  }

  // ---- the clock edge ----

  private record Write(int memory, int address, BigInteger data) {}

  private void clockEdge(Instance in, boolean rst) {
    BigInteger[] next = in.values.clone();
    List<Write> writes = new ArrayList<>();
    execSeq(in, in.ir.body(), next, writes);
    for (Instance c : in.children) {
      clockEdge(c, rst);
    }
    for (int i = 0; i < next.length; i++) {
      SignalDecl s = in.ir.signals().get(i);
      if (s.kind() != SignalKind.REG) {
        continue;
      }
      if (rst && s.reset().isPresent()) {
        in.values[i] = s.reset().get();
      } else if (s.enable().isEmpty() || eval(in, s.enable().get()).signum() != 0) {
        in.values[i] = next[i];
      }
    }
    for (Write w : writes) {
      MemDecl m = in.ir.memories().get(w.memory());
      if (w.address() < m.depth()) {
        in.memories[w.memory()][w.address()] = w.data();
      }
    }
  }

  private void execSeq(Instance in, List<Stmt> body, BigInteger[] next, List<Write> writes) {
    for (Stmt s : body) {
      if (s instanceof Stmt.Connect k) {
        if (in.ir.signals().get(k.target()).kind() == SignalKind.REG) {
          next[k.target()] = eval(in, k.value());
        }
      } else if (s instanceof Stmt.MemWrite w) {
        writes.add(new Write(w.memory(), eval(in, w.address()).intValueExact(), eval(in, w.data())));
      } else if (s instanceof Stmt.When w) {
        execSeq(in, eval(in, w.condition()).signum() != 0 ? w.whenTrue() : w.otherwise(), next, writes);
      } else if (s instanceof Stmt.Switch sw) {
        execSeq(in, arm(in, sw), next, writes);
      }
    }
  }

  // ---- expressions ----

  static BigInteger mask(int width) {
    return BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE);
  }

  /** The pattern {@code bits} of {@code type} as a signed number. */
  static BigInteger signed(BigInteger bits, Type type) {
    int w = type.width();
    return bits.testBit(w - 1) ? bits.subtract(BigInteger.ONE.shiftLeft(w)) : bits;
  }

  private BigInteger eval(Instance in, Expr e) {
    if (e instanceof Expr.Ref r) {
      return in.values[r.signal()];
    }
    if (e instanceof Expr.Lit l) {
      return l.bits();
    }
    int w = e.type().width();
    if (e instanceof Expr.Unary u) {
      BigInteger a = eval(in, u.operand());
      int aw = u.operand().type().width();
      return switch (u.op()) {
        case NOT -> a.xor(mask(w));
        case AND_REDUCE -> a.equals(mask(aw)) ? BigInteger.ONE : BigInteger.ZERO;
        case OR_REDUCE -> a.signum() != 0 ? BigInteger.ONE : BigInteger.ZERO;
        case XOR_REDUCE -> BigInteger.valueOf(a.bitCount() & 1);
      };
    }
    if (e instanceof Expr.Binary b) {
      return binary(in, b);
    }
    if (e instanceof Expr.Mux m) {
      return eval(in, m.condition()).signum() != 0 ? eval(in, m.whenTrue()) : eval(in, m.whenFalse());
    }
    if (e instanceof Expr.Concat c) {
      BigInteger v = BigInteger.ZERO;
      for (Expr p : c.parts()) {
        v = v.shiftLeft(p.type().width()).or(eval(in, p));
      }
      return v;
    }
    if (e instanceof Expr.Slice s) {
      return eval(in, s.operand()).shiftRight(s.low()).and(mask(s.high() - s.low() + 1));
    }
    if (e instanceof Expr.Extend x) {
      BigInteger a = eval(in, x.operand());
      return x.operand().type().signed() ? signed(a, x.operand().type()).and(mask(w)) : a;
    }
    if (e instanceof Expr.Reinterpret x) {
      return eval(in, x.operand());
    }
    if (e instanceof Expr.MemRead m) {
      int address = eval(in, m.address()).intValueExact();
      BigInteger[] words = in.memories[m.memory()];
      return address < words.length ? words[address] : BigInteger.ZERO;
    }
    throw new IllegalStateException("unknown expression " + e);
  }

  private BigInteger binary(Instance in, Expr.Binary b) {
    BigInteger l = eval(in, b.left());
    BigInteger r = eval(in, b.right());
    int w = b.type().width();
    Type ot = b.left().type();
    boolean signed = ot.signed();
    BigInteger lv = signed ? signed(l, ot) : l;
    BigInteger rv = signed ? signed(r, b.right().type()) : r;
    return switch (b.op()) {
      case ADD -> l.add(r).and(mask(w));
      case SUB -> l.subtract(r).and(mask(w));
      case MUL -> l.multiply(r).and(mask(w));
      case AND -> l.and(r);
      case OR -> l.or(r);
      case XOR -> l.xor(r);
      case EQ -> bool(l.equals(r));
      case NE -> bool(!l.equals(r));
      case LT -> bool(lv.compareTo(rv) < 0);
      case LE -> bool(lv.compareTo(rv) <= 0);
      case GT -> bool(lv.compareTo(rv) > 0);
      case GE -> bool(lv.compareTo(rv) >= 0);
      case SHIFT_LEFT -> r.compareTo(BigInteger.valueOf(w)) >= 0 ? BigInteger.ZERO : l.shiftLeft(r.intValue()).and(mask(w));
      case SHIFT_RIGHT -> {
        int s = r.min(BigInteger.valueOf(w)).intValue();
        yield signed ? signed(l, ot).shiftRight(s).and(mask(w)) : l.shiftRight(s);
      }
    };
  }

  private static BigInteger bool(boolean b) {
    return b ? BigInteger.ONE : BigInteger.ZERO;
  }
}
