package plasticity.hdl;

import plasticity.hdl.ir.Expr;
import plasticity.hdl.ir.MemDecl;
import plasticity.hdl.ir.SignalDecl.SignalKind;
import plasticity.hdl.ir.Stmt;

/**
 * A memory of {@code depth} words. {@link #read} is an asynchronous read (a LUT-RAM or register
 * file); {@link #readSync} registers the read, which is what block RAMs and SRAM macros do;
 * {@link #write} is synchronous and, inside {@code when}, conditional.
 */
public final class Mem<T extends Data> {
  private final ModuleBuilder owner;
  private final HwType<T> word;
  private final int index;

  Mem(ModuleBuilder owner, HwType<T> word, int index) {
    this.owner = owner;
    this.word = word;
    this.index = index;
  }

  private MemDecl decl() {
    return owner.memories.get(index);
  }

  /** The word at {@code address}, combinationally. */
  public T read(UInt address) {
    return word.wrap(ModuleBuilder.current(), new Expr.MemRead(index, address(address), word.type));
  }

  /**
   * A registered read: a register called {@code name} takes the word at {@code address} at the
   * rising edge. Inside a {@code when} the read happens only when the condition holds.
   */
  public T readSync(String name, UInt address) {
    owner.requireCurrent();
    T data = owner.declare(name, word, SignalKind.REG);
    data.next(word.wrap(owner, new Expr.MemRead(index, address(address), word.type)));
    return data;
  }

  /** Writes {@code data} at {@code address} at the rising edge. */
  public void write(UInt address, T data) {
    owner.requireCurrent();
    Expr a = address(address);
    Expr d = owner.resolve(data);
    if (!d.type().equals(word.type)) {
      throw HdlException.at("memory " + decl().name() + " holds " + word.type.show()
          + " words, got " + d.type().show());
    }
    owner.add(new ModuleBuilder.WriteNode(new Stmt.MemWrite(index, a, d, Locator.here())));
  }

  /**
   * Emits this memory as an instance of SRAM macro {@code macroName} (the blackbox hook): the
   * Verilog instantiates the macro with ports {@code clk, we, waddr, wdata, raddr, rdata} and a
   * behavioural model of it is written beside, to be replaced by the vendor's in a real flow.
   * Only a memory with one synchronous read and one write can be a macro.
   */
  public Mem<T> asMacro(String macroName) {
    String problem = Names.problem(macroName);
    if (problem != null) {
      throw HdlException.at("illegal macro name: " + problem);
    }
    MemDecl d = decl();
    owner.memories.set(index, new MemDecl(d.name(), d.word(), d.depth(),
        java.util.Optional.of(macroName), d.location()));
    return this;
  }

  public int depth() {
    return decl().depth();
  }

  public int addressWidth() {
    return decl().addressWidth();
  }

  private Expr address(UInt address) {
    Expr a = ModuleBuilder.current().resolve(address);
    if (a.type().width() != decl().addressWidth()) {
      throw HdlException.at("memory " + decl().name() + " has " + decl().depth()
          + " words, so its address is UInt(" + decl().addressWidth() + "), got "
          + a.type().show());
    }
    return a;
  }
}
