package plasticity.tb.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import plasticity.hdl.Bits;
import plasticity.hdl.Bool;
import plasticity.hdl.Data;
import plasticity.hdl.Fields;
import plasticity.hdl.Mem;
import plasticity.hdl.Module;
import plasticity.hdl.SInt;
import plasticity.hdl.UInt;
import plasticity.hdl.Vec;

/**
 * A random circuit built through the public DSL only, from a seed: every operator family,
 * signed and unsigned, conditional logic, registers with reset and enable, memories (read
 * asynchronously, read registered, and as an SRAM macro), a run-time Vec index, a bundle port
 * and a child instance. Every value it makes is an output, so the differential test sees all.
 */
final class RandomCircuit extends Module {
  private final SplittableRandom random;
  private final List<Data> pool = new ArrayList<>();
  private int outputs;

  /** A bundle: valid and data forward, ready back. */
  static final class Stream {
    final Bool valid;
    final UInt data;
    final Bool ready;

    Stream(Fields f, int width) {
      valid = f.out("valid", Bool());
      data = f.out("data", UInt(width));
      ready = f.in("ready", Bool());
    }
  }

  /** A child with a combinational path and a register. */
  static final class Child extends Module {
    final UInt a;
    final UInt b;
    final UInt sum;
    final UInt held;

    Child(int width) {
      param("W", width);
      a = in("a", UInt(width));
      b = in("b", UInt(width));
      sum = out("sum", UInt(width));
      held = out("held", UInt(width));
      UInt r = reg("r", UInt(width)).init(1);
      r.next(r.xor(a));
      sum.drive(a.plus(b));
      held.drive(r);
    }
  }

  RandomCircuit(long seed) {
    moduleName("Fuzz");
    param("SEED", seed);
    random = new SplittableRandom(seed);
    for (int i = 0; i < 3; i++) {
      pool.add(in("u" + i, UInt(width())));
      pool.add(in("s" + i, SInt(width())));
    }
    Bool flag = in("flag", Bool());
    pool.add(flag);
    UInt sel = in("sel", UInt(2));
    pool.add(sel);

    for (int i = 0; i < 24; i++) {
      Data v = randomValue();
      if (v != null) {
        pool.add(v);
        expose(v);
      }
    }
    conditionals(flag, sel);
    registers(flag, sel);
    memories(flag);
    structure(flag);
  }

  private int width() {
    int pick = random.nextInt(10);
    return pick == 0 ? 1 : pick < 8 ? 1 + random.nextInt(20) : 21 + random.nextInt(50);
  }

  private void expose(Data v) {
    Data o = switch (v.type().kind()) {
      case BOOL -> out("o" + outputs, Bool());
      case UINT -> out("o" + outputs, UInt(v.width()));
      case SINT -> out("o" + outputs, SInt(v.width()));
      case BITS -> out("o" + outputs, Bits(v.width()));
    };
    outputs++;
    o.drive(v);
  }

  private Data any() {
    return pool.get(random.nextInt(pool.size()));
  }

  private UInt anyU() {
    return any().asUInt();
  }

  private SInt anyS() {
    Data d = any();
    return d.width() == 1 && random.nextBoolean() ? d.asUInt().extend().asSInt() : d.asSInt();
  }

  private Bool anyBool() {
    Data d = any();
    return d.width() == 1 ? d.asUInt().eq(1) : d.orReduce();
  }

  /** One random operator application; null when the draw would be too wide. */
  private Data randomValue() {
    UInt a = anyU();
    UInt b = anyU();
    SInt x = anyS();
    SInt y = anyS();
    int wa = a.width();
    switch (random.nextInt(22)) {
      case 0: return a.plus(b);
      case 1: return a.minus(b);
      case 2: return a.plusGrow(b);
      case 3: return wa + b.width() <= 100 ? a.times(b) : null;
      case 4: return a.and(b.resize(wa));
      case 5: return a.or(b.resize(wa)).xor(a.not());
      case 6: return a.shl(random.nextInt(6));
      case 7: return wa > 1 ? a.shr(1 + random.nextInt(wa - 1)) : a;
      case 8: return a.shl(b.resize(3));
      case 9: return a.shr(b.resize(3));
      case 10: {
        int hi = random.nextInt(wa);
        return a.bits(hi, random.nextInt(hi + 1));
      }
      case 11: return a.resize(1 + random.nextInt(70));
      case 12: return random.nextBoolean() ? a.lt(b) : a.ge(b);
      case 13: return random.nextBoolean() ? x.lt(y) : x.ge(y).or(x.eq(y));
      case 14: return x.plus(y).minus(x.resize(1 + random.nextInt(30)));
      case 15: return x.width() + y.width() <= 100 ? x.times(y) : null;
      case 16: return x.negate();
      case 17: return random.nextBoolean() && x.width() > 1 ? x.shr(1 + random.nextInt(x.width() - 1)) : x.shr(b.resize(3));
      case 18: return mux(anyBool(), a, b.resize(wa));
      case 19: return wa + b.width() <= 120 ? cat(a, b, anyBool()) : null;
      case 20: return random.nextBoolean() ? a.andReduce().xor(b.xorReduce()) : anyBool().not().and(anyBool());
      default: return x.extend().resize(1 + random.nextInt(40)).asUInt().ne(a.resize(1 + random.nextInt(40)).extend().resize(1 + random.nextInt(40)));
    }
  }

  private void conditionals(Bool flag, UInt sel) {
    UInt a = anyU();
    UInt w = wire("picked", UInt(a.width()));
    w.drive(a);
    when(flag.and(anyBool()), () -> w.drive(anyU().resize(a.width())))
        .elseWhen(anyBool(), () -> w.drive(a.not()))
        .otherwise(() -> {});
    UInt v = wire("cased", UInt(a.width()));
    switchOn(sel)
        .is(0, () -> v.drive(a))
        .is(new long[] {1, 2}, () -> v.drive(anyU().resize(a.width())))
        .otherwise(() -> v.drive(a.plus(1)));
    expose(w);
    expose(v);
    pool.add(w);
    pool.add(v);
  }

  private void registers(Bool flag, UInt sel) {
    UInt a = anyU();
    UInt acc = reg("acc", UInt(a.width())).init(random.nextLong(1L << Math.min(a.width(), 30))).enable(flag);
    acc.next(acc.plus(a));
    SInt s = anyS();
    SInt walker = reg("walker", SInt(s.width())).init(0);
    when(anyBool(), () -> walker.next(walker.minus(s))).otherwise(() -> walker.next(s));
    UInt mode = reg("mode", UInt(2));
    switchOn(sel).is(3, () -> mode.next(sel)).otherwise(() -> mode.next(sel.not()));
    for (Data r : List.of(acc, walker, mode)) {
      expose(r);
      pool.add(r);
    }
  }

  private void memories(Bool flag) {
    UInt data = anyU();
    UInt addr = anyU().resize(3);
    Mem<UInt> ram = mem("ram", UInt(data.width()), 8);
    when(flag, () -> ram.write(addr, data));
    expose(ram.read(anyU().resize(3)));
    expose(ram.readSync("ram_q", anyU().resize(3)));

    Mem<UInt> macro = memMacro("sram", UInt(data.width()), 4, "fuzz_sram_4x" + data.width());
    when(anyBool(), () -> macro.write(anyU().resize(2), data));
    UInt[] q = new UInt[1];
    q[0] = macro.readSync("sram_q", anyU().resize(2));
    expose(q[0]);
  }

  private void structure(Bool flag) {
    int w = 1 + random.nextInt(16);
    Vec<UInt> table = wireVec("table", 5, UInt(w));
    for (UInt t : table) {
      t.drive(anyU().resize(w));
    }
    expose(table.read(anyU().resize(3)));

    Stream bus = port("bus", f -> new Stream(f, w));
    bus.valid.drive(flag.xor(bus.ready));
    bus.data.drive(mux(bus.ready, table.get(0), table.get(4)));

    Child c = instance("child", new Child(w));
    c.a.drive(anyU().resize(w));
    c.b.drive(table.get(2));
    expose(c.sum);
    expose(c.held);
  }
}
