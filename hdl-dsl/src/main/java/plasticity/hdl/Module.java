package plasticity.hdl;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import plasticity.hdl.ir.Expr;
import plasticity.hdl.ir.MemDecl;
import plasticity.hdl.ir.SignalDecl.SignalKind;
import plasticity.hdl.ir.Type;

/**
 * A hardware module. Subclass it and describe the hardware in the constructor, top to bottom:
 *
 * <pre>{@code
 * final class Accumulator extends Module {
 *   Accumulator(int width) {
 *     param("W", width);
 *     var en = in("en", Bool());
 *     var x = in("x", UInt(width));
 *     var sum = out("sum", UInt(width));
 *     var acc = reg("acc", UInt(width)).init(0);
 *     when(en, () -> acc.next(acc.plus(x)));
 *     sum.drive(acc);
 *   }
 * }
 * }</pre>
 *
 * Java names become Verilog names; every call remembers its source line for error messages.
 * A module with registers or memories (or with such children) gets the implicit ports
 * {@code clk} and {@code rst} (synchronous, active high). Width rules: docs/dsl.md.
 */
public abstract class Module {
  final ModuleBuilder builder;

  protected Module() {
    builder = new ModuleBuilder(this);
  }

  private ModuleBuilder b() {
    builder.requireCurrent();
    return builder;
  }

  // ---- types ----

  protected static HwType<UInt> UInt(int width) {
    return HwType.uint(width);
  }

  protected static HwType<SInt> SInt(int width) {
    return HwType.sint(width);
  }

  protected static HwType<Bits> Bits(int width) {
    return HwType.bits(width);
  }

  protected static HwType<UInt> UInt(Width width) {
    return HwType.uint(width);
  }

  protected static HwType<SInt> SInt(Width width) {
    return HwType.sint(width);
  }

  protected static HwType<Bits> Bits(Width width) {
    return HwType.bits(width);
  }

  protected static HwType<Bool> Bool() {
    return HwType.BOOL;
  }

  // ---- identity ----

  /**
   * An elaboration-time parameter: it appears in the module's name (modules whose structure
   * differs are emitted as {@code Name_P1v_P2v}) and in the Verilog header.
   */
  protected final void param(String name, Object value) {
    b().params.put(name, String.valueOf(value));
  }

  /**
   * A width kept as a Verilog {@code parameter} of this module, with {@code value} as its value
   * here: instances that differ only in it share one Verilog module, instantiated with
   * {@code #(.NAME(value))}. Types made from it ({@code UInt(W)}) stay symbolic through the
   * operators whose Verilog does not depend on the number; any other use is an error naming the
   * line, so the emitted module is right for every value.
   */
  protected final Width widthParam(String name, int value) {
    ModuleBuilder mb = b();
    mb.claimName(name, Locator.here());
    if (value < 1) {
      throw HdlException.at("width parameter " + name + " must be at least 1, got " + value);
    }
    mb.verilogParams.put(name, value);
    return new Width(name, value, 0);
  }

  /** Names the Verilog module (default: the Java class's simple name). */
  protected final void moduleName(String name) {
    String problem = Names.problem(name);
    if (problem != null) {
      throw HdlException.at("illegal module name: " + problem);
    }
    b().baseName = name;
  }

  /** A one-line description written into the Verilog header. */
  protected final void doc(String text) {
    b().doc = text;
  }

  /**
   * Marks the module a unit of Verilator's hierarchical verilation (the metacomment
   * {@code verilator hier_block}; the harness then builds with {@code --hierarchical}): Verilator compiles it
   * once, as its own library, however many instances the design has, where it would otherwise
   * emit and compile the module's code again for every instance. For a block instantiated
   * hundreds of times. Other tools read the comment as a comment.
   */
  protected final void hierBlock() {
    b().hierBlock = true;
  }

  // ---- signals ----

  protected final <T extends Data> T in(String name, HwType<T> type) {
    return b().declare(name, type, SignalKind.INPUT);
  }

  protected final <T extends Data> T out(String name, HwType<T> type) {
    return b().declare(name, type, SignalKind.OUTPUT);
  }

  protected final <T extends Data> T wire(String name, HwType<T> type) {
    return b().declare(name, type, SignalKind.WIRE);
  }

  /** A register; give it a reset value with {@code .init(v)}, a clock enable with {@code .enable(e)}. */
  protected final <T extends Data> T reg(String name, HwType<T> type) {
    return b().declare(name, type, SignalKind.REG);
  }

  protected final <T extends Data> Vec<T> inVec(String name, int size, HwType<T> type) {
    return vec(name, size, type, SignalKind.INPUT);
  }

  protected final <T extends Data> Vec<T> outVec(String name, int size, HwType<T> type) {
    return vec(name, size, type, SignalKind.OUTPUT);
  }

  protected final <T extends Data> Vec<T> wireVec(String name, int size, HwType<T> type) {
    return vec(name, size, type, SignalKind.WIRE);
  }

  protected final <T extends Data> Vec<T> regVec(String name, int size, HwType<T> type) {
    return vec(name, size, type, SignalKind.REG);
  }

  private <T extends Data> Vec<T> vec(String name, int size, HwType<T> type, SignalKind kind) {
    ModuleBuilder mb = b();
    if (size < 1) {
      throw HdlException.at("Vec '" + name + "' needs at least one element, got " + size);
    }
    List<T> elements = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      elements.add(mb.declare(name + "_" + i, type, kind));
    }
    return new Vec<>(elements);
  }

  /** A bundle of ports: its {@code out} fields are outputs, its {@code in} fields inputs. */
  protected final <B> B port(String name, Function<Fields, B> bundle) {
    return bundle.apply(new Fields(b(), name, Fields.Role.PORT));
  }

  /** A bundle of ports with every direction flipped (the consumer's side). */
  protected final <B> B flippedPort(String name, Function<Fields, B> bundle) {
    return bundle.apply(new Fields(b(), name, Fields.Role.FLIPPED));
  }

  /** A bundle of wires. */
  protected final <B> B wireBundle(String name, Function<Fields, B> bundle) {
    return bundle.apply(new Fields(b(), name, Fields.Role.WIRE));
  }

  /** A bundle of registers. */
  protected final <B> B regBundle(String name, Function<Fields, B> bundle) {
    return bundle.apply(new Fields(b(), name, Fields.Role.REG));
  }

  // ---- constants ----

  /** A constant of the given type: {@code lit(5, UInt(8))}, {@code lit(-3, SInt(4))}. */
  protected final <T extends Data> T lit(long value, HwType<T> type) {
    return type.wrap(null, Ops.lit(type.type, BigInteger.valueOf(value)));
  }

  protected final UInt U(long value, int width) {
    return lit(value, UInt(width));
  }

  protected final SInt S(long value, int width) {
    return lit(value, SInt(width));
  }

  protected final Bool True() {
    return lit(1, Bool());
  }

  protected final Bool False() {
    return lit(0, Bool());
  }

  // ---- combinational helpers ----

  /** {@code condition ? whenTrue : whenFalse}; both arms of one type and width. */
  protected final <T extends Data> T mux(Bool condition, T whenTrue, T whenFalse) {
    return HwType.face(b(), Ops.mux(condition, whenTrue, whenFalse));
  }

  /** Concatenation, most significant part first. */
  protected final Bits cat(Data... parts) {
    return new Bits(b(), Ops.concat(Arrays.asList(parts)));
  }

  /** Concatenation of a list, most significant first. */
  protected final Bits cat(List<? extends Data> parts) {
    return new Bits(b(), Ops.concat(parts));
  }

  // ---- control ----

  /** Statements in {@code block} take effect when {@code condition} holds. */
  protected final When when(Bool condition, Runnable block) {
    ModuleBuilder mb = b();
    ModuleBuilder.WhenNode node = mb.when(condition, block);
    return new When(mb, node, node);
  }

  /** A case statement on {@code selector}. */
  protected final Switch switchOn(Data selector) {
    ModuleBuilder mb = b();
    Expr s = mb.resolve(selector);
    if (s.type().kind() == Type.Kind.BOOL) {
      throw HdlException.at("switchOn a Bool: use when(...).otherwise(...)");
    }
    return new Switch(mb, mb.switchOn(selector));
  }

  // ---- structure ----

  /** Adds {@code child} (just created with {@code new}) as an instance called {@code name}. */
  protected final <M extends Module> M instance(String name, M child) {
    builder.adopt(name, child.builder);
    return child;
  }

  /** A memory of {@code depth} words (depth >= 2). */
  protected final <T extends Data> Mem<T> mem(String name, HwType<T> word, int depth) {
    ModuleBuilder mb = b();
    checkDepth(name, depth);
    mb.addMemory(new MemDecl(name, word.type, depth, Locator.here()));
    return new Mem<>(mb, word, name, depth, mb.memories.size() - 1, null);
  }

  /**
   * A memory emitted as an instance (called {@code name}) of SRAM macro {@code macroName}: the
   * blackbox hook. Plasticity writes a behavioural model {@code <macroName>.v} beside the
   * design; a real flow replaces that file with the vendor's. Ports and timing: one write
   * port, one read port with registered data (see {@link Mem#readSync}).
   */
  protected final <T extends Data> Mem<T> memMacro(String name, HwType<T> word, int depth, String macroName) {
    ModuleBuilder mb = b();
    checkDepth(name, depth);
    SramMacro<T> macro = instance(name, new SramMacro<>(macroName, word, depth));
    macro.we.driveDefault(0);
    macro.waddr.driveDefault(0);
    macro.wdata.driveDefault(lit(0, word));
    macro.re.driveDefault(0);
    macro.raddr.driveDefault(0);
    return new Mem<>(mb, word, name, depth, -1, macro);
  }

  private static void checkDepth(String name, int depth) {
    if (depth < 2) {
      throw HdlException.at("memory '" + name + "' needs at least 2 words, got " + depth);
    }
  }
}
