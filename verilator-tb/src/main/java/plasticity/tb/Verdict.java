package plasticity.tb;

/** What one simulation of one trace concluded. */
public sealed interface Verdict permits Verdict.Pass, Verdict.Mismatch, Verdict.Error {

  /** Every output matched on every cycle. */
  record Pass(long cycles) implements Verdict {}

  /**
   * The first output that differed (docs/spec/trace-format.md §4).
   *
   * @param cycle the trace line (0-based cycle) where it happened
   * @param signal the output port
   * @param expected the trace's value, {@code 0x}-prefixed hex padded to the port width
   * @param got the design's value, same form
   * @param context the harness report: the mismatch line, then that signal's preceding cycles
   */
  record Mismatch(long cycle, String signal, String expected, String got, String context) implements Verdict {
    /** The one-line form the harness prints. */
    public String line() {
      return "MISMATCH cycle=" + cycle + " signal=" + signal + " expected=" + expected + " got=" + got;
    }
  }

  /** No verdict: the build failed, the trace was malformed, or the binary crashed. */
  record Error(String message) implements Verdict {}

  default boolean passed() {
    return this instanceof Pass;
  }

  /** One line for logs: PASS cycles=n, the mismatch line, or the first line of the error. */
  default String summary() {
    if (this instanceof Pass p) {
      return "PASS cycles=" + p.cycles();
    }
    if (this instanceof Mismatch m) {
      return m.line();
    }
    return "ERROR " + ((Error) this).message().lines().findFirst().orElse("");
  }
}
