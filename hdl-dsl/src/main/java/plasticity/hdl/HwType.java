package plasticity.hdl;

import java.util.function.BiFunction;
import plasticity.hdl.ir.Expr;
import plasticity.hdl.ir.Type;

/**
 * A hardware type as the front end uses it: the IR {@link Type} plus how to make the typed Java
 * face ({@link UInt}, {@link SInt}, {@link Bool}, {@link Bits}) for a value of that type.
 * Made by {@link Module#UInt(int)}, {@link Module#SInt(int)}, {@link Module#Bool()},
 * {@link Module#Bits(int)}.
 */
public final class HwType<T extends Data> {
  final Type type;
  private final BiFunction<ModuleBuilder, Expr, T> face;

  HwType(Type type, BiFunction<ModuleBuilder, Expr, T> face) {
    this.type = type;
    this.face = face;
  }

  T wrap(ModuleBuilder owner, Expr expr) {
    return face.apply(owner, expr);
  }

  public int width() {
    return type.width();
  }

  public Type irType() {
    return type;
  }

  static HwType<UInt> uint(int width) {
    return new HwType<>(new Type(Type.Kind.UINT, checkWidth(width)), UInt::new);
  }

  static HwType<SInt> sint(int width) {
    return new HwType<>(new Type(Type.Kind.SINT, checkWidth(width)), SInt::new);
  }

  static HwType<UInt> uint(Width w) {
    return new HwType<>(symbolic(Type.Kind.UINT, w), UInt::new);
  }

  static HwType<SInt> sint(Width w) {
    return new HwType<>(symbolic(Type.Kind.SINT, w), SInt::new);
  }

  static HwType<Bits> bits(Width w) {
    return new HwType<>(symbolic(Type.Kind.BITS, w), Bits::new);
  }

  private static Type symbolic(Type.Kind kind, Width w) {
    checkWidth(w.value());
    return new Type(kind, w.value(), w.param(), w.offset());
  }

  static HwType<Bits> bits(int width) {
    return new HwType<>(new Type(Type.Kind.BITS, checkWidth(width)), Bits::new);
  }

  static final HwType<Bool> BOOL = new HwType<>(new Type(Type.Kind.BOOL, 1), Bool::new);

  /** The typed face for an IR type. */
  @SuppressWarnings("unchecked")
  static <T extends Data> T face(ModuleBuilder owner, Expr expr) {
    Type t = expr.type();
    return (T)
        switch (t.kind()) {
          case BOOL -> new Bool(owner, expr);
          case UINT -> new UInt(owner, expr);
          case SINT -> new SInt(owner, expr);
          case BITS -> new Bits(owner, expr);
        };
  }

  private static int checkWidth(int width) {
    if (width < 1) {
      throw HdlException.at("width must be at least 1, got " + width);
    }
    if (width > 65536) {
      throw HdlException.at("width " + width + " is beyond 65536 bits: is a parameter wrong?");
    }
    return width;
  }

  @Override
  public String toString() {
    return type.show();
  }
}
