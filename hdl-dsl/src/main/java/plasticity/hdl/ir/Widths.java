package plasticity.hdl.ir;

/** Verilog text for symbolic widths. */
public final class Widths {
  private Widths() {}

  /** {@code param + offset} as Verilog: {@code W}, {@code W+1}, {@code W-1}. */
  public static String text(String param, int offset) {
    return offset == 0 ? param : offset > 0 ? param + "+" + offset : param + "-" + (-offset);
  }

  /** The most significant bit index of {@code t}: {@code 7}, {@code W-1}. */
  public static String msb(Type t) {
    return t.param() == null ? String.valueOf(t.width() - 1) : text(t.param(), t.offset() - 1);
  }

  /**
   * {@code to.width - from.width} as Verilog text, for a replication count: a number when both
   * are fixed or share the symbol, else a parenthesised expression.
   */
  public static String difference(Type to, Type from) {
    if (to.param() == null && from.param() == null) {
      return String.valueOf(to.width() - from.width());
    }
    if (to.param() != null && to.param().equals(from.param())) {
      return String.valueOf(to.offset() - from.offset());
    }
    return "(" + to.widthText() + "-" + from.widthText() + ")";
  }
}
