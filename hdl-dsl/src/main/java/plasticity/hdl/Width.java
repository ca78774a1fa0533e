package plasticity.hdl;

/**
 * A width kept as a Verilog {@code parameter} (docs/dsl.md, "Verilog parameters"): made by
 * {@link Module#widthParam}, used in {@code UInt(W)}, {@code SInt(W.plus(1))}. {@link #value()}
 * is this elaboration's number, for the Java code that needs it.
 */
public record Width(String param, int base, int offset) {
  public int value() {
    return base + offset;
  }

  public Width plus(int bits) {
    return new Width(param, base, offset + bits);
  }

  @Override
  public String toString() {
    return plasticity.hdl.ir.Widths.text(param, offset);
  }
}
