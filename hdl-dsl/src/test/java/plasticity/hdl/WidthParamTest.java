package plasticity.hdl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Widths kept as Verilog parameters: one module for every width, or a clear refusal. */
class WidthParamTest {
  static final class Counter extends Module {
    final Bool en;
    final UInt value;

    Counter(int width) {
      Width w = widthParam("W", width);
      en = in("en", Bool());
      value = out("value", UInt(w));
      UInt count = reg("count", UInt(w)).init(0).enable(en);
      count.next(count.plus(1));
      value.drive(count);
    }
  }

  @Test
  void instancesAtTwoWidthsShareOneModule() {
    GeneratedDesign d = Hdl.generate("two", Map.of(), () -> new Module() {
      {
        var en = in("en", Bool());
        var a = instance("narrow", new Counter(8));
        var b = instance("wide", new Counter(16));
        a.en.drive(en);
        b.en.drive(en);
        out("a", UInt(8)).drive(a.value);
        out("b", UInt(16)).drive(b.value);
      }
    });
    assertEquals(List.of("Counter.v", "Anonymous.v"), d.verilogFiles());
    String counter = d.files().get("Counter.v");
    assertTrue(counter.contains("parameter W = 8"), counter);
    assertTrue(counter.contains("output wire [W-1:0] value"), counter);
    assertTrue(counter.contains("count <= {W{1'b0}};"), counter);
    assertTrue(counter.contains("localparam [W-1:0] _k0 = 1;"), counter);
    String top = d.files().get("Anonymous.v");
    assertTrue(top.contains("Counter #(.W(8)) narrow ("), top);
    assertTrue(top.contains("Counter #(.W(16)) wide ("), top);
  }

  @Test
  void aBitSelectOfAParameterWidthIsRefused() {
    String[] at = new String[1];
    var e = assertThrows(HdlException.class, () -> Hdl.generate("t", Map.of(), () -> new Module() {
      {
        Width w = widthParam("W", 8);
        var a = in("a", UInt(w));
        at[0] = Here.next();
        out("y", Bool()).drive(a.bit(0));
      }
    }));
    assertTrue(e.getMessage().contains(at[0]), e.getMessage());
    assertTrue(e.getMessage().contains("cannot follow the Verilog parameter W"), e.getMessage());
  }

  @Test
  void mixingAParameterWidthWithAFixedOneIsRefused() {
    var e = assertThrows(HdlException.class, () -> Hdl.generate("t", Map.of(), () -> new Module() {
      {
        Width w = widthParam("W", 8);
        var a = in("a", UInt(w));
        var b = in("b", UInt(8));
        out("y", UInt(w)).drive(a.plus(b));
      }
    }));
    assertTrue(e.getMessage().contains("mixes UInt(W) and UInt(8)"), e.getMessage());
  }

  @Test
  void extendFollowsTheParameter() {
    GeneratedDesign d = Hdl.generate("t", Map.of(), () -> new Module() {
      {
        Width w = widthParam("W", 8);
        var a = in("a", SInt(w));
        var b = in("b", SInt(w));
        out("y", SInt(w.plus(1))).drive(a.plusGrow(b));
      }
    });
    String v = d.files().get("Anonymous.v");
    assertTrue(v.contains("output wire [W:0] y"), v);
    assertTrue(v.contains("{a[W-1], a} + {b[W-1], b}"), v);
  }
}
