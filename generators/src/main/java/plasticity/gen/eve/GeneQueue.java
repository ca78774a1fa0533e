package plasticity.gen.eve;

import plasticity.hdl.Bool;
import plasticity.hdl.Mem;
import plasticity.hdl.UInt;

/**
 * A parent's input queue (docs/spec/eve.md, "Blocks and stages"): DEPTH words of {last, gene
 * [55:0]}, first word fall through. {@code in_ready} is "not full" from the registers only, so
 * the aligner's pops never reach the parent combinationally; with two words a parent streams a
 * gene per cycle.
 */
final class GeneQueue extends EveBlock {
  final Bool inValid;
  final Bool inReady;
  final UInt inGene;
  final Bool inLast;
  final Bool headValid;
  final UInt headGene;
  final Bool headLast;
  final Bool pop;

  GeneQueue(int depth) {
    param("DEPTH", depth);
    doc(depth + "-word parent gene queue, first word fall through");
    int address = Integer.numberOfTrailingZeros(depth);
    inValid = in("in_valid", Bool());
    inReady = out("in_ready", Bool());
    inGene = in("in_gene", UInt(PARENT_GENE));
    inLast = in("in_last", Bool());
    headValid = out("head_valid", Bool());
    headGene = out("head_gene", UInt(PARENT_GENE));
    headLast = out("head_last", Bool());
    pop = in("pop", Bool()); // taken only with head_valid

    Mem<UInt> words = mem("words", UInt(PARENT_GENE + 1), depth);
    UInt writePtr = reg("write_ptr", UInt(address)).init(0);
    UInt readPtr = reg("read_ptr", UInt(address)).init(0);
    UInt count = reg("count", UInt(address + 1)).init(0);
    Bool full = count.eq(depth).named("full");
    Bool push = inValid.and(full.not()).named("push");
    when(push, () -> {
      words.write(writePtr, cat(inLast, inGene).asUInt());
      writePtr.next(writePtr.plus(1));
    });
    when(pop, () -> readPtr.next(readPtr.plus(1)));
    when(push.and(pop.not()), () -> count.next(count.plus(1)))
        .elseWhen(pop.and(push.not()), () -> count.next(count.minus(1)));

    UInt head = words.read(readPtr).named("head");
    inReady.drive(full.not());
    headValid.drive(count.ne(0));
    headGene.drive(head.bits(PARENT_GENE - 1, 0));
    headLast.drive(head.bit(PARENT_GENE));
  }
}
