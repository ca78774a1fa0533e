package plasticity.gen.eve;

import plasticity.golden.neat.hardware.Breeder;
import plasticity.hdl.Bool;
import plasticity.hdl.UInt;
import plasticity.hdl.Vec;

/**
 * The pending buffer (docs/spec/eve.md, "Pending buffer"): 8 connection entries sorted by key,
 * entries 0..count-1 valid. In one cycle it may remove its head, then insert entry A, then
 * entry B, each insert in key order; an insert that finds the buffer full or its key already
 * there changes nothing.
 */
final class PendingBuffer extends EveBlock {
  static final int SIZE = Breeder.PENDING_BUFFER;

  final Bool remove;
  final Bool insertA;
  final UInt entryA;
  final Bool insertB;
  final UInt entryB;
  final Bool headValid;
  final UInt head;
  final UInt count;

  /** A list of entries with its valid thermometer. */
  private record Slots(UInt[] entries, Bool[] valid) {}

  PendingBuffer() {
    doc(SIZE + "-entry sorted buffer of pending connections");
    remove = in("remove", Bool());
    insertA = in("insert_a", Bool());
    entryA = in("entry_a", UInt(ENTRY));
    insertB = in("insert_b", Bool());
    entryB = in("entry_b", UInt(ENTRY));
    headValid = out("head_valid", Bool());
    head = out("head", UInt(ENTRY));
    count = out("count", UInt(4));

    Vec<UInt> entries = regVec("entry", SIZE, UInt(ENTRY));
    Vec<Bool> valid = regVec("valid", SIZE, Bool());
    UInt[] e = new UInt[SIZE];
    Bool[] v = new Bool[SIZE];
    for (int i = 0; i < SIZE; i++) {
      valid.get(i).init(0);
      e[i] = mux(remove, entries.get(Math.min(i + 1, SIZE - 1)), entries.get(i)).named("left_" + i);
      v[i] = (i + 1 < SIZE ? mux(remove, valid.get(i + 1), valid.get(i)) : remove.not().and(valid.get(i)))
          .named("left_valid_" + i);
    }
    Slots afterA = insert("a", new Slots(e, v), insertA, entryA);
    Slots afterB = insert("b", afterA, insertB, entryB);
    for (int i = 0; i < SIZE; i++) {
      entries.get(i).next(afterB.entries()[i]);
      valid.get(i).next(afterB.valid()[i]);
    }

    headValid.drive(valid.get(0));
    head.drive(entries.get(0));
    UInt n = U(0, 4);
    for (int i = 0; i < SIZE; i++) {
      n = mux(valid.get(i), U(i + 1, 4), n); // a thermometer: the last valid entry counts
    }
    count.drive(n);
  }

  /** {@code s} with {@code x} inserted in key order when {@code go}, there is room and its key is new. */
  private Slots insert(String name, Slots s, Bool go, UInt x) {
    UInt key = entryKey(x);
    Bool[] below = new Bool[SIZE];
    Bool duplicate = False();
    for (int i = 0; i < SIZE; i++) {
      below[i] = s.valid()[i].and(entryKey(s.entries()[i]).lt(key)).named(name + "_below_" + i);
      duplicate = duplicate.or(s.valid()[i].and(entryKey(s.entries()[i]).eq(key)));
    }
    Bool taken = go.and(s.valid()[SIZE - 1].not()).and(duplicate.not()).named(name + "_taken");
    UInt[] entries = new UInt[SIZE];
    Bool[] valid = new Bool[SIZE];
    for (int i = 0; i < SIZE; i++) {
      // Entries below x stay; x goes where the entries below it end; the rest move up one.
      UInt moved = i == 0 ? x : mux(below[i - 1], x, s.entries()[i - 1]);
      entries[i] = mux(taken.and(below[i].not()), moved, s.entries()[i]).named(name + "_entry_" + i);
      valid[i] = s.valid()[i].or(taken.and(i == 0 ? True() : s.valid()[i - 1])).named(name + "_valid_" + i);
    }
    return new Slots(entries, valid);
  }
}
