package plasticity.tb.trace;

/** A trace that does not follow docs/spec/trace-format.md; the message names file and line. */
public final class TraceFormatException extends RuntimeException {
  private final String source;
  private final int line;

  public TraceFormatException(String source, int line, String problem) {
    super(source + ":" + line + ": " + problem);
    this.source = source;
    this.line = line;
  }

  public String source() {
    return source;
  }

  /** 1-based line of the offending text. */
  public int line() {
    return line;
  }
}
