package plasticity.hdl.ir;

/** Where in the user's Java source a piece of hardware was described. */
public record SourceLocation(String file, int line) {
  public static final SourceLocation UNKNOWN = new SourceLocation("<unknown>", 0);

  @Override
  public String toString() {
    return file + ":" + line;
  }
}
