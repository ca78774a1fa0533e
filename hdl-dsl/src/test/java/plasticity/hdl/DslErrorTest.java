package plasticity.hdl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Each check of the compiler, provoked once: the message names the problem, the signals
 * involved, and the line of this file where the mistake is.
 */
class DslErrorTest {
  private static final String[] AT = new String[1];

  private static ElaborationException failsToCompile(Supplier<Module> top) {
    return assertThrows(ElaborationException.class, () -> Hdl.generate("t", Map.of(), top));
  }

  private static HdlException failsToElaborate(Supplier<Module> top) {
    return assertThrows(HdlException.class, () -> Hdl.generate("t", Map.of(), top));
  }

  private static void assertMentions(String message, String... parts) {
    for (String p : parts) {
      assertTrue(message.contains(p), () -> "expected «" + p + "» in:\n" + message);
    }
  }

  @Test
  void widthMismatchNamesTheAssignmentLine() {
    var e = failsToCompile(() -> new Module() {
      {
        var a = in("a", UInt(8));
        var y = out("y", UInt(4));
        AT[0] = Here.next();
        y.drive(a);
      }
    });
    assertEquals(1, e.errors().size());
    assertEquals("width", e.errors().get(0).check());
    assertMentions(e.getMessage(), AT[0], "'y' is UInt(4)", "UInt(8)", "truncateTo(4)");
  }

  @Test
  void kindMismatchSuggestsTheConversion() {
    var e = failsToCompile(() -> new Module() {
      {
        var a = in("a", SInt(8));
        var y = out("y", UInt(8));
        AT[0] = Here.next();
        y.drive(a);
      }
    });
    assertMentions(e.getMessage(), AT[0], "asUInt()");
  }

  @Test
  void undrivenOutputNamesItsDeclaration() {
    var e = failsToCompile(() -> new Module() {
      {
        in("a", Bool());
        AT[0] = Here.next();
        out("y", Bool());
      }
    });
    assertEquals("driver", e.errors().get(0).check());
    assertMentions(e.getMessage(), AT[0], "output 'y' is never driven");
  }

  @Test
  void twoDriversNameBothLines() {
    String[] first = new String[1];
    var e = failsToCompile(() -> new Module() {
      {
        var a = in("a", Bool());
        var b = in("b", Bool());
        var y = out("y", Bool());
        first[0] = Here.next();
        y.drive(a);
        AT[0] = Here.next();
        y.drive(b);
      }
    });
    assertMentions(e.getMessage(), AT[0], first[0], "'y' has two drivers");
  }

  @Test
  void combinationalLoopReportsTheNamedChain() {
    String[] p = new String[1];
    var e = failsToCompile(() -> new Module() {
      {
        var a = in("a", UInt(4));
        var y = out("y", UInt(4));
        p[0] = Here.next();
        var p1 = wire("p", UInt(4));
        AT[0] = Here.next();
        var q = wire("q", UInt(4));
        p1.drive(q.plus(a));
        q.drive(p1);
        y.drive(q);
      }
    });
    assertEquals("loop", e.errors().get(0).check());
    assertTrue(e.errors().get(0).signals().containsAll(java.util.List.of("p", "q")));
    assertMentions(e.getMessage(), "combinational loop", "p (" + p[0] + ")", "q (" + AT[0] + ")");
  }

  @Test
  void loopThroughAChildInstanceIsFound() {
    var e = failsToCompile(() -> new Module() {
      {
        var y = out("y", UInt(4));
        var c = instance("pass", new PassThrough());
        c.in.drive(c.out.plus(1));
        y.drive(c.out);
      }
    });
    assertMentions(e.getMessage(), "combinational loop", "pass_in", "pass_out");
  }

  /** out = in, combinationally. */
  static final class PassThrough extends Module {
    final UInt in = in("in", UInt(4));
    final UInt out = out("out", UInt(4));

    PassThrough() {
      out.drive(in);
    }
  }

  @Test
  void registerBreaksTheLoop() {
    Hdl.generate("t", Map.of(), () -> new Module() {
      {
        var y = out("y", UInt(4));
        var r = reg("r", UInt(4)).init(0);
        r.next(r.plus(1));
        y.drive(r);
      }
    });
  }

  @Test
  void latchIsRefusedWithTheConditionalAssignment() {
    var e = failsToCompile(() -> new Module() {
      {
        var en = in("en", Bool());
        var d = in("d", UInt(8));
        var q = out("q", UInt(8));
        AT[0] = Here.next();
        when(en, () -> q.drive(d));
      }
    });
    assertEquals("latch", e.errors().get(0).check());
    assertMentions(e.getMessage(), AT[0], "'q' would be a latch", "otherwise");
  }

  @Test
  void defaultBeforeWhenIsNoLatch() {
    Hdl.generate("t", Map.of(), () -> new Module() {
      {
        var en = in("en", Bool());
        var d = in("d", UInt(8));
        var q = out("q", UInt(8));
        q.drive(0);
        when(en, () -> q.drive(d));
      }
    });
  }

  @Test
  void illegalNameIsRefusedAtItsDeclaration() {
    var e = failsToElaborate(() -> new Module() {
      {
        AT[0] = Here.next();
        in("module", Bool());
      }
    });
    assertMentions(e.getMessage(), AT[0], "'module' is a Verilog/SystemVerilog keyword");
    var e2 = failsToElaborate(() -> new Module() {
      {
        AT[0] = Here.next();
        in("2fast", Bool());
      }
    });
    assertMentions(e2.getMessage(), AT[0], "not a Verilog identifier");
    var e3 = failsToElaborate(() -> new Module() {
      {
        AT[0] = Here.next();
        in("_t0", Bool());
      }
    });
    assertMentions(e3.getMessage(), AT[0], "kept for generated temporaries");
  }

  @Test
  void duplicateNameNamesBothLines() {
    String[] first = new String[1];
    var e = failsToElaborate(() -> new Module() {
      {
        first[0] = Here.next();
        in("a", Bool());
        AT[0] = Here.next();
        wire("a", Bool());
      }
    });
    assertMentions(e.getMessage(), AT[0], first[0], "already used");
  }

  @Test
  void badParameterIsRefusedWhereItIsUsed() {
    var e = failsToElaborate(() -> new Module() {
      {
        AT[0] = Here.next();
        in("a", UInt(0));
      }
    });
    assertMentions(e.getMessage(), AT[0], "width must be at least 1, got 0");
  }

  @Test
  void constantThatDoesNotFitIsRefused() {
    var e = failsToElaborate(() -> new Module() {
      {
        var a = in("a", UInt(4));
        var y = out("y", UInt(4));
        AT[0] = Here.next();
        y.drive(a.plus(16));
      }
    });
    assertMentions(e.getMessage(), AT[0], "constant 16 needs 5 bits but UInt(4) has 4");
  }

  @Test
  void mixingSignednessIsRefused() {
    var e = failsToElaborate(() -> new Module() {
      {
        var a = in("a", UInt(4));
        var b = in("b", SInt(4));
        AT[0] = Here.next();
        out("y", Bool()).drive(a.asSInt().lt(b).and(a.eq(b)));
      }
    });
    assertMentions(e.getMessage(), AT[0], "mixes UInt(4) and SInt(4)");
  }

  @Test
  void childNeverInstancedIsReported() {
    var e = failsToElaborate(() -> new Module() {
      {
        new PassThrough();
        AT[0] = Here.next();
        in("a", Bool());
      }
    });
    assertMentions(e.getMessage(), AT[0], "never passed to instance(name, module)");
  }

  @Test
  void childInternalsAreNotVisible() {
    var e = failsToElaborate(() -> new Module() {
      {
        var c = instance("c", new WithInternal());
        AT[0] = Here.next();
        out("y", UInt(4)).drive(c.hidden);
      }
    });
    assertMentions(e.getMessage(), AT[0], "inside instance 'c'", "only its ports are visible");
  }

  static final class WithInternal extends Module {
    final UInt hidden;

    WithInternal() {
      var a = in("a", UInt(4));
      hidden = wire("hidden", UInt(4));
      hidden.drive(a);
      out("b", UInt(4)).drive(hidden);
    }
  }

  @Test
  void elseWhenMustFollowItsWhen() {
    var e = failsToElaborate(() -> new Module() {
      {
        var a = in("a", Bool());
        var y = out("y", Bool());
        var w = when(a, () -> y.drive(a));
        y.drive(a);
        AT[0] = Here.next();
        w.otherwise(() -> y.drive(a.not()));
      }
    });
    assertMentions(e.getMessage(), AT[0], "must directly follow its when");
  }

  @Test
  void nextOnAWireIsRefused() {
    var e = failsToElaborate(() -> new Module() {
      {
        var a = in("a", Bool());
        var w = wire("w", Bool());
        AT[0] = Here.next();
        w.next(a);
      }
    });
    assertMentions(e.getMessage(), AT[0], "next() sets a register", "use drive()");
  }

  @Test
  void drivingAnInputIsRefused() {
    var e = failsToElaborate(() -> new Module() {
      {
        var a = in("a", Bool());
        AT[0] = Here.next();
        a.drive(1);
      }
    });
    assertMentions(e.getMessage(), AT[0], "'a' is an input");
  }

  @Test
  void duplicateSwitchValueIsRefused() {
    var e = failsToElaborate(() -> new Module() {
      {
        var s = in("s", UInt(2));
        var y = out("y", UInt(2));
        y.drive(0);
        AT[0] = Here.next();
        switchOn(s).is(1, () -> y.drive(1)).is(1, () -> y.drive(2));
      }
    });
    assertMentions(e.getMessage(), AT[0], "switch value 1 is already handled");
  }

  @Test
  void allErrorsAreReportedTogether() {
    var e = failsToCompile(() -> new Module() {
      {
        var a = in("a", UInt(8));
        out("y", UInt(4)).drive(a);
        out("z", Bool());
      }
    });
    assertEquals(2, e.errors().size());
  }
}
