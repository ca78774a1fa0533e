package plasticity.hdl.ir;

/**
 * A memory: {@code depth} words of {@code word} type. Reads are asynchronous expressions
 * ({@link Expr.MemRead}) or synchronous reads into a register the front end declares; writes
 * are {@link Stmt.MemWrite}.
 */
public record MemDecl(String name, Type word, int depth, SourceLocation location) {
  public int addressWidth() {
    return Math.max(1, 32 - Integer.numberOfLeadingZeros(depth - 1));
  }
}
