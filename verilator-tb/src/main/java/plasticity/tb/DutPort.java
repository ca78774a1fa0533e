package plasticity.tb;

import java.util.Objects;

/**
 * One port of a device under test, as the harness sees it.
 *
 * @param name the Verilog port name (also the trace column and the Verilated C++ member name)
 * @param dir whether the harness drives it or compares it
 * @param width bits, 1..256 (Verilator's CData, SData, IData, QData and VlWide all occur)
 * @param signed informational only: the harness compares raw bit patterns
 */
public record DutPort(String name, Direction dir, int width, boolean signed) {
  /** The widest port the harness supports; wider values would need a streaming compare. */
  public static final int MAX_WIDTH = 256;

  /** Which side owns the value: the harness drives IN, the design drives OUT. */
  public enum Direction {
    IN,
    OUT;

    /** The lower-case keyword the trace header uses ({@code in} / {@code out}). */
    public String keyword() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public DutPort {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dir, "dir");
    if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException(
          "port name '" + name + "' is not a plain Verilog identifier (letters, digits, '_';"
              + " Verilator does not trace names starting with '_')");
    }
    if (width < 1 || width > MAX_WIDTH) {
      throw new IllegalArgumentException(
          "port '" + name + "' is " + width + " bits wide; the harness supports 1.." + MAX_WIDTH);
    }
  }

  public static DutPort in(String name, int width) {
    return new DutPort(name, Direction.IN, width, false);
  }

  public static DutPort out(String name, int width) {
    return new DutPort(name, Direction.OUT, width, false);
  }
}
