package plasticity.hdl;

import plasticity.hdl.ir.Expr;
import plasticity.hdl.ir.MemDecl;
import plasticity.hdl.ir.SignalDecl.SignalKind;
import plasticity.hdl.ir.Stmt;

/**
 * A memory of {@code depth} words. {@link #read} is an asynchronous read (a LUT-RAM or register
 * file); {@link #readSync} registers the read, as block RAMs and SRAM macros do; {@link #write}
 * is synchronous and, inside {@code when}, conditional. A memory made with
 * {@link Module#memMacro} is an instance of an SRAM macro instead (the blackbox hook): same
 * calls, but only registered reads, and one read and one write per cycle.
 */
public final class Mem<T extends Data> {
  private final ModuleBuilder owner;
  private final HwType<T> word;
  private final String name;
  private final int depth;
  private final int index;
  private final SramMacro<T> macro;

  Mem(ModuleBuilder owner, HwType<T> word, String name, int depth, int index, SramMacro<T> macro) {
    this.owner = owner;
    this.word = word;
    this.name = name;
    this.depth = depth;
    this.index = index;
    this.macro = macro;
  }

  /** The word at {@code address}, combinationally. */
  public T read(UInt address) {
    if (macro != null) {
      throw HdlException.at("memory " + name + " is an SRAM macro: its reads are registered, use readSync");
    }
    return word.wrap(ModuleBuilder.current(), new Expr.MemRead(index, address(address), word.type));
  }

  /**
   * A registered read: {@code name} shows the word at {@code address} one cycle later. Inside
   * a {@code when} the read happens only when the condition holds; otherwise it holds.
   */
  public T readSync(String name, UInt address) {
    owner.requireCurrent();
    Expr a = address(address);
    if (macro != null) {
      macro.re.drive(1);
      macro.raddr.drive(HwType.face(owner, a));
      return macro.rdata.named(name);
    }
    T data = owner.declare(name, word, SignalKind.REG);
    data.next(word.wrap(owner, new Expr.MemRead(index, a, word.type)));
    return data;
  }

  /** Writes {@code data} at {@code address} at the rising edge. */
  public void write(UInt address, T data) {
    owner.requireCurrent();
    Expr a = address(address);
    Expr d = owner.resolve(data);
    if (!d.type().equals(word.type)) {
      throw HdlException.at("memory " + name + " holds " + word.type.show() + " words, got " + d.type().show());
    }
    if (macro != null) {
      macro.we.drive(1);
      macro.waddr.drive(HwType.face(owner, a));
      macro.wdata.drive(data);
      return;
    }
    owner.add(new ModuleBuilder.WriteNode(new Stmt.MemWrite(index, a, d, Locator.here())));
  }

  public int depth() {
    return depth;
  }

  public int addressWidth() {
    return new MemDecl(name, word.type, depth, null).addressWidth();
  }

  private Expr address(UInt address) {
    Expr a = ModuleBuilder.current().resolve(address);
    if (a.type().width() != addressWidth()) {
      throw HdlException.at("memory " + name + " has " + depth + " words, so its address is UInt("
          + addressWidth() + "), got " + a.type().show());
    }
    return a;
  }
}
