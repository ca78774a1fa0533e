package plasticity.gen.eve;

import plasticity.golden.neat.hardware.Breeder;
import plasticity.hdl.Bool;
import plasticity.hdl.UInt;
import plasticity.hdl.Vec;

/**
 * The delete stage and register S3 (docs/spec/eve.md, "A node step" items 3-4, "A connection
 * step" items 4-5). One structural draw r16 per step. A node step: r16 &lt; nodeDelete deletes
 * a hidden node if the deleted-node list has room (its key enters the list); else r16 &lt;
 * nodeDelete + connAdd asks for an add-connection. A connection step: dropped when an end is in
 * the list (it would dangle) or r16 &lt; connDelete; else r16 &lt; connDelete + nodeAdd asks
 * for an add-node. The genes a structural mutation may add are drawn here too (they depend on
 * nothing downstream): the add-connection's pending entry, and the new node's attributes.
 */
final class DeleteGene extends EveBlock {
  static final int LIST = Breeder.DELETE_LIST;

  final Bool start;
  /** Register S2. */
  final Stage in;
  final UInt inGene;
  final UInt inDraws;
  final Pins pins;
  final FloatRegs bias;
  final FloatRegs response;
  final FloatRegs weight;
  final ChoiceRegs activation;
  final ChoiceRegs aggregation;
  final Bool enabledDefault;
  final Bool enabledRandom;
  final ChildRegs child;
  /** Register S3. */
  final Stage out;
  final UInt outGene;
  /** The step's gene stays in the child (not deleted, not dangling). */
  final Bool outKeep;
  final Bool outAddConn;
  final UInt outNewConn;
  final Bool outAddNode;
  /** The new node's attribute bytes: bias, response, activation, aggregation. */
  final UInt outNewNode;

  DeleteGene() {
    doc("EvE delete stage: structural draw, deleted-node list, new-gene draws; register S3");
    start = in("start", Bool());
    in = flippedPort("in", Stage::new);
    inGene = in("in_gene", UInt(GENE));
    inDraws = in("in_draws", UInt(2 + 11 * CODE));
    pins = flippedPort("pins", Pins::new);
    bias = flippedPort("bias", FloatRegs::new);
    response = flippedPort("response", FloatRegs::new);
    weight = flippedPort("weight", FloatRegs::new);
    activation = flippedPort("activation", ChoiceRegs::new);
    aggregation = flippedPort("aggregation", ChoiceRegs::new);
    enabledDefault = in("enabled_default", Bool());
    enabledRandom = in("enabled_random", Bool());
    child = flippedPort("child", ChildRegs::new);
    out = port("out", Stage::new);
    outGene = out("out_gene", UInt(GENE));
    outKeep = out("out_keep", Bool());
    outAddConn = out("out_add_conn", Bool());
    outNewConn = out("out_new_conn", UInt(ENTRY));
    outAddNode = out("out_add_node", Bool());
    outNewNode = out("out_new_node", UInt(32));

    // The draws S2 carries: b0 bits 5..4 on top, then b15 .. b5.
    Bool direction = inDraws.bit(2 + 11 * CODE - 2).named("direction"); // b0 bit 4
    Bool coin = inDraws.bit(2 + 11 * CODE - 1).named("coin"); // b0 bit 5
    UInt r16 = inDraws.bits(7 * CODE + 15, 7 * CODE).named("r16"); // b13 b12
    UInt[] b = new UInt[16];
    for (int i = 5; i < 16; i++) {
      b[i] = inDraws.bits(8 * (i - 5) + 7, 8 * (i - 5));
    }
    Bool nodeStep = in.conn.not().and(in.step()).named("node_step");
    Bool connStep = in.conn.and(in.step()).named("conn_step");
    UInt key = keyA(inGene).named("key");
    UInt outKey = keyB(inGene).named("out_key");
    Bool hidden = isOutput(inGene).not().named("hidden");

    // The deleted-node list: entries 0..count-1 valid (a thermometer), for the whole pass.
    Vec<UInt> deleted = regVec("deleted", LIST, UInt(KEY));
    Vec<Bool> used = regVec("used", LIST, Bool());
    Bool dangling = False();
    for (int i = 0; i < LIST; i++) {
      used.get(i).init(0);
      dangling = dangling.or(used.get(i).and(deleted.get(i).eq(key).or(deleted.get(i).eq(outKey))));
    }
    dangling = dangling.named("dangling");
    Bool listFull = used.get(LIST - 1);

    Bool nodeDeleteHit = r16.lt(child.nodeDelete).named("node_delete_hit");
    Bool connAddHit = r16.extend().lt(child.nodeDelete.plusGrow(child.connAdd)).named("conn_add_hit");
    Bool connDeleteHit = r16.lt(child.connDelete).named("conn_delete_hit");
    Bool nodeAddHit = r16.extend().lt(child.connDelete.plusGrow(child.nodeAdd)).named("node_add_hit");
    Bool deleteNode = nodeStep.and(nodeDeleteHit).and(hidden).and(listFull.not()).named("delete_node");
    Bool addConn = nodeStep.and(nodeDeleteHit.not()).and(connAddHit).named("add_conn");
    Bool keepConn = dangling.not().and(connDeleteHit.not()).named("keep_conn");
    Bool addNode = connStep.and(keepConn).and(connDeleteHit.not()).and(nodeAddHit).named("add_node");

    Bool valid = reg("s3_valid", Bool()).init(0);
    Bool take = valid.not().or(out.ready).named("take");
    Bool goes = in.valid.and(take).named("goes");
    for (int i = 0; i < LIST; i++) {
      Bool slot = used.get(i).not().and(i == 0 ? True() : used.get(i - 1)); // the first free entry
      UInt entry = deleted.get(i);
      Bool isUsed = used.get(i);
      when(start, () -> isUsed.next(False())).elseWhen(goes.and(deleteNode).and(slot), () -> {
        isUsed.next(True());
        entry.next(key);
      });
    }

    // Add-connection at node `key`: hidden and b0 bit 4 -> key to output pick(b11, num_outputs);
    // else input -1 - pick(b11, num_inputs) -> key. Weight: init mean + triangle(b14, b15).
    // One multiplier: the pick is into the outputs or into the input pins, never both.
    Bool toOutput = hidden.and(direction).named("to_output");
    UInt endpoint = pick(b[11], mux(toOutput, pins.numOutputs, pins.numInputs)).named("endpoint");
    UInt newIn = mux(toOutput, key, endpoint.not()).named("new_in"); // -1 - p, two's complement
    UInt newOut = mux(toOutput, endpoint, key).named("new_out");
    FloatDraw newWeight = draw("new_weight", weight, b[14], b[15]);
    Bool newEnabled = mux(enabledRandom, coin, enabledDefault).named("new_enabled");
    UInt newConn = entry(newIn, newOut, newWeight.value.asUInt(), newEnabled).named("new_conn");

    // Add-node's new node: bias from b5, b6; response from b9, b10; the choices' defaults or
    // picks with b7 and b8.
    FloatDraw newBias = draw("new_bias", bias, b[5], b[6]);
    FloatDraw newResponse = draw("new_response", response, b[9], b[10]);
    UInt newActivation = initial("new_activation", activation, b[7]);
    UInt newAggregation = initial("new_aggregation", aggregation, b[8]);
    UInt newNode = cat(newBias.value, newResponse.value, newActivation.extendTo(CODE),
        newAggregation.extendTo(CODE)).asUInt().named("new_node");
    for (FloatRegs unused : new FloatRegs[] {bias, response, weight}) {
      unused.mutateRate.allowUnused(); // perturbation is the previous stage's; here only fresh values
      unused.replaceRate.allowUnused();
      unused.power.allowUnused();
    }
    activation.mutateRate.allowUnused();
    aggregation.mutateRate.allowUnused();
    child.genomeId.allowUnused(); // the gene carries it already

    valid.enable(take);
    valid.next(in.valid);
    out.valid.drive(valid);
    out.conn.drive(stageReg("s3_conn", in.conn, take));
    out.end.drive(stageReg("s3_end", in.end, take));
    out.skip.drive(stageReg("s3_skip", in.skip, take));
    outGene.drive(stageReg("s3_gene", inGene, take));
    outKeep.drive(stageReg("s3_keep", mux(in.conn, keepConn, deleteNode.not()), take));
    outAddConn.drive(stageReg("s3_add_conn", addConn, take));
    outNewConn.drive(stageReg("s3_new_conn", newConn, take));
    outAddNode.drive(stageReg("s3_add_node", addNode, take));
    outNewNode.drive(stageReg("s3_new_node", newNode, take));
    in.ready.drive(take);
  }

  /** pick(r, n) = floor(r * n / 256) for an 11-bit n. */
  private static UInt pick(UInt r, UInt n) {
    return r.times(n).bits(CODE + KEY - 1, CODE);
  }

  private FloatDraw draw(String name, FloatRegs regs, UInt s1, UInt s2) {
    FloatDraw d = instance(name, new FloatDraw());
    d.centre.drive(regs.initMean);
    d.s1.drive(s1.asSInt());
    d.s2.drive(s2.asSInt());
    d.multiplier.drive(regs.initSpread);
    d.min.drive(regs.min);
    d.max.drive(regs.max);
    return d;
  }

  /** A new gene's choice: the default code, or a pick from the table when the default is random. */
  private UInt initial(String name, ChoiceRegs regs, UInt draw) {
    ChoicePick p = instance(name + "_pick", new ChoicePick());
    p.draw.drive(draw);
    p.count.drive(regs.count);
    p.table.drive(regs.table);
    return mux(regs.defaultRandom, p.code, regs.defaultCode).named(name);
  }
}
