package plasticity.hdl.ir;

import java.util.List;

/**
 * A statement of a module body. Connections to wires and outputs are combinational; to
 * registers, they set the value after the next rising clock edge. Inside a {@link When} or
 * {@link Switch} the last connection on a path wins, as in Chisel and SpinalHDL.
 */
public sealed interface Stmt {
  SourceLocation location();

  /**
   * {@code isDefault}: a default value that a later assignment may override on purpose (the
   * two-driver check lets it be); otherwise an override in the same block is an error.
   */
  record Connect(int target, Expr value, boolean isDefault, SourceLocation location) implements Stmt {}

  record When(Expr condition, List<Stmt> whenTrue, List<Stmt> otherwise, SourceLocation location)
      implements Stmt {}

  record Switch(Expr selector, List<Case> cases, List<Stmt> otherwise, SourceLocation location)
      implements Stmt {}

  /** One arm of a switch: taken when the selector equals any of {@code values}. */
  record Case(List<Expr.Lit> values, List<Stmt> body, SourceLocation location) {}

  /** A synchronous memory write: takes effect at the rising edge when the path is active. */
  record MemWrite(int memory, Expr address, Expr data, SourceLocation location) implements Stmt {}
}
