package plasticity.hdl.phase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import plasticity.hdl.ir.Expr;
import plasticity.hdl.ir.InstanceIr;
import plasticity.hdl.ir.ModuleIr;
import plasticity.hdl.ir.SignalDecl;
import plasticity.hdl.ir.SignalDecl.SignalKind;
import plasticity.hdl.ir.Stmt;
import plasticity.hdl.ir.Stmts;

/**
 * No combinational loops, through any depth of hierarchy. A combinational signal depends on
 * what its assigned values read and on the conditions that select them; a child's output
 * depends on the child inputs it reaches without a register (computed bottom-up, so each
 * unique module is analysed once). A loop is reported as the named chain with source lines.
 */
final class CheckCombLoops implements Phase {
  @Override
  public String name() {
    return "loop";
  }

  @Override
  public void run(CompileContext c) {
    for (ModuleIr m : c.unique) {
      List<Set<Integer>> deps = dependencies(c, m);
      findLoop(c, m, deps);
      c.combPaths.put(m.fingerprint(), summary(m, deps));
    }
  }

  /** deps[i] = the signals combinational signal i reads; registers and inputs read nothing. */
  private List<Set<Integer>> dependencies(CompileContext c, ModuleIr m) {
    List<Set<Integer>> deps = new ArrayList<>();
    for (int i = 0; i < m.signals().size(); i++) {
      deps.add(new LinkedHashSet<>());
    }
    collect(m, m.body(), new ArrayList<>(), deps);
    // A child's output wire depends on the child's input wires it reaches combinationally.
    for (int i = 0; i < m.signals().size(); i++) {
      SignalDecl s = m.signals().get(i);
      if (s.instancePort().isEmpty() || s.instancePort().get().childInput()) {
        continue;
      }
      InstanceIr inst = m.instances().get(s.instancePort().get().instance());
      Set<String> inputs = c.combPaths.get(inst.module().fingerprint())
          .getOrDefault(s.instancePort().get().port(), Set.of());
      for (String in : inputs) {
        deps.get(i).add(m.signalIndex(inst.name() + "_" + in));
      }
    }
    return deps;
  }


  private void collect(ModuleIr m, List<Stmt> body, List<Expr> conditions, List<Set<Integer>> deps) {
    for (Stmt s : body) {
      if (s instanceof Stmt.Connect k) {
        if (m.signals().get(k.target()).kind() == SignalKind.REG) {
          continue;
        }
        Set<Integer> d = deps.get(k.target());
        Stmts.refs(k.value(), d::add);
        for (Expr cond : conditions) {
          Stmts.refs(cond, d::add);
        }
      } else if (s instanceof Stmt.When w) {
        conditions.add(w.condition());
        collect(m, w.whenTrue(), conditions, deps);
        collect(m, w.otherwise(), conditions, deps);
        conditions.remove(conditions.size() - 1);
      } else if (s instanceof Stmt.Switch sw) {
        conditions.add(sw.selector());
        for (Stmt.Case k : sw.cases()) {
          collect(m, k.body(), conditions, deps);
        }
        collect(m, sw.otherwise(), conditions, deps);
        conditions.remove(conditions.size() - 1);
      }
    }
  }

  private void findLoop(CompileContext c, ModuleIr m, List<Set<Integer>> deps) {
    int n = deps.size();
    int[] color = new int[n]; // 0 new, 1 on the DFS path, 2 done
    int[] parent = new int[n];
    for (int start = 0; start < n; start++) {
      if (color[start] != 0) {
        continue;
      }
      // Iterative DFS: deep netlists must not overflow the Java stack.
      List<int[]> stack = new ArrayList<>();
      stack.add(new int[] {start, 0});
      color[start] = 1;
      parent[start] = -1;
      while (!stack.isEmpty()) {
        int[] top = stack.get(stack.size() - 1);
        int v = top[0];
        Integer[] next = deps.get(v).toArray(new Integer[0]);
        if (top[1] < next.length) {
          int w = next[top[1]++];
          if (color[w] == 1) {
            report(c, m, v, w, parent);
            return;
          }
          if (color[w] == 0) {
            color[w] = 1;
            parent[w] = v;
            stack.add(new int[] {w, 0});
          }
        } else {
          color[v] = 2;
          stack.remove(stack.size() - 1);
        }
      }
    }
  }

  /** The chain w -> ... -> v -> w, read as "w depends on ... depends on w". */
  private void report(CompileContext c, ModuleIr m, int v, int w, int[] parent) {
    List<Integer> chain = new ArrayList<>();
    for (int x = v; x != w && x != -1; x = parent[x]) {
      chain.add(0, x);
    }
    chain.add(0, w);
    List<String> names = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int x : chain) {
      SignalDecl s = m.signals().get(x);
      names.add(s.name());
      text.append(s.name()).append(" (").append(s.location()).append(") <- ");
    }
    text.append(m.signals().get(w).name());
    SignalDecl first = m.signals().get(w);
    c.error(name(), m, "combinational loop: " + text + ". Break it with a register",
        first.location(), names);
  }

  private Map<String, Set<String>> summary(ModuleIr m, List<Set<Integer>> deps) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (int i = 0; i < m.signals().size(); i++) {
      if (m.signals().get(i).kind() != SignalKind.OUTPUT) {
        continue;
      }
      Set<String> inputs = new TreeSet<>();
      Set<Integer> seen = new LinkedHashSet<>();
      List<Integer> work = new ArrayList<>(List.of(i));
      while (!work.isEmpty()) {
        int x = work.remove(work.size() - 1);
        if (!seen.add(x)) {
          continue;
        }
        if (m.signals().get(x).kind() == SignalKind.INPUT) {
          inputs.add(m.signals().get(x).name());
        }
        work.addAll(deps.get(x));
      }
      out.put(m.signals().get(i).name(), inputs);
    }
    return out;
  }
}
