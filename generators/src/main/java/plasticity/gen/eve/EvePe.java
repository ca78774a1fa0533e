package plasticity.gen.eve;

import plasticity.golden.eve.EveRegisterMap;
import plasticity.hdl.Bool;
import plasticity.hdl.UInt;

/**
 * One EvE PE (docs/spec/eve.md, "PE pipeline"): breeds a child from two parent gene streams.
 * The host writes the registers and START while the PE is idle; the parents stream into their
 * queues; the aligner issues one step a cycle into crossover+perturb, delete and add/merge; the
 * child leaves as a node stream and a connection stream; {@code done} says both are complete.
 */
public final class EvePe extends EveBlock {
  final Bool cfgValid;
  final Bool cfgReady;
  final UInt cfgAddr;
  final UInt cfgData;
  final Bool p1Valid;
  final Bool p1Ready;
  final UInt p1Gene;
  final Bool p1Last;
  final Bool p2Valid;
  final Bool p2Ready;
  final UInt p2Gene;
  final Bool p2Last;
  final Bool nodeValid;
  final Bool nodeReady;
  final UInt nodeGene;
  final Bool connValid;
  final Bool connReady;
  final UInt connGene;
  final Bool done;

  public EvePe(EvePeConfig c) {
    param("QUEUE", c.queue());
    doc("EvE PE: " + c.queue() + "-word parent queues, aligner, crossover+perturb, delete, add/merge");

    cfgValid = in("cfg_valid", Bool());
    cfgReady = out("cfg_ready", Bool());
    cfgAddr = in("cfg_addr", UInt(EveRegisterMap.ADDRESS_BITS));
    cfgData = in("cfg_data", UInt(32));
    p1Valid = in("p1_valid", Bool());
    p1Ready = out("p1_ready", Bool());
    p1Gene = in("p1_gene", UInt(GENE));
    p1Last = in("p1_last", Bool());
    p2Valid = in("p2_valid", Bool());
    p2Ready = out("p2_ready", Bool());
    p2Gene = in("p2_gene", UInt(GENE));
    p2Last = in("p2_last", Bool());
    nodeValid = out("node_valid", Bool());
    nodeReady = in("node_ready", Bool());
    nodeGene = out("node_gene", UInt(GENE));
    connValid = out("conn_valid", Bool());
    connReady = in("conn_ready", Bool());
    connGene = out("conn_gene", UInt(GENE));
    done = out("done", Bool());
    p1Gene.allowUnused(); // bits 63..56, the parent's genome id: the child's replaces it
    p2Gene.allowUnused();

    // Control: idle until START, busy until the child is delivered.
    Bool busy = reg("busy", Bool()).init(0);
    Bool ending = reg("ending", Bool()).init(0);
    Bool write = cfgValid.and(busy.not()).named("write");
    Bool start = write.and(cfgAddr.eq(EveRegisterMap.START)).named("start");
    Bool prngWrite = write.and(cfgAddr.ge(EveRegisterMap.PRNG_X)).and(cfgAddr.lt(EveRegisterMap.PRNG_X + 5))
        .named("prng_write");

    EveRegisters regs = instance("regs", new EveRegisters());
    regs.write.drive(write);
    regs.address.drive(cfgAddr);
    regs.data.drive(cfgData);

    StepXorwow prng = instance("prng", new StepXorwow());
    prng.load.drive(prngWrite);
    prng.loadIndex.drive(cfgAddr.minus(EveRegisterMap.PRNG_X).bits(2, 0));
    prng.loadData.drive(cfgData);
    prng.restart.drive(start);

    GeneQueue queue1 = queue("queue1", c, p1Valid, p1Gene, p1Last, p1Ready);
    GeneQueue queue2 = queue("queue2", c, p2Valid, p2Gene, p2Last, p2Ready);

    GeneAligner aligner = instance("aligner", new GeneAligner());
    aligner.busy.drive(busy);
    aligner.start.drive(start);
    aligner.head1Valid.drive(queue1.headValid);
    aligner.head1Gene.drive(queue1.headGene);
    aligner.head1Last.drive(queue1.headLast);
    aligner.head2Valid.drive(queue2.headValid);
    aligner.head2Gene.drive(queue2.headGene);
    aligner.head2Last.drive(queue2.headLast);
    for (int k = 0; k < StepXorwow.WORDS; k++) {
      aligner.words.get(k).drive(prng.word.get(k));
    }
    queue1.pop.drive(aligner.pop1);
    queue2.pop.drive(aligner.pop2);
    prng.advance.drive(aligner.advance);

    CrossoverPerturb cross = instance("crossover", new CrossoverPerturb());
    cross.start.drive(start);
    cross.in.from(aligner.out);
    cross.inMatch.drive(aligner.outMatch);
    cross.inGene1.drive(aligner.outGene1);
    cross.inAttributes2.drive(aligner.outAttributes2);
    for (int k = 0; k < StepXorwow.WORDS; k++) {
      cross.inWords.get(k).drive(aligner.outWords.get(k));
    }
    cross.genomeId.drive(regs.child.genomeId);
    cross.bias.from(regs.bias);
    cross.response.from(regs.response);
    cross.weight.from(regs.weight);
    cross.activation.from(regs.activation);
    cross.aggregation.from(regs.aggregation);
    cross.enabledRate.drive(regs.enabled.mutateRate);

    DeleteGene delete = instance("delete", new DeleteGene());
    delete.start.drive(start);
    delete.in.from(cross.out);
    delete.inGene.drive(cross.outGene);
    delete.inDraws.drive(cross.outDraws);
    delete.pins.from(regs.pins);
    delete.bias.from(regs.bias);
    delete.response.from(regs.response);
    delete.weight.from(regs.weight);
    delete.activation.from(regs.activation);
    delete.aggregation.from(regs.aggregation);
    delete.enabledDefault.drive(regs.enabled.defaultValue);
    delete.enabledRandom.drive(regs.enabled.defaultRandom);
    delete.child.from(regs.child);

    AddGene add = instance("add", new AddGene());
    add.start.drive(start);
    add.in.from(delete.out);
    add.inGene.drive(delete.outGene);
    add.inKeep.drive(delete.outKeep);
    add.inAddConn.drive(delete.outAddConn);
    add.inNewConn.drive(delete.outNewConn);
    add.inAddNode.drive(delete.outAddNode);
    add.inNewNode.drive(delete.outNewNode);
    add.maxKey.drive(cross.maxKey);
    add.genomeId.drive(regs.child.genomeId);
    add.weightMin.drive(regs.weight.min);
    add.weightMax.drive(regs.weight.max);
    add.nodeReady.drive(nodeReady);
    add.connReady.drive(connReady);

    Bool complete = ending.and(add.nodeValid.not()).and(add.connValid.not()).named("complete");
    when(start, () -> busy.next(True())).elseWhen(complete, () -> busy.next(False()));
    when(add.endDone, () -> ending.next(True())).elseWhen(complete, () -> ending.next(False()));

    cfgReady.drive(busy.not());
    nodeValid.drive(add.nodeValid);
    nodeGene.drive(add.nodeGene);
    connValid.drive(add.connValid);
    connGene.drive(add.connGene);
    done.drive(complete);
  }

  private GeneQueue queue(String name, EvePeConfig c, Bool valid, UInt gene, Bool last, Bool ready) {
    GeneQueue q = instance(name, new GeneQueue(c.queue()));
    q.inValid.drive(valid);
    q.inGene.drive(gene.bits(PARENT_GENE - 1, 0));
    q.inLast.drive(last);
    ready.drive(q.inReady);
    return q;
  }
}
