package plasticity.hdl;

import plasticity.hdl.ir.SignalDecl.SignalKind;

/**
 * Declares the fields of a bundle. A bundle is a plain Java class whose constructor takes a
 * {@code Fields} and declares each field as {@link #out} (driven by the side that owns the
 * bundle, e.g. {@code valid}, {@code data}) or {@link #in} (driven back, e.g. {@code ready}):
 *
 * <pre>{@code
 * final class Stream {
 *   final Bool valid; final UInt data; final Bool ready;
 *   Stream(Fields f, int width) {
 *     valid = f.out("valid", Bool()); data = f.out("data", UInt(width)); ready = f.in("ready", Bool());
 *   }
 * }
 * var source = port("source", f -> new Stream(f, 8));     // source_valid, source_data out; source_ready in
 * var sink = flippedPort("sink", f -> new Stream(f, 8));  // the same, directions flipped
 * }</pre>
 *
 * Field names are prefixed with the bundle's name and {@code _}.
 */
public final class Fields {
  enum Role { PORT, FLIPPED, WIRE, REG }

  private final ModuleBuilder builder;
  private final String prefix;
  private final Role role;

  Fields(ModuleBuilder builder, String prefix, Role role) {
    this.builder = builder;
    this.prefix = prefix;
    this.role = role;
  }

  /** A field driven by the bundle's owner. */
  public <T extends Data> T out(String name, HwType<T> type) {
    return builder.declare(prefix + "_" + name, type, kind(true));
  }

  /** A field driven towards the bundle's owner. */
  public <T extends Data> T in(String name, HwType<T> type) {
    return builder.declare(prefix + "_" + name, type, kind(false));
  }

  private SignalKind kind(boolean forward) {
    return switch (role) {
      case PORT -> forward ? SignalKind.OUTPUT : SignalKind.INPUT;
      case FLIPPED -> forward ? SignalKind.INPUT : SignalKind.OUTPUT;
      case WIRE -> SignalKind.WIRE;
      case REG -> SignalKind.REG;
    };
  }
}
