package plasticity.tb.trace;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import plasticity.tb.DutPort;
import plasticity.tb.DutPort.Direction;

/**
 * Reads the text of docs/spec/trace-format.md. The C++ harness implements the same rules;
 * keep the two in step (the spec lists them).
 */
final class TraceParser {
  private final String source;
  private int lineNo;

  private TraceParser(String source) {
    this.source = source;
  }

  static Trace parse(String text, String source) {
    return new TraceParser(source).run(text);
  }

  private Trace run(String text) {
    String[] lines = text.split("\n", -1);
    String design = null;
    Long seed = null;
    List<TraceSignal> signals = new ArrayList<>();
    Set<String> names = new HashSet<>();
    List<List<TraceValue>> rows = new ArrayList<>();
    boolean inData = false;
    boolean sawMagic = false;
    for (lineNo = 1; lineNo <= lines.length; lineNo++) {
      String line = lines[lineNo - 1].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (!sawMagic) {
        if (!line.equals(Trace.MAGIC)) {
          throw fail("expected '" + Trace.MAGIC + "' as the first line, found '" + line + "'");
        }
        sawMagic = true;
        continue;
      }
      String[] tok = line.split("\\s+");
      if (inData) {
        rows.add(row(tok, signals));
        continue;
      }
      switch (tok[0]) {
        case "design" -> {
          expectTokens(tok, 2, "design <name>");
          design = tok[1];
        }
        case "seed" -> {
          expectTokens(tok, 2, "seed <decimal>");
          try {
            seed = Long.parseLong(tok[1]);
          } catch (NumberFormatException e) {
            throw fail("seed '" + tok[1] + "' is not a decimal 64-bit integer");
          }
        }
        case "in", "out" -> {
          expectTokens(tok, 3, tok[0] + " <name> <width>");
          int width;
          try {
            width = Integer.parseInt(tok[2]);
          } catch (NumberFormatException e) {
            throw fail("width '" + tok[2] + "' of signal '" + tok[1] + "' is not a decimal integer");
          }
          if (width < 1 || width > DutPort.MAX_WIDTH) {
            throw fail("signal '" + tok[1] + "' has width " + width + "; allowed 1.." + DutPort.MAX_WIDTH);
          }
          if (!names.add(tok[1])) {
            throw fail("signal '" + tok[1] + "' is declared twice");
          }
          signals.add(new TraceSignal(tok[0].equals("in") ? Direction.IN : Direction.OUT, tok[1], width));
        }
        case "cycles" -> {
          expectTokens(tok, 1, "cycles");
          if (design == null || seed == null) {
            throw fail("the header needs 'design' and 'seed' lines before 'cycles'");
          }
          inData = true;
        }
        default -> throw fail("unknown header line '" + line + "' (expected design, seed, in, out or cycles)");
      }
    }
    if (!inData) {
      throw fail("missing 'cycles' line: the header never ended");
    }
    return new Trace(design, seed, signals, rows);
  }

  private List<TraceValue> row(String[] tok, List<TraceSignal> signals) {
    if (tok.length != signals.size()) {
      throw fail("expected " + signals.size() + " values, found " + tok.length);
    }
    List<TraceValue> row = new ArrayList<>(tok.length);
    for (int c = 0; c < tok.length; c++) {
      row.add(value(tok[c], signals.get(c)));
    }
    return row;
  }

  private TraceValue value(String tok, TraceSignal s) {
    if (tok.chars().allMatch(ch -> ch == 'x' || ch == 'X')) {
      if (s.dir() == Direction.IN) {
        throw fail("input '" + s.name() + "' is don't-care; inputs must have a value");
      }
      return TraceValue.DONT_CARE;
    }
    if (!tok.matches("[0-9a-fA-F]+")) {
      throw fail("value '" + tok + "' of signal '" + s.name() + "' is not hex digits or x");
    }
    BigInteger v = new BigInteger(tok, 16);
    if (v.bitLength() > s.width()) {
      throw fail("value 0x" + tok + " does not fit " + s.width() + "-bit signal '" + s.name() + "'");
    }
    return TraceValue.of(v);
  }

  private void expectTokens(String[] tok, int n, String form) {
    if (tok.length != n) {
      throw fail("expected '" + form + "'");
    }
  }

  private TraceFormatException fail(String problem) {
    return new TraceFormatException(source, Math.min(lineNo, Integer.MAX_VALUE), problem);
  }
}
