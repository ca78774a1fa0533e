package plasticity.hdl;

/** The caller's source line, so a test can name the line it expects an error to point at. */
final class Here {
  private Here() {}

  /** The line after the caller's: put the call just above the statement expected to fail. */
  static String next() {
    StackWalker.StackFrame f = StackWalker.getInstance().walk(s -> s.skip(1).findFirst().orElseThrow());
    return f.getFileName() + ":" + (f.getLineNumber() + 1);
  }

  static String line() {
    StackWalker.StackFrame f = StackWalker.getInstance().walk(s -> s.skip(1).findFirst().orElseThrow());
    return f.getFileName() + ":" + f.getLineNumber();
  }
}
