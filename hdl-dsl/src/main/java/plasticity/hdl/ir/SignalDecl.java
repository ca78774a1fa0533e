package plasticity.hdl.ir;

import java.math.BigInteger;
import java.util.Optional;

/**
 * A named signal of a module.
 *
 * @param name the user's name, emitted verbatim
 * @param reset a register's synchronous reset value (bit pattern), empty for none
 * @param enable a register's clock enable: its connections take effect only when it is high
 * @param instancePort for a wire standing for a child's port: which instance and port
 * @param mayBeUnused the user said some bits may go unused on purpose ({@code allowUnused})
 */
public record SignalDecl(
    String name,
    Type type,
    SignalKind kind,
    Optional<BigInteger> reset,
    Optional<Expr> enable,
    Optional<InstancePort> instancePort,
    boolean mayBeUnused,
    String comment,
    SourceLocation location) {

  public enum SignalKind { INPUT, OUTPUT, WIRE, REG }

  /** The port {@code port} of instance {@code instance} (an index into the instances). */
  public record InstancePort(int instance, String port, boolean childInput) {}

  public boolean isPort() {
    return kind == SignalKind.INPUT || kind == SignalKind.OUTPUT;
  }
}
