package plasticity.hdl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Structure of what the backend emits: dedup, naming, determinism, implicit ports. */
class DesignTest {
  /** A W-bit enable-accumulator, the unit of the bench chain. */
  static final class Acc extends Module {
    final Bool en = in("en", Bool());
    final UInt x;
    final UInt sum;

    Acc(int width) {
      param("W", width);
      x = in("x", UInt(width));
      sum = out("sum", UInt(width));
      var acc = reg("acc", UInt(width)).init(0).enable(en);
      acc.next(acc.plus(x));
      sum.drive(acc);
    }
  }

  static final class Chain extends Module {
    Chain(int n, int width) {
      param("N", n);
      var en = in("en", Bool());
      UInt value = in("x", UInt(width));
      for (int i = 0; i < n; i++) {
        var a = instance("acc" + i, new Acc(width));
        a.en.drive(en);
        a.x.drive(value);
        value = a.sum;
      }
      out("y", UInt(width)).drive(value);
    }
  }

  /** A base that several blocks share: its constructor runs first in each of theirs. */
  abstract static class SharedBase extends Module {
    SharedBase() {
      doc("a block built on a shared base");
    }
  }

  static final class Derived extends SharedBase {
    final String afterSuper;

    Derived() {
      super();
      afterSuper = Here.line();
      out("y", UInt(1)).drive(U(1, 1));
    }
  }

  @Test
  void aModuleIsLocatedInItsOwnConstructorNotInItsBase() {
    Derived[] made = new Derived[1];
    GeneratedDesign d = Hdl.generate("derived", Map.of(), () -> made[0] = new Derived());
    String at = made[0].afterSuper;
    int superLine = Integer.parseInt(at.substring(at.indexOf(':') + 1)) - 1;
    String header = d.files().get("Derived.v");
    assertTrue(header.contains("(DesignTest.java:" + superLine + ")"), header);
  }

  @Test
  void identicalChildrenAreEmittedOnce() {
    GeneratedDesign d = Hdl.generate("chain", Map.of(), () -> new Chain(50, 32));
    assertEquals(List.of("Acc_W32.v", "Chain_N50.v"), d.verilogFiles());
    assertEquals("Chain_N50", d.top());
    assertEquals("Acc_W32.v\nChain_N50.v\n", d.files().get("chain.f"));
  }

  @Test
  void differentParametersGiveDifferentModules() {
    GeneratedDesign d = Hdl.generate("two", Map.of(), () -> new Module() {
      {
        var a = instance("a", new Acc(8));
        var b = instance("b", new Acc(16));
        var en = in("en", Bool());
        a.en.drive(en);
        b.en.drive(en);
        a.x.drive(in("x", UInt(8)));
        b.x.drive(in("w", UInt(16)));
        out("y", UInt(8)).drive(a.sum);
        out("z", UInt(16)).drive(b.sum);
      }
    });
    assertTrue(d.verilogFiles().containsAll(List.of("Acc_W8.v", "Acc_W16.v")));
  }

  @Test
  void sameConfigurationIsByteIdentical() {
    GeneratedDesign first = Hdl.generate("chain", Map.of("N", "20"), () -> new Chain(20, 8));
    GeneratedDesign second = Hdl.generate("chain", Map.of("N", "20"), () -> new Chain(20, 8));
    assertEquals(first.files(), second.files());
  }

  @Test
  void enableAndResetReadAsTheDatasheet() {
    String v = Hdl.generate("acc", Map.of(), () -> new Acc(8)).files().get("Acc_W8.v");
    assertTrue(v.contains("input  wire clk"), v);
    assertTrue(v.contains("input  wire rst"), v);
    assertTrue(v.contains("end else if (en) begin"), v);
    assertTrue(v.contains("acc <= acc + x;"), v);
    assertTrue(v.contains("// Module parameters: W=8"), v);
  }

  @Test
  void combinationalModuleHasNoClock() {
    GeneratedDesign d = Hdl.generate("inv", Map.of(), () -> new Module() {
      {
        var a = in("a", Bool());
        out("y", Bool()).drive(a.not());
      }
    });
    assertEquals(List.of("a", "y"), d.ports().stream().map(GeneratedDesign.TopPort::name).toList());
  }

  @Test
  void manifestListsEveryModuleWithItsHash() {
    GeneratedDesign d = Hdl.generate("chain", Map.of("N", "3"), () -> new Chain(3, 8));
    String manifest = d.files().get("manifest.json");
    for (String f : d.verilogFiles()) {
      assertTrue(manifest.contains(Hdl.sha256(d.files().get(f))), f);
    }
    assertTrue(manifest.contains("\"N\" : \"3\""));
  }

  @Test
  void writerReplacesTheDirectoryWhole(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
    var out = tmp.resolve("acc");
    DesignWriter.write(Hdl.generate("acc", Map.of(), () -> new Acc(8)), out);
    java.nio.file.Files.writeString(out.resolve("stale.v"), "old");
    DesignWriter.write(Hdl.generate("acc", Map.of(), () -> new Acc(16)), out);
    try (var files = java.nio.file.Files.list(out)) {
      assertEquals(List.of("Acc_W16.v", "acc.f", "manifest.json"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    try (var files = java.nio.file.Files.list(tmp)) {
      assertEquals(1, files.count(), "no staging directory left behind");
    }
  }

  /** Found by the differential fuzzer: >>> inside an unsigned expression shifts in zeros. */
  @Test
  void arithmeticShiftGetsItsOwnAssignment() {
    String v = Hdl.generate("t", Map.of(), () -> new Module() {
      {
        var a = in("a", SInt(8));
        var s = in("s", UInt(3));
        var b = in("b", SInt(8));
        out("y", SInt(8)).drive(a.shr(s).plus(b));
      }
    }).files().get("Anonymous.v");
    assertTrue(v.contains("assign _t0 = $signed(a) >>> s;"), v);
    assertTrue(v.contains("assign y = _t0 + b;"), v);
  }

  @Test
  void driveDefaultMayBeOverridden() {
    Hdl.generate("t", Map.of(), () -> new Module() {
      {
        var a = in("a", Bool());
        var y = out("y", Bool());
        y.driveDefault(0);
        y.drive(a);
      }
    });
  }

  /** Two registered-read SRAM macros of one shape, one under a child. */
  static final class TwoSrams extends Module {
    static final class Holder extends Module {
      final UInt a = in("a", UInt(2));
      final UInt d = out("d", UInt(8));

      Holder() {
        d.drive(sram(this, a));
      }
    }

    /** One call site for both, so that they are one module (a module's fingerprint has its source lines). */
    static UInt sram(Module owner, UInt a) {
      Mem<UInt> m = owner.memMacro("m", UInt(8), 4, "Sram_4x8");
      m.write(a, owner.U(1, 8));
      return m.readSync("q", a);
    }

    TwoSrams() {
      var a = in("a", UInt(2));
      var h = instance("h", new Holder());
      h.a.drive(a);
      out("y", UInt(8)).drive(sram(this, a).xor(h.d));
    }
  }

  @Test
  void theSramMacrosAreListedWithTheirShapesAndInstances() {
    GeneratedDesign d = Hdl.generate("srams", Map.of(), TwoSrams::new);
    assertEquals(List.of(new GeneratedDesign.SramMacroUse("Sram_4x8", 4, 8, 2)), d.macros());
    assertEquals(64, d.macros().get(0).bits());
    assertTrue(d.files().get("manifest.json").contains("\"sramMacros\""), d.files().get("manifest.json"));
  }
}
