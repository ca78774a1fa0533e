package plasticity.hdl.emit;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import plasticity.hdl.ir.Expr;
import plasticity.hdl.ir.InstanceIr;
import plasticity.hdl.ir.MemDecl;
import plasticity.hdl.ir.ModuleIr;
import plasticity.hdl.ir.SignalDecl;
import plasticity.hdl.ir.SignalDecl.SignalKind;
import plasticity.hdl.ir.Stmt;
import plasticity.hdl.ir.Stmts;
import plasticity.hdl.ir.Type;
import plasticity.hdl.ir.Widths;

/**
 * Builds the view of one module for {@code templates/verilog/module.v.vm}: port lines,
 * declarations, instances, continuous assignments, one {@code always @*} per procedurally
 * assigned combinational signal, and one {@code always @(posedge clk)} per group of registers
 * sharing reset and enable. All text is computed here; the template only lays it out.
 */
final class ModuleEmitter {
  /** One port line: the declaration, its separator and comment, and lines around it (waivers). */
  public record PortLine(List<String> before, String decl, String sep, String comment, List<String> after) {}

  /** What the template receives. */
  public record View(List<String> header, String name, List<String> parameters, List<PortLine> ports,
      List<List<String>> sections) {}

  private final ModuleIr m;
  private final String name;
  private final Clocking clocking;
  private final ExprEmitter ex;
  private final boolean[] procedural;
  /** Combinational signals whose statements read nothing, by signal index: one assign each (ConstantDrive). */
  private final Map<Integer, Expr> constantDrives = new TreeMap<>();

  /** Which implicit ports a module needs, by fingerprint: computed once per unique module. */
  interface Clocking {
    boolean needsClock(ModuleIr m);

    boolean needsReset(ModuleIr m);

    String verilogName(ModuleIr m);
  }

  ModuleEmitter(ModuleIr m, String name, Clocking clocking) {
    this.m = m;
    this.name = name;
    this.clocking = clocking;
    this.ex = new ExprEmitter(i -> m.signals().get(i).name(), i -> m.memories().get(i).name());
    this.procedural = new boolean[m.signals().size()];
  }

  View view(List<String> header) {
    // Decide how each combinational signal is emitted: a single unconditional assignment at
    // the top level becomes `assign`, anything else an `always @*` block.
    int[] count = new int[m.signals().size()];
    Stmts.connects(m.body(), k -> count[k.target()]++);
    BitSet topLevel = new BitSet();
    for (Stmt s : m.body()) {
      if (s instanceof Stmt.Connect k) {
        topLevel.set(k.target());
      }
    }
    for (int i = 0; i < count.length; i++) {
      SignalDecl s = m.signals().get(i);
      procedural[i] = s.kind() == SignalKind.REG || (count[i] > 0 && !(count[i] == 1 && topLevel.get(i)));
      if (procedural[i] && s.kind() != SignalKind.REG) {
        int at = i;
        ConstantDrive.of(m.body(), i, s.type()).ifPresent(v -> {
          constantDrives.put(at, v);
          procedural[at] = false;
        });
      }
    }

    List<String> instances = instances();
    List<String> assigns = assigns();
    List<String> combBlocks = combBlocks();
    List<String> seqBlocks = seqBlocks();
    assigns.addAll(tempAssigns());
    List<String> decls = declarations();

    List<List<String>> sections = new ArrayList<>();
    if (m.hierBlock()) {
      sections.add(List.of("  /*verilator hier_block*/  // built once for all instances when verilated with --hierarchical"));
    }
    for (List<String> s : List.of(decls, instances, assigns, combBlocks, seqBlocks)) {
      if (!s.isEmpty()) {
        sections.add(s.stream().map(l -> l.isEmpty() ? l : "  " + l).toList());
      }
    }
    List<String> comments = header.stream().map(h -> h.isEmpty() ? "//" : "// " + h).toList();
    List<String> parameters = new ArrayList<>();
    List<String> names = new ArrayList<>(m.verilogParams().keySet());
    for (int i = 0; i < names.size(); i++) {
      parameters.add("parameter " + names.get(i) + " = " + m.verilogParams().get(names.get(i))
          + (i < names.size() - 1 ? "," : ""));
    }
    return new View(comments, name, parameters, ports(), sections);
  }

  // ---- ports and declarations ----

  private List<PortLine> ports() {
    List<String[]> lines = new ArrayList<>();
    if (clocking.needsClock(m)) {
      lines.add(new String[] {"input  wire clk", "clock: every register samples on its rising edge", ""});
    }
    if (clocking.needsReset(m)) {
      lines.add(new String[] {"input  wire rst", "synchronous reset, active high", ""});
    }
    for (int i = 0; i < m.signals().size(); i++) {
      SignalDecl s = m.signals().get(i);
      if (!s.isPort()) {
        continue;
      }
      String dir = s.kind() == SignalKind.INPUT ? "input  wire" : procedural[i] ? "output reg " : "output wire";
      lines.add(new String[] {dir + range(s.type()) + s.name(), s.type().show() + "  " + s.location(),
          s.mayBeUnused() && s.kind() == SignalKind.INPUT ? "y" : ""});
    }
    List<PortLine> out = new ArrayList<>();
    int width = lines.stream().mapToInt(l -> l[0].length()).max().orElse(0) + 1;
    for (int i = 0; i < lines.size(); i++) {
      String sep = i < lines.size() - 1 ? "," : " ";
      String pad = " ".repeat(width - lines.get(i)[0].length());
      boolean waived = lines.get(i)[2].equals("y");
      out.add(new PortLine(
          waived ? List.of("/* verilator lint_off UNUSEDSIGNAL */  // allowUnused: some bits unused on purpose") : List.of(),
          lines.get(i)[0], sep, pad + "// " + lines.get(i)[1],
          waived ? List.of("/* verilator lint_on UNUSEDSIGNAL */") : List.of()));
    }
    return out;
  }

  private static String range(Type t) {
    return t.width() == 1 && !t.symbolic() ? " " : " [" + Widths.msb(t) + ":0] ";
  }

  private List<String> declarations() {
    Declarations out = new Declarations();
    for (int i = 0; i < m.signals().size(); i++) {
      SignalDecl s = m.signals().get(i);
      if (s.isPort()) {
        continue;
      }
      String kw = procedural[i] ? "reg " : "wire";
      String what = s.kind() == SignalKind.REG ? "register" : s.instancePort().isPresent() ? "instance port" : "wire";
      String line = kw + range(s.type()) + s.name() + ";  // " + s.type().show() + " " + what + "  " + s.location();
      boolean unusedOutput = s.instancePort().isPresent() && !s.instancePort().get().childInput() && !ex.read(s.name());
      if (unusedOutput) {
        out.add(line, "outputs of instances this design does not use");
      } else if (s.mayBeUnused()) {
        out.add(line, "allowUnused: some bits unused on purpose");
      } else {
        out.add(line, ex.partlyRead(s.name(), s.type().width()) ? "some bits are dropped on purpose" : null);
      }
    }
    for (String line : ex.localParams()) {
      out.add(line, null);
    }
    for (MemDecl mem : m.memories()) {
      out.add("reg" + range(mem.word()) + mem.name() + " [0:" + (mem.depth() - 1) + "];  // "
          + mem.depth() + " x " + mem.word().show() + " memory  " + mem.location(), null);
    }
    for (ExprEmitter.Temp t : ex.temps()) {
      out.add("wire" + range(t.type()) + t.name() + ";",
          ex.partlyRead(t.name(), t.type().width()) ? "some bits are dropped on purpose" : null);
    }
    return out.lines();
  }

  /**
   * Declaration lines; runs of declarations that need the same lint waiver share one
   * lint_off/lint_on pair, with the reason, so the waiver is visible and scoped.
   */
  private static final class Declarations {
    private final List<String> lines = new ArrayList<>();
    private String open;

    void add(String line, String waiver) {
      if (!Objects.equals(waiver, open)) {
        if (open != null) {
          lines.add("/* verilator lint_on UNUSEDSIGNAL */");
        }
        if (waiver != null) {
          lines.add("/* verilator lint_off UNUSEDSIGNAL */  // " + waiver);
        }
        open = waiver;
      }
      lines.add(line);
    }

    List<String> lines() {
      if (open != null) {
        lines.add("/* verilator lint_on UNUSEDSIGNAL */");
        open = null;
      }
      return lines;
    }
  }

  // ---- instances and assignments ----

  private List<String> instances() {
    List<String> out = new ArrayList<>();
    for (int idx = 0; idx < m.instances().size(); idx++) {
      InstanceIr inst = m.instances().get(idx);
      List<String> conns = new ArrayList<>();
      if (clocking.needsClock(inst.module())) {
        conns.add(".clk(clk)");
      }
      if (clocking.needsReset(inst.module())) {
        conns.add(".rst(rst)");
      }
      for (int i = 0; i < m.signals().size(); i++) {
        Optional<SignalDecl.InstancePort> p = m.signals().get(i).instancePort();
        if (p.isPresent() && p.get().instance() == idx) {
          conns.add("." + p.get().port() + "(" + m.signals().get(i).name() + ")");
          if (!p.get().childInput()) {
            continue;
          }
          ex.emit(new Expr.Ref(i, m.signals().get(i).type())); // read by the instance
        }
      }
      if (!out.isEmpty()) {
        out.add("");
      }
      List<String> overrides = new ArrayList<>();
      inst.module().verilogParams().forEach((k, v) -> overrides.add("." + k + "(" + v + ")"));
      String params = overrides.isEmpty() ? "" : " #(" + String.join(", ", overrides) + ")";
      out.add(clocking.verilogName(inst.module()) + params + " " + inst.name() + " (  // " + inst.location());
      for (int c = 0; c < conns.size(); c++) {
        out.add("  " + conns.get(c) + (c < conns.size() - 1 ? "," : ""));
      }
      out.add(");");
    }
    return out;
  }

  private List<String> assigns() {
    List<String> out = new ArrayList<>();
    for (Stmt s : m.body()) {
      if (s instanceof Stmt.Connect k && !procedural[k.target()] && !constantDrives.containsKey(k.target())) {
        out.add("assign " + m.signals().get(k.target()).name() + " = " + ex.top(k.value()) + ";  // "
            + k.location());
      }
    }
    constantDrives.forEach((i, v) -> out.add("assign " + m.signals().get(i).name() + " = " + ex.top(v)
        + ";  // constant  " + m.signals().get(i).location()));
    return out;
  }

  /** Appended after statements have been emitted, since emission discovers the temporaries. */
  List<String> tempAssigns() {
    List<String> out = new ArrayList<>();
    for (ExprEmitter.Temp t : ex.temps()) {
      out.add("assign " + t.name() + " = " + t.text() + ";");
    }
    return out;
  }

  private List<String> combBlocks() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < m.signals().size(); i++) {
      SignalDecl s = m.signals().get(i);
      if (!procedural[i] || s.kind() == SignalKind.REG) {
        continue;
      }
      BitSet only = new BitSet();
      only.set(i);
      List<String> body = new ArrayList<>();
      statements(m.body(), only, false, false, "  ", body);
      if (!out.isEmpty()) {
        out.add("");
      }
      out.add("always @* begin  // " + s.name() + "  " + s.location());
      out.addAll(body);
      out.add("end");
    }
    return out;
  }

  private List<String> seqBlocks() {
    // Group registers by (has reset, enable); memory writes join the group with neither.
    Map<String, BitSet> groups = new LinkedHashMap<>();
    Map<String, Optional<Expr>> enables = new LinkedHashMap<>();
    Map<String, Boolean> resets = new LinkedHashMap<>();
    for (int i = 0; i < m.signals().size(); i++) {
      SignalDecl s = m.signals().get(i);
      if (s.kind() != SignalKind.REG) {
        continue;
      }
      String key = s.reset().isPresent() + "|" + s.enable().map(Objects::toString).orElse("");
      groups.computeIfAbsent(key, k -> new BitSet()).set(i);
      enables.put(key, s.enable());
      resets.put(key, s.reset().isPresent());
    }
    boolean hasWrites = Stmts.hasMemWrite(m.body());
    String plain = "false|";
    if (hasWrites && !groups.containsKey(plain)) {
      groups.put(plain, new BitSet());
      enables.put(plain, Optional.empty());
      resets.put(plain, false);
    }
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, BitSet> g : groups.entrySet()) {
      BitSet regs = g.getValue();
      boolean withWrites = hasWrites && g.getKey().equals(plain);
      Optional<Expr> enable = enables.get(g.getKey());
      boolean reset = resets.get(g.getKey());
      boolean guarded = reset || enable.isPresent();
      List<String> body = new ArrayList<>();
      statements(m.body(), regs, true, withWrites, guarded ? "    " : "  ", body);
      if (!out.isEmpty()) {
        out.add("");
      }
      out.add("always @(posedge clk) begin");
      if (reset) {
        out.add("  if (rst) begin");
        for (int i = regs.nextSetBit(0); i >= 0; i = regs.nextSetBit(i + 1)) {
          SignalDecl s = m.signals().get(i);
          out.add("    " + s.name() + " <= "
              + ex.constant(s.reset().orElseThrow(), s.type()) + ";");
        }
        out.add(enable.isPresent()
            ? "  end else if (" + ex.top(enable.get()) + ") begin" : "  end else begin");
      } else if (enable.isPresent()) {
        out.add("  if (" + ex.top(enable.get()) + ") begin");
      }
      out.addAll(body);
      if (guarded) {
        out.add("  end");
      }
      out.add("end");
    }
    return out;
  }

  /** The statements of {@code body} that assign signals in {@code targets}, as Verilog lines. */
  private void statements(List<Stmt> body, BitSet targets, boolean seq, boolean writes, String indent, List<String> out) {
    String op = seq ? " <= " : " = ";
    for (Stmt s : body) {
      if (s instanceof Stmt.Connect k) {
        if (targets.get(k.target())) {
          out.add(indent + m.signals().get(k.target()).name() + op + ex.top(k.value()) + ";");
        }
      } else if (s instanceof Stmt.MemWrite w) {
        if (writes) {
          out.add(indent + m.memories().get(w.memory()).name() + "[" + ex.top(w.address()) + "] <= "
              + ex.top(w.data()) + ";");
        }
      } else if (s instanceof Stmt.When w) {
        whenChain(w, targets, seq, writes, indent, out, "if");
      } else if (s instanceof Stmt.Switch sw) {
        if (!Stmts.touches(List.of(sw), targets, writes)) {
          continue;
        }
        out.add(indent + "case (" + ex.top(sw.selector()) + ")  // " + sw.location());
        for (Stmt.Case c : sw.cases()) {
          List<String> inner = new ArrayList<>();
          statements(c.body(), targets, seq, writes, indent + "    ", inner);
          List<String> labels = new ArrayList<>();
          for (Expr.Lit l : c.values()) {
            labels.add(ex.emit(l));
          }
          out.add(indent + "  " + String.join(", ", labels) + ": begin");
          out.addAll(inner);
          out.add(indent + "  end");
        }
        List<String> other = new ArrayList<>();
        statements(sw.otherwise(), targets, seq, writes, indent + "    ", other);
        if (!other.isEmpty()) {
          out.add(indent + "  default: begin");
          out.addAll(other);
          out.add(indent + "  end");
        } else {
          out.add(indent + "  default: ;");
        }
        out.add(indent + "endcase");
      }
    }
  }

  private void whenChain(Stmt.When w, BitSet targets, boolean seq, boolean writes, String indent, List<String> out, String keyword) {
    boolean thenTouches = Stmts.touches(w.whenTrue(), targets, writes);
    boolean elseTouches = Stmts.touches(w.otherwise(), targets, writes);
    if (!thenTouches && !elseTouches) {
      return;
    }
    String cond = ex.top(w.condition());
    if (!thenTouches) {
      cond = "!(" + cond + ")";
    }
    List<String> thenLines = new ArrayList<>();
    statements(thenTouches ? w.whenTrue() : w.otherwise(), targets, seq, writes, indent + "  ", thenLines);
    out.add(indent + keyword + " (" + cond + ") begin  // " + w.location());
    out.addAll(thenLines);
    if (thenTouches && elseTouches) {
      List<Stmt> other = w.otherwise();
      if (other.size() == 1 && other.get(0) instanceof Stmt.When inner) {
        List<String> rest = new ArrayList<>();
        whenChain(inner, targets, seq, writes, indent, rest, "end else if");
        out.addAll(rest);
        return;
      }
      out.add(indent + "end else begin");
      statements(other, targets, seq, writes, indent + "  ", out);
    }
    out.add(indent + "end");
  }
}
