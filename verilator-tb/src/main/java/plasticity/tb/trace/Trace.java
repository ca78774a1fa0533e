package plasticity.tb.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import plasticity.tb.DutPort.Direction;

/**
 * A golden trace: per-cycle stimulus and expected outputs (docs/spec/trace-format.md).
 *
 * @param design the design name (informational; the harness checks the columns, not the name)
 * @param seed the seed the golden model used; the harness also seeds Verilator's random
 *     x-initialisation with it
 * @param signals the columns, in file order
 * @param cycles one row per cycle, one value per column
 */
public record Trace(String design, long seed, List<TraceSignal> signals, List<List<TraceValue>> cycles) {
  /** First line of every trace file; the number is the format version. */
  public static final String MAGIC = "plasticity-trace 1";

  public Trace {
    Objects.requireNonNull(design, "design");
    if (!design.matches("\\S+")) {
      throw new IllegalArgumentException("design name '" + design + "' must be one word");
    }
    signals = List.copyOf(signals);
    cycles = cycles.stream().map(List::copyOf).toList();
    for (int t = 0; t < cycles.size(); t++) {
      check(signals, cycles.get(t), t);
    }
  }

  /** Starts a trace whose columns are {@code signals}; add rows with {@link Builder#cycle}. */
  public static Builder builder(String design, long seed, List<TraceSignal> signals) {
    return new Builder(design, seed, signals);
  }

  /** Reads and validates a trace file; errors name the file and line. */
  public static Trace read(Path file) {
    try {
      return TraceParser.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read trace " + file, e);
    }
  }

  /** Parses trace text; {@code source} names it in error messages. */
  public static Trace parse(String text, String source) {
    return TraceParser.parse(text, source);
  }

  /** Writes the trace, creating parent directories. */
  public Path write(Path file) {
    try {
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      Files.writeString(file, format(), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write trace " + file, e);
    }
  }

  /** The file text: header, then one line per cycle with fixed-width lower-case hex. */
  public String format() {
    StringBuilder out = new StringBuilder(64 + cycles.size() * signals.size() * 4);
    out.append(MAGIC).append('\n');
    out.append("design ").append(design).append('\n');
    out.append("seed ").append(seed).append('\n');
    for (TraceSignal s : signals) {
      out.append(s.dir().keyword()).append(' ').append(s.name()).append(' ').append(s.width()).append('\n');
    }
    out.append("cycles\n");
    for (List<TraceValue> row : cycles) {
      for (int c = 0; c < row.size(); c++) {
        if (c > 0) {
          out.append(' ');
        }
        out.append(cell(row.get(c), signals.get(c).hexDigits()));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String cell(TraceValue value, int digits) {
    if (value instanceof TraceValue.Bits bits) {
      String hex = bits.value().toString(16);
      return "0".repeat(digits - hex.length()) + hex;
    }
    return "x".repeat(digits);
  }

  private static void check(List<TraceSignal> signals, List<TraceValue> row, int t) {
    if (row.size() != signals.size()) {
      throw new IllegalArgumentException(
          "cycle " + t + " has " + row.size() + " values for " + signals.size() + " signals");
    }
    for (int c = 0; c < row.size(); c++) {
      TraceSignal s = signals.get(c);
      TraceValue v = Objects.requireNonNull(row.get(c), "cycle " + t + " signal " + s.name());
      if (v instanceof TraceValue.Bits bits && bits.value().bitLength() > s.width()) {
        throw new IllegalArgumentException(
            "cycle " + t + ": value 0x" + bits.value().toString(16) + " does not fit "
                + s.width() + "-bit signal '" + s.name() + "'");
      }
      if (v == TraceValue.DONT_CARE && s.dir() == Direction.IN) {
        throw new IllegalArgumentException(
            "cycle " + t + ": input '" + s.name() + "' cannot be don't-care (the harness must drive it)");
      }
    }
  }

  /** Collects rows; validates each as it is added so the golden model's bug shows at its cycle. */
  public static final class Builder {
    private final String design;
    private final long seed;
    private final List<TraceSignal> signals;
    private final List<List<TraceValue>> rows = new ArrayList<>();

    private Builder(String design, long seed, List<TraceSignal> signals) {
      this.design = design;
      this.seed = seed;
      this.signals = List.copyOf(signals);
    }

    public Builder cycle(List<TraceValue> values) {
      List<TraceValue> row = List.copyOf(values);
      check(signals, row, rows.size());
      rows.add(row);
      return this;
    }

    public Builder cycle(TraceValue... values) {
      return cycle(List.of(values));
    }

    /**
     * A row of known values. A negative value is a sign-extended signed port value (how the
     * golden models hold them, docs/spec/fifo.md) and is written as its two's complement in the
     * column's width; one that does not fit that width is an error, never truncated.
     */
    public Builder cycle(long... values) {
      if (values.length != signals.size()) {
        throw new IllegalArgumentException(
            "cycle " + rows.size() + " has " + values.length + " values for " + signals.size() + " signals");
      }
      List<TraceValue> row = new ArrayList<>(values.length);
      for (int c = 0; c < values.length; c++) {
        long v = values[c];
        int w = signals.get(c).width();
        if (v < 0 && w < 64 && v < -(1L << (w - 1))) {
          throw new IllegalArgumentException(
              "cycle " + rows.size() + ": " + v + " does not fit " + w + "-bit signal '" + signals.get(c).name() + "'");
        }
        row.add(v < 0 ? TraceValue.ofSigned(v, w) : TraceValue.of(v));
      }
      return cycle(row);
    }

    public Builder cycle(BigInteger... values) {
      return cycle(java.util.Arrays.stream(values).map(TraceValue::of).toList());
    }

    public int size() {
      return rows.size();
    }

    public Trace build() {
      return new Trace(design, seed, signals, rows);
    }
  }
}
