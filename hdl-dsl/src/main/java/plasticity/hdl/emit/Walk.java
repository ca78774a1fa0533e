package plasticity.hdl.emit;

import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;
import plasticity.hdl.ir.Stmt;

/** Statement-tree queries the emitter needs. */
final class Walk {
  private Walk() {}

  static void eachConnect(List<Stmt> body, Consumer<Stmt.Connect> f) {
    for (Stmt s : body) {
      if (s instanceof Stmt.Connect c) {
        f.accept(c);
      } else if (s instanceof Stmt.When w) {
        eachConnect(w.whenTrue(), f);
        eachConnect(w.otherwise(), f);
      } else if (s instanceof Stmt.Switch sw) {
        sw.cases().forEach(c -> eachConnect(c.body(), f));
        eachConnect(sw.otherwise(), f);
      }
    }
  }

  /** Whether {@code body} assigns any of {@code targets} (or writes a memory, when asked). */
  static boolean touches(List<Stmt> body, BitSet targets, boolean writes) {
    for (Stmt s : body) {
      if (s instanceof Stmt.Connect c && targets.get(c.target())) {
        return true;
      }
      if (s instanceof Stmt.MemWrite && writes) {
        return true;
      }
      if (s instanceof Stmt.When w && (touches(w.whenTrue(), targets, writes) || touches(w.otherwise(), targets, writes))) {
        return true;
      }
      if (s instanceof Stmt.Switch sw) {
        for (Stmt.Case c : sw.cases()) {
          if (touches(c.body(), targets, writes)) {
            return true;
          }
        }
        if (touches(sw.otherwise(), targets, writes)) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean hasMemWrite(List<Stmt> body) {
    for (Stmt s : body) {
      if (s instanceof Stmt.MemWrite) {
        return true;
      }
      if (s instanceof Stmt.When w && (hasMemWrite(w.whenTrue()) || hasMemWrite(w.otherwise()))) {
        return true;
      }
      if (s instanceof Stmt.Switch sw) {
        for (Stmt.Case c : sw.cases()) {
          if (hasMemWrite(c.body())) {
            return true;
          }
        }
        if (hasMemWrite(sw.otherwise())) {
          return true;
        }
      }
    }
    return false;
  }
}
