package plasticity.hdl.ir;

import java.util.Optional;

/**
 * A memory: {@code depth} words of {@code word} type. Reads are asynchronous expressions
 * ({@link Expr.MemRead}) or synchronous reads into a register the front end declares; writes
 * are {@link Stmt.MemWrite}. {@code macro} names an SRAM macro to instantiate in its place
 * (the blackbox hook); the emitter then writes a behavioural model of that macro too.
 */
public record MemDecl(String name, Type word, int depth, Optional<String> macro, SourceLocation location) {
  public int addressWidth() {
    return Math.max(1, 32 - Integer.numberOfLeadingZeros(depth - 1));
  }
}
