package plasticity.hdl;

/**
 * A {@code when} chain: {@code when(c, ...).elseWhen(c2, ...).otherwise(...)}. Each link must
 * directly follow the previous one, so the order of assignments stays the order you read.
 */
public final class When {
  private final ModuleBuilder builder;
  /** The first when of the chain: the statement that sits in the enclosing block. */
  private final ModuleBuilder.WhenNode head;
  /** The when the next link attaches to (its otherwise branch). */
  private final ModuleBuilder.WhenNode tail;

  When(ModuleBuilder builder, ModuleBuilder.WhenNode head, ModuleBuilder.WhenNode tail) {
    this.builder = builder;
    this.head = head;
    this.tail = tail;
  }

  public When elseWhen(Bool condition, Runnable block) {
    check("elseWhen");
    tail.hasOtherwise = true;
    ModuleBuilder.WhenNode[] inner = new ModuleBuilder.WhenNode[1];
    builder.run(tail.otherwise, () -> inner[0] = builder.when(condition, block));
    return new When(builder, head, inner[0]);
  }

  public void otherwise(Runnable block) {
    check("otherwise");
    tail.hasOtherwise = true;
    builder.run(tail.otherwise, block);
  }

  private void check(String what) {
    builder.requireCurrent();
    if (tail.hasOtherwise) {
      throw HdlException.at(what + " after the otherwise of the when at " + tail.location
          + ": a when chain has one otherwise, at its end");
    }
    if (!builder.isLast(head)) {
      throw HdlException.at(what + " must directly follow its when (at " + head.location
          + "): other statements came in between");
    }
  }
}
