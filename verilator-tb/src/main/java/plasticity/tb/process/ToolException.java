package plasticity.tb.process;

/** An external tool could not be run, timed out, or failed where failure is not a verdict. */
public final class ToolException extends RuntimeException {
  public ToolException(String message) {
    super(message);
  }

  public ToolException(String message, Throwable cause) {
    super(message, cause);
  }
}
