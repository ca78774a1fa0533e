package plasticity.hdl.ir;

/**
 * A hardware type: a kind and a width in bits. {@code Bool} is always one bit wide.
 *
 * <p>A width may be symbolic: {@code param + offset}, where {@code param} names a Verilog
 * {@code parameter} of the module (docs/dsl.md, "Verilog parameters"); {@code width} is then the
 * value of this elaboration. Two types are equal only when their symbols agree too, so a fixed
 * width never silently stands in for a parameter.
 */
public record Type(Kind kind, int width, String param, int offset) {
  /** The closed set of signal kinds. */
  public enum Kind { BOOL, UINT, SINT, BITS }

  public Type {
    if (width < 1) {
      throw new IllegalArgumentException("width must be at least 1, got " + width);
    }
    if (kind == Kind.BOOL && (width != 1 || param != null)) {
      throw new IllegalArgumentException("Bool is one bit wide, got " + width);
    }
  }

  public Type(Kind kind, int width) {
    this(kind, width, null, 0);
  }

  public boolean signed() {
    return kind == Kind.SINT;
  }

  public boolean symbolic() {
    return param != null;
  }

  /** The width as Verilog text: {@code 8}, {@code W}, {@code W+1}, {@code W-2}. */
  public String widthText() {
    return param == null ? String.valueOf(width) : Widths.text(param, offset);
  }

  /** The same width, symbol included, as another kind. */
  public Type withKind(Kind k) {
    return new Type(k, width, param, offset);
  }

  /** The same symbol (if any) with {@code delta} more bits. */
  public Type grow(Kind k, int delta) {
    return new Type(k, width + delta, param, param == null ? 0 : offset + delta);
  }

  /** How a user reads it in an error message: {@code UInt(8)}, {@code SInt(W+1)}, {@code Bool}. */
  public String show() {
    return switch (kind) {
      case BOOL -> "Bool";
      case UINT -> "UInt(" + widthText() + ")";
      case SINT -> "SInt(" + widthText() + ")";
      case BITS -> "Bits(" + widthText() + ")";
    };
  }

  /**
   * Symbolic widths print without their value: the structural fingerprint of a parameterised
   * module is then the same at every width, and its instances share one Verilog module.
   */
  @Override
  public String toString() {
    return show();
  }
}
