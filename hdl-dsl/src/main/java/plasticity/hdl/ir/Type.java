package plasticity.hdl.ir;

/**
 * A hardware type: a kind and a width in bits. {@code Bool} is always one bit wide.
 *
 * <p>Width rules are those of docs/dsl.md: operators never truncate silently, and an
 * assignment whose widths differ is an error.
 */
public record Type(Kind kind, int width) {
  /** The closed set of signal kinds. */
  public enum Kind { BOOL, UINT, SINT, BITS }

  public Type {
    if (width < 1) {
      throw new IllegalArgumentException("width must be at least 1, got " + width);
    }
    if (kind == Kind.BOOL && width != 1) {
      throw new IllegalArgumentException("Bool is one bit wide, got " + width);
    }
  }

  public boolean signed() {
    return kind == Kind.SINT;
  }

  /** How a user reads it in an error message: {@code UInt(8)}, {@code Bool}. */
  public String show() {
    return switch (kind) {
      case BOOL -> "Bool";
      case UINT -> "UInt(" + width + ")";
      case SINT -> "SInt(" + width + ")";
      case BITS -> "Bits(" + width + ")";
    };
  }

  @Override
  public String toString() {
    return show();
  }
}
