package plasticity.tb.trace;

import java.math.BigInteger;
import java.util.Objects;

/** One cell of a trace: a raw bit pattern, or "don't care" (expected outputs only). */
public sealed interface TraceValue permits TraceValue.Bits, TraceValue.DontCare {

  /** The don't-care marker, written as a run of {@code x}. */
  TraceValue DONT_CARE = DontCare.INSTANCE;

  /** A non-negative raw bit pattern; signed values are stored as two's complement. */
  record Bits(BigInteger value) implements TraceValue {
    public Bits {
      Objects.requireNonNull(value, "value");
      if (value.signum() < 0) {
        throw new IllegalArgumentException(
            "trace values are raw bit patterns; use TraceValue.ofSigned for " + value);
      }
    }
  }

  /** Matches anything the design drives. */
  enum DontCare implements TraceValue {
    INSTANCE
  }

  static TraceValue of(long unsignedBits) {
    if (unsignedBits < 0) {
      // A negative long is read as its unsigned 64-bit pattern, as a golden model would mean it.
      return new Bits(new BigInteger(Long.toUnsignedString(unsignedBits)));
    }
    return new Bits(BigInteger.valueOf(unsignedBits));
  }

  static TraceValue of(BigInteger bits) {
    return new Bits(bits);
  }

  /** Two's complement of {@code value} in {@code width} bits (a signed port's bit pattern). */
  static TraceValue ofSigned(long value, int width) {
    BigInteger mask = BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE);
    return new Bits(BigInteger.valueOf(value).and(mask));
  }
}
