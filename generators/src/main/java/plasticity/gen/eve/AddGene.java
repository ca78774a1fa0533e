package plasticity.gen.eve;

import plasticity.golden.neat.hardware.AttributeCodes;
import plasticity.golden.neat.hardware.GeneFormat;
import plasticity.hdl.Bool;
import plasticity.hdl.SInt;
import plasticity.hdl.UInt;

/**
 * The add/merge stage and the two output registers (docs/spec/eve.md, "Pending buffer", "Add
 * node" and "Blocks and stages"). Each cycle it spends on S3 is a flush cycle (the pending head
 * is below a connection step's key, or S3 holds END and the buffer is not empty: the head goes to
 * the connection register) or the step's final cycle: a node step delivers its node and inserts
 * its add-connection entry; a connection step drops a pending entry of its own key, makes its
 * add-node (new node n = maxKey + 1 + nodes added so far, if n fits the key field and two
 * entries are free: in -> n weight 1.0, n -> out with the step's weight; the step's gene
 * disabled) and delivers its gene; END completes the pass. A cycle that writes an output
 * register waits until that register is free.
 */
final class AddGene extends EveBlock {
  final Bool start;
  /** Register S3; ready: S3 is consumed, its final cycle is taken. */
  final Stage in;
  final UInt inGene;
  final Bool inKeep;
  final Bool inAddConn;
  final UInt inNewConn;
  final Bool inAddNode;
  final UInt inNewNode;
  final SInt maxKey;
  final UInt genomeId;
  final SInt weightMin;
  final SInt weightMax;
  final Bool nodeReady;
  final Bool nodeValid;
  final UInt nodeGene;
  final Bool connReady;
  final Bool connValid;
  final UInt connGene;
  /** END's final cycle: the pass is complete once both output registers are empty. */
  final Bool endDone;

  AddGene() {
    doc("EvE add/merge stage: pending buffer, add-node, output registers");
    start = in("start", Bool());
    in = flippedPort("in", Stage::new);
    inGene = in("in_gene", UInt(GENE));
    inKeep = in("in_keep", Bool());
    inAddConn = in("in_add_conn", Bool());
    inNewConn = in("in_new_conn", UInt(ENTRY));
    inAddNode = in("in_add_node", Bool());
    inNewNode = in("in_new_node", UInt(32));
    maxKey = in("max_key", SInt(KEY + 1));
    genomeId = in("genome_id", UInt(GeneFormat.GENOME_ID_BITS));
    weightMin = in("weight_min", SInt(CODE));
    weightMax = in("weight_max", SInt(CODE));
    nodeReady = in("node_ready", Bool());
    nodeValid = out("node_valid", Bool());
    nodeGene = out("node_gene", UInt(GENE));
    connReady = in("conn_ready", Bool());
    connValid = out("conn_valid", Bool());
    connGene = out("conn_gene", UInt(GENE));
    endDone = out("end_done", Bool());

    PendingBuffer pending = instance("pending", new PendingBuffer());
    Bool nodeQ = reg("node_valid_q", Bool()).init(0);
    UInt nodeGeneQ = reg("node_gene_q", UInt(GENE)).init(0);
    Bool connQ = reg("conn_valid_q", Bool()).init(0);
    UInt connGeneQ = reg("conn_gene_q", UInt(GENE)).init(0);
    UInt added = reg("added", UInt(KEY)).init(0); // new nodes in this child

    Bool nodeStep = in.valid.and(in.conn.not()).and(in.step()).named("node_step");
    Bool connStep = in.valid.and(in.conn).and(in.step()).named("conn_step");
    Bool endStep = in.valid.and(in.end).named("end_step");
    UInt key = sortKey(inGene).named("key");
    UInt headKey = entryKey(pending.head).named("head_key");
    Bool flush = connStep.and(pending.headValid).and(headKey.lt(key))
        .or(endStep.and(pending.headValid)).named("flush");
    Bool last = in.valid.and(flush.not()).named("final_cycle");
    Bool dropEqual = connStep.and(pending.headValid).and(headKey.eq(key)).named("drop_equal");

    // Add-node: n = maxKey + 1 + added, as a signed number; it must fit the key field.
    SInt n = maxKey.extendTo(KEY + 2).plus(cat(U(0, 2), added).asSInt().plus(1)).named("n");
    Bool nFits = n.le(GeneFormat.KEY_MAX).named("n_fits");
    Bool room = pending.count.le(PendingBuffer.SIZE - 2)
        .or(pending.count.eq(PendingBuffer.SIZE - 1).and(dropEqual)).named("room");
    Bool split = connStep.and(inKeep).and(inAddNode).and(nFits).and(room).named("split");
    Bool emitConn = connStep.and(inKeep).named("emit_conn");
    Bool emitNode = nodeStep.and(inKeep).or(split).named("emit_node");

    Bool nodeFree = nodeQ.not().or(nodeReady).named("node_free");
    Bool connFree = connQ.not().or(connReady).named("conn_free");
    Bool flushGo = flush.and(connFree).named("flush_go");
    Bool finalGo = last.and(emitConn.not().or(connFree)).and(emitNode.not().or(nodeFree)).named("final_go");

    UInt newKey = n.resize(KEY).asUInt().named("new_key");
    UInt inKey = keyA(inGene);
    UInt outKey = keyB(inGene);
    SInt one = S(AttributeCodes.SCALE, CODE);
    SInt unitWeight = mux(one.lt(weightMin), weightMin, mux(one.gt(weightMax), weightMax, one)).named("unit_weight");
    pending.remove.drive(flushGo.or(finalGo.and(dropEqual)));
    pending.insertA.drive(finalGo.and(nodeStep.and(inAddConn).or(split)));
    pending.entryA.drive(mux(nodeStep, inNewConn, entry(inKey, newKey, unitWeight.asUInt(), True())));
    pending.insertB.drive(finalGo.and(split));
    pending.entryB.drive(entry(newKey, outKey, attribute(inGene, 1), True()));
    when(start, () -> added.next(0)).elseWhen(finalGo.and(split), () -> added.next(added.plus(1)));

    UInt disabled = cat(inGene.bits(GENE - 1, 24), U(0, CODE), inGene.bits(15, 0)).asUInt();
    UInt newNode = nodeGene(genomeId, newKey, False(), inNewNode).named("new_node");
    when(flushGo, () -> {
      connQ.next(True());
      connGeneQ.next(connectionGene(genomeId, pending.head));
    }).elseWhen(finalGo.and(emitConn), () -> {
      connQ.next(True());
      connGeneQ.next(mux(split, disabled, inGene));
    }).elseWhen(connReady, () -> connQ.next(False()));
    when(finalGo.and(emitNode), () -> {
      nodeQ.next(True());
      nodeGeneQ.next(mux(split, newNode, inGene));
    }).elseWhen(nodeReady, () -> nodeQ.next(False()));

    in.ready.drive(finalGo);
    endDone.drive(finalGo.and(endStep));
    nodeValid.drive(nodeQ);
    nodeGene.drive(nodeGeneQ);
    connValid.drive(connQ);
    connGene.drive(connGeneQ);
  }
}
