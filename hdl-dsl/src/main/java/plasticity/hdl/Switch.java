package plasticity.hdl;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import plasticity.hdl.ir.Expr;
import plasticity.hdl.ir.SourceLocation;

/**
 * {@code switchOn(sel).is(0, ...).is(Mode.ADD, ...).otherwise(...)}: a Verilog {@code case}.
 * Enum constants select by {@code ordinal()}; a value that does not fit the selector, or one
 * that appears twice, is an error.
 */
public final class Switch {
  private final ModuleBuilder builder;
  private final ModuleBuilder.SwitchNode node;

  Switch(ModuleBuilder builder, ModuleBuilder.SwitchNode node) {
    this.builder = builder;
    this.node = node;
  }

  public Switch is(long value, Runnable block) {
    return is(new long[] {value}, block);
  }

  public Switch is(Enum<?> value, Runnable block) {
    return is(value.ordinal(), block);
  }

  /** One arm for several values. */
  public Switch is(long[] values, Runnable block) {
    check("is");
    SourceLocation at = Locator.here();
    List<Expr.Lit> lits = new ArrayList<>();
    for (long v : values) {
      Expr.Lit lit = Ops.lit(node.selector.type().kind() == plasticity.hdl.ir.Type.Kind.SINT
          ? node.selector.type() : new plasticity.hdl.ir.Type(plasticity.hdl.ir.Type.Kind.BITS,
              node.selector.type().width()), BigInteger.valueOf(v));
      SourceLocation before = node.seen.putIfAbsent(lit.bits(), at);
      if (before != null) {
        throw new HdlException(at, "switch value " + v + " is already handled at " + before);
      }
      lits.add(new Expr.Lit(lit.bits(), node.selector.type()));
    }
    ModuleBuilder.CaseNode c = new ModuleBuilder.CaseNode(List.copyOf(lits), new ArrayList<>(), at);
    node.cases.add(c);
    builder.run(c.body(), block);
    return this;
  }

  public void otherwise(Runnable block) {
    check("otherwise");
    node.hasOtherwise = true;
    builder.run(node.otherwise, block);
  }

  private void check(String what) {
    builder.requireCurrent();
    if (node.hasOtherwise) {
      throw HdlException.at(what + " after the switch's otherwise (switch at " + node.location + ")");
    }
    if (!builder.isLast(node)) {
      throw HdlException.at(what + " must directly follow its switchOn (at " + node.location
          + "): other statements came in between");
    }
  }
}
