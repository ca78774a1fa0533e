package plasticity.hdl;

import plasticity.hdl.ir.SourceLocation;

/**
 * A misuse of the DSL found while a constructor describes hardware: the message names the
 * user's source line and says how to fix it. Checks that need the whole module (undriven
 * outputs, loops, latches) are reported together by {@link ElaborationException}.
 */
public final class HdlException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient SourceLocation location;

  HdlException(SourceLocation location, String message) {
    super(location + ": " + message);
    this.location = location;
  }

  static HdlException at(String message) {
    return new HdlException(Locator.here(), message);
  }

  public SourceLocation location() {
    return location;
  }
}
