package plasticity.hdl;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import plasticity.hdl.ir.Expr;
import plasticity.hdl.ir.InstanceIr;
import plasticity.hdl.ir.MemDecl;
import plasticity.hdl.ir.ModuleIr;
import plasticity.hdl.ir.SignalDecl;
import plasticity.hdl.ir.SignalDecl.SignalKind;
import plasticity.hdl.ir.SourceLocation;
import plasticity.hdl.ir.Stmt;
import plasticity.hdl.ir.Type;

/**
 * The mutable state of one module while its constructor runs: declarations, the statement
 * tree with its when/switch nesting, child instances. {@link #finish()} freezes it into a
 * {@link ModuleIr}. Modules under construction form a per-thread stack: the innermost one is
 * where operators and assignments take effect.
 */
final class ModuleBuilder {
  private static final ThreadLocal<Deque<ModuleBuilder>> STACK =
      ThreadLocal.withInitial(ArrayDeque::new);

  final Module module;
  final ModuleBuilder parent;
  final SourceLocation createdAt;
  String baseName;
  String doc = "";
  boolean hierBlock;
  final Map<String, String> params = new LinkedHashMap<>();
  final Map<String, Integer> verilogParams = new LinkedHashMap<>();
  final List<Sig> signals = new ArrayList<>();
  final List<MemDecl> memories = new ArrayList<>();
  final List<Inst> instances = new ArrayList<>();
  private final Map<String, SourceLocation> names = new HashMap<>();
  private final Deque<List<Node>> body = new ArrayDeque<>();
  private final List<Node> root = new ArrayList<>();
  /** For each child: its port signal index to the index of the wire standing for it here. */
  private final Map<ModuleBuilder, Map<Integer, Integer>> childPortWires = new HashMap<>();
  String instancedAs;
  ModuleIr ir;

  /** A signal being declared; frozen into a {@link SignalDecl}. */
  static final class Sig {
    final String name;
    final Type type;
    final SignalKind kind;
    final SourceLocation location;
    BigInteger reset;
    Expr enable;
    SignalDecl.InstancePort instancePort;
    boolean mayBeUnused;
    String comment = "";

    Sig(String name, Type type, SignalKind kind, SourceLocation location) {
      this.name = name;
      this.type = type;
      this.kind = kind;
      this.location = location;
    }
  }

  record Inst(String name, ModuleBuilder child, SourceLocation location) {}

  /** Statement nodes are mutable while elseWhen/otherwise/is may still extend them. */
  sealed interface Node permits ConnectNode, WhenNode, SwitchNode, WriteNode {}

  record ConnectNode(Stmt.Connect stmt) implements Node {}

  record WriteNode(Stmt.MemWrite stmt) implements Node {}

  static final class WhenNode implements Node {
    final Expr condition;
    final SourceLocation location;
    final List<Node> whenTrue = new ArrayList<>();
    final List<Node> otherwise = new ArrayList<>();
    boolean hasOtherwise;

    WhenNode(Expr condition, SourceLocation location) {
      this.condition = condition;
      this.location = location;
    }
  }

  static final class SwitchNode implements Node {
    final Expr selector;
    final SourceLocation location;
    final List<CaseNode> cases = new ArrayList<>();
    final Map<BigInteger, SourceLocation> seen = new HashMap<>();
    final List<Node> otherwise = new ArrayList<>();
    boolean hasOtherwise;

    SwitchNode(Expr selector, SourceLocation location) {
      this.selector = selector;
      this.location = location;
    }
  }

  record CaseNode(List<Expr.Lit> values, List<Node> body, SourceLocation location) {}

  ModuleBuilder(Module module) {
    this.module = module;
    Deque<ModuleBuilder> stack = STACK.get();
    this.parent = stack.peek();
    this.createdAt = Locator.here();
    this.baseName = module.getClass().getSimpleName();
    if (baseName.isEmpty()) {
      baseName = "Anonymous";
    }
    body.push(root);
    stack.push(this);
  }

  // ---- the elaboration stack ----

  static ModuleBuilder current() {
    ModuleBuilder b = STACK.get().peek();
    if (b == null) {
      throw HdlException.at("hardware can only be described while a Module's constructor runs "
          + "(inside Elaboration.elaborate or a parent module's constructor)");
    }
    return b;
  }

  /** Checks that {@code this} is the module being described: catches a child never instanced. */
  void requireCurrent() {
    ModuleBuilder top = STACK.get().peek();
    if (top == this) {
      return;
    }
    if (top != null && top.parent == this) {
      throw HdlException.at("module " + top.baseName + " created at " + top.createdAt
          + " was never passed to instance(name, module): instance every child before "
          + "describing more of " + baseName);
    }
    throw HdlException.at("module " + baseName + " is not being elaborated here: describe its "
        + "hardware in its constructor");
  }

  /** Pops {@code this} off the stack when its constructor is done (instance or top). */
  void pop() {
    Deque<ModuleBuilder> stack = STACK.get();
    if (stack.peek() != this) {
      ModuleBuilder top = stack.peek();
      throw HdlException.at(top == null ? "module " + baseName + " is not being elaborated"
          : "module " + top.baseName + " created at " + top.createdAt
              + " was never passed to instance(name, module)");
    }
    stack.pop();
  }

  static void clearStack() {
    STACK.get().clear();
  }

  static int depth() {
    return STACK.get().size();
  }

  // ---- declarations ----

  void claimName(String name, SourceLocation at) {
    String problem = Names.problem(name);
    if (problem != null) {
      throw new HdlException(at, "illegal name in module " + baseName + ": " + problem);
    }
    SourceLocation before = names.putIfAbsent(name, at);
    if (before != null) {
      throw new HdlException(at, "name '" + name + "' is already used in module " + baseName
          + " (declared at " + before + "): names in a module must be unique; add an index "
          + "or a prefix");
    }
  }

  <T extends Data> T declare(String name, HwType<T> type, SignalKind kind) {
    SourceLocation at = Locator.here();
    claimName(name, at);
    return declareClaimed(name, type.type, kind, at);
  }

  private <T extends Data> T declareClaimed(String name, Type type, SignalKind kind, SourceLocation at) {
    signals.add(new Sig(name, type, kind, at));
    return HwType.face(this, new Expr.Ref(signals.size() - 1, type));
  }

  String signalName(int index) {
    return signals.get(index).name;
  }

  /** The expression of {@code d} as seen from this module. */
  Expr resolve(Data d) {
    if (d.owner == null || d.owner == this) {
      return d.expr;
    }
    if (d.owner.parent == this && d.expr instanceof Expr.Ref r) {
      Integer wire = childPortWires.getOrDefault(d.owner, Map.of()).get(r.signal());
      if (wire != null) {
        return new Expr.Ref(wire, signals.get(wire).type);
      }
      if (d.owner.instancedAs == null) {
        throw HdlException.at("module " + d.owner.baseName + " created at " + d.owner.createdAt
            + " was never passed to instance(name, module)");
      }
      throw HdlException.at("'" + d.owner.signalName(r.signal()) + "' is inside instance '"
          + d.owner.instancedAs + "' (" + d.owner.baseName + "): only its ports are visible here");
    }
    String what = d.expr instanceof Expr.Ref r ? "'" + d.owner.signalName(r.signal()) + "'" : "a value";
    throw HdlException.at(what + " of module " + d.owner.baseName + " is used in module "
        + baseName + ": a module sees its own signals and its children's ports only");
  }

  /** The signal index {@code d} names in this module, or an error. */
  private int targetOf(Data d, String verb) {
    Expr e = resolve(d);
    if (!(e instanceof Expr.Ref r)) {
      throw HdlException.at(verb + " needs a signal on the left, got an expression of type "
          + e.type().show() + ": declare a wire or register to assign");
    }
    return r.signal();
  }

  void requireKind(Data d, SignalKind kind, String why) {
    int t = targetOf(d, "this");
    if (signals.get(t).kind != kind) {
      throw HdlException.at(why + "; '" + signals.get(t).name + "' is "
          + signals.get(t).kind.name().toLowerCase());
    }
  }

  void connect(Data target, Data value, boolean registered) {
    connect(target, value, registered, false);
  }

  void connect(Data target, Data value, boolean registered, boolean isDefault) {
    String verb = registered ? "next()" : "drive()";
    int t = targetOf(target, verb);
    Sig sig = signals.get(t);
    Expr v = resolve(value);
    SourceLocation at = Locator.here();
    if (registered && sig.kind != SignalKind.REG) {
      throw new HdlException(at, "next() sets a register, but '" + sig.name + "' is "
          + describe(sig) + ": use drive() for combinational signals");
    }
    if (!registered) {
      if (sig.kind == SignalKind.REG) {
        throw new HdlException(at, "'" + sig.name + "' is a register: set it with next(), "
            + "not drive()");
      }
      if (sig.kind == SignalKind.INPUT) {
        throw new HdlException(at, "'" + sig.name + "' is an input of " + baseName
            + ": it is driven from outside the module");
      }
      if (sig.instancePort != null && !sig.instancePort.childInput()) {
        throw new HdlException(at, "'" + sig.name + "' is an output of instance '"
            + instances.get(sig.instancePort.instance()).name() + "': the child drives it");
      }
    }
    // Width and kind agreement is checked by the width phase, so that all mismatches are
    // reported together with their lines.
    body.peek().add(new ConnectNode(new Stmt.Connect(t, v, isDefault, at)));
  }

  private static String describe(Sig s) {
    return switch (s.kind) {
      case INPUT -> "an input";
      case OUTPUT -> "an output";
      case WIRE -> s.instancePort != null ? "an instance port" : "a wire";
      case REG -> "a register";
    };
  }

  Data namedWire(String name, Data value) {
    Expr v = resolve(value);
    SourceLocation at = Locator.here();
    claimName(name, at);
    Data w = declareClaimed(name, v.type(), SignalKind.WIRE, at);
    root.add(new ConnectNode(new Stmt.Connect(((Expr.Ref) w.expr).signal(), v, false, at)));
    return w;
  }

  void allowUnused(Data d) {
    signals.get(targetOf(d, "allowUnused()")).mayBeUnused = true;
  }

  void setReset(Data d, BigInteger value) {
    int t = targetOf(d, "init()");
    Sig s = signals.get(t);
    if (s.kind != SignalKind.REG) {
      throw HdlException.at("init() gives a register its reset value; '" + s.name + "' is "
          + describe(s));
    }
    s.reset = Ops.lit(s.type, value).bits();
  }

  void setEnable(Data d, Bool enable) {
    int t = targetOf(d, "enable()");
    Sig s = signals.get(t);
    if (s.kind != SignalKind.REG) {
      throw HdlException.at("enable() gates a register; '" + s.name + "' is " + describe(s));
    }
    s.enable = resolve(enable);
  }

  // ---- control flow ----

  WhenNode when(Bool condition, Runnable block) {
    Expr c = resolve(condition);
    WhenNode node = new WhenNode(c, Locator.here());
    List<Node> into = body.peek();
    into.add(node);
    run(node.whenTrue, block);
    return node;
  }

  void run(List<Node> into, Runnable block) {
    body.push(into);
    try {
      block.run();
    } finally {
      body.pop();
    }
  }

  /** True when {@code node} is the statement last added to the block now open. */
  boolean isLast(Node node) {
    List<Node> open = body.peek();
    return !open.isEmpty() && open.get(open.size() - 1) == node;
  }

  SwitchNode switchOn(Data selector) {
    SwitchNode node = new SwitchNode(resolve(selector), Locator.here());
    body.peek().add(node);
    return node;
  }

  void add(Node node) {
    body.peek().add(node);
  }

  // ---- children ----

  void adopt(String name, ModuleBuilder child) {
    SourceLocation at = Locator.here();
    if (child.instancedAs != null) {
      throw new HdlException(at, "module " + child.baseName + " is already instance '"
          + child.instancedAs + "': create a new module object for each instance");
    }
    if (child.parent != this) {
      throw new HdlException(at, "module " + child.baseName + " created at " + child.createdAt
          + " was not created inside " + baseName + "'s constructor");
    }
    child.pop();
    requireCurrent();
    claimName(name, at);
    child.instancedAs = name;
    child.ir = child.finish();
    int index = instances.size();
    instances.add(new Inst(name, child, at));
    Map<Integer, Integer> wires = new HashMap<>();
    for (int i = 0; i < child.signals.size(); i++) {
      Sig port = child.signals.get(i);
      if (port.kind != SignalKind.INPUT && port.kind != SignalKind.OUTPUT) {
        continue;
      }
      String wireName = name + "_" + port.name;
      claimName(wireName, at);
      // The parent sees the child's port at this instance's width: a child's parameter width
      // is a number here (the instance passes it with #(...)).
      Type concrete = new Type(port.type.kind(), port.type.width());
      signals.add(new Sig(wireName, concrete, SignalKind.WIRE, at));
      Sig wire = signals.get(signals.size() - 1);
      wire.instancePort =
          new SignalDecl.InstancePort(index, port.name, port.kind == SignalKind.INPUT);
      wires.put(i, signals.size() - 1);
    }
    childPortWires.put(child, wires);
  }

  MemDecl addMemory(MemDecl m) {
    claimName(m.name(), m.location());
    memories.add(m);
    return m;
  }

  // ---- freezing ----

  ModuleIr finish() {
    List<SignalDecl> decls = new ArrayList<>(signals.size());
    for (Sig s : signals) {
      decls.add(new SignalDecl(s.name, s.type, s.kind, Optional.ofNullable(s.reset),
          Optional.ofNullable(s.enable), Optional.ofNullable(s.instancePort), s.mayBeUnused, s.comment,
          s.location));
    }
    List<InstanceIr> insts = new ArrayList<>();
    boolean sequential = false;
    for (Inst i : instances) {
      insts.add(new InstanceIr(i.name(), i.child().ir, i.location()));
      sequential |= i.child().ir.sequential();
    }
    for (Sig s : signals) {
      sequential |= s.kind == SignalKind.REG;
    }
    sequential |= !memories.isEmpty();
    List<Stmt> stmts = freeze(root);
    String fingerprint = fingerprint(decls, insts, stmts);
    return new ModuleIr(baseName, module.getClass().getName(),
        java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params)),
        java.util.Collections.unmodifiableMap(new LinkedHashMap<>(verilogParams)), List.copyOf(decls), List.copyOf(memories), List.copyOf(insts), stmts,
        sequential, doc, hierBlock, createdAt, fingerprint);
  }

  private static List<Stmt> freeze(List<Node> nodes) {
    List<Stmt> out = new ArrayList<>(nodes.size());
    for (Node n : nodes) {
      if (n instanceof ConnectNode c) {
        out.add(c.stmt());
      } else if (n instanceof WriteNode w) {
        out.add(w.stmt());
      } else if (n instanceof WhenNode w) {
        out.add(new Stmt.When(w.condition, freeze(w.whenTrue), freeze(w.otherwise), w.location));
      } else if (n instanceof SwitchNode s) {
        List<Stmt.Case> cases = new ArrayList<>();
        for (CaseNode c : s.cases) {
          cases.add(new Stmt.Case(c.values(), freeze(c.body()), c.location()));
        }
        out.add(new Stmt.Switch(s.selector, List.copyOf(cases), freeze(s.otherwise), s.location));
      }
    }
    return List.copyOf(out);
  }

  private String fingerprint(List<SignalDecl> decls, List<InstanceIr> insts, List<Stmt> stmts) {
    StringBuilder sb = new StringBuilder(256);
    // Verilog parameters count by name only: their values are per instance.
    sb.append(baseName).append('|').append(params).append('|').append(verilogParams.keySet())
        .append('|').append(decls).append('|')
        .append(memories).append('|').append(insts).append('|').append(stmts).append('|').append(hierBlock);
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(sb.toString().getBytes(StandardCharsets.UTF_8)), 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
