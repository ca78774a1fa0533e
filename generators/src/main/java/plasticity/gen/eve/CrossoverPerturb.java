package plasticity.gen.eve;

import plasticity.golden.neat.hardware.GeneFormat;
import plasticity.hdl.Bool;
import plasticity.hdl.SInt;
import plasticity.hdl.UInt;
import plasticity.hdl.Vec;

/**
 * Crossover and perturbation, and register S2 (docs/spec/eve.md, "A node step" and "A
 * connection step", items 1 and 2). The child gene starts as parent 1's with the child's genome
 * id; on MATCH each attribute byte comes from parent 2 when its coin (bit i-1 of b0) is 0.
 * Slot A perturbs bias (node) or weight (connection) with b1..b3; slot B the response with
 * b4..b6; the choice attributes are picked with b7, b8 and b9, b10; a connection's enabled flag
 * mutates with b4 to bit 2 of b0. A node step's key updates maxKey (the largest node key of
 * parent 1, deleted nodes included; -1 before the first).
 */
final class CrossoverPerturb extends EveBlock {
  final Bool start;
  /** Register S1. */
  final Stage in;
  final Bool inMatch;
  final UInt inGene1;
  final UInt inAttributes2;
  final Vec<UInt> inWords;
  final UInt genomeId;
  final FloatRegs bias;
  final FloatRegs response;
  final FloatRegs weight;
  final ChoiceRegs activation;
  final ChoiceRegs aggregation;
  final UInt enabledRate;
  /** Register S2. */
  final Stage out;
  final UInt outGene;
  /** The draws later stages use: b0 bits 5..4, then b5..b15. */
  final UInt outDraws;
  final SInt maxKey;

  CrossoverPerturb() {
    doc("EvE crossover and perturbation; register S2 and maxKey");
    start = in("start", Bool());
    in = flippedPort("in", Stage::new);
    inMatch = in("in_match", Bool());
    inGene1 = in("in_gene1", UInt(PARENT_GENE));
    inAttributes2 = in("in_attributes2", UInt(32));
    inWords = inVec("in_words", StepXorwow.WORDS, UInt(32));
    genomeId = in("genome_id", UInt(GeneFormat.GENOME_ID_BITS));
    bias = flippedPort("bias", FloatRegs::new);
    response = flippedPort("response", FloatRegs::new);
    weight = flippedPort("weight", FloatRegs::new);
    activation = flippedPort("activation", ChoiceRegs::new);
    aggregation = flippedPort("aggregation", ChoiceRegs::new);
    enabledRate = in("enabled_rate", UInt(CODE));
    out = port("out", Stage::new);
    outGene = out("out_gene", UInt(GENE));
    outDraws = out("out_draws", UInt(2 + 11 * CODE));
    maxKey = out("max_key", SInt(KEY + 1));

    UInt[] b = bytes(inWords);
    inWords.get(0).allowUnused(); // bits 6, 7 of b0 are spare draws
    Bool conn = in.conn;

    // Crossover: attributes 1..4 of a node, 1..2 of a connection.
    UInt[] crossed = new UInt[5];
    for (int i = 1; i <= 4; i++) {
      Bool fromSecond = inMatch.and(b[0].bit(i - 1).not());
      if (i > 2) {
        fromSecond = fromSecond.and(conn.not());
      }
      crossed[i] = mux(fromSecond.named("from_second_" + i), inAttributes2.bits(39 - 8 * i, 32 - 8 * i),
          attribute(inGene1, i)).named("crossed_" + i);
    }

    // Slot A: bias or weight, event b1, value bytes b2, b3.
    FloatMutation slotA = instance("slot_a", new FloatMutation());
    slotA.old.drive(crossed[1].asSInt());
    slotA.draw.drive(b[1]);
    slotA.s1.drive(b[2].asSInt());
    slotA.s2.drive(b[3].asSInt());
    select(slotA.regs, conn, weight, bias);
    // Slot B: response, event b4, value bytes b5, b6.
    FloatMutation slotB = instance("slot_b", new FloatMutation());
    slotB.old.drive(crossed[2].asSInt());
    slotB.draw.drive(b[4]);
    slotB.s1.drive(b[5].asSInt());
    slotB.s2.drive(b[6].asSInt());
    slotB.regs.from(response);

    UInt activationCode = choice("activation_pick", activation, crossed[3], b[7], b[8]);
    UInt aggregationCode = choice("aggregation_pick", aggregation, crossed[4], b[9], b[10]);
    UInt enabled = mux(b[4].lt(enabledRate), cat(U(0, 7), b[0].bit(2)).asUInt(), crossed[2]).named("enabled");

    UInt gene = cat(genomeId, inGene1.bits(PARENT_GENE - 1, 32), slotA.value,
        mux(conn, enabled, slotB.value.asUInt()), mux(conn, crossed[3], activationCode),
        mux(conn, crossed[4], aggregationCode)).asUInt().named("gene");

    // maxKey: node keys compared as signed numbers, as the spec's integers.
    SInt maxKeyQ = reg("max_key_q", SInt(KEY + 1)).init(-1);
    SInt key = keyA(inGene1).asSInt().extendTo(KEY + 1).named("key");
    Bool valid = reg("s2_valid", Bool()).init(0);
    Bool take = valid.not().or(out.ready).named("take");
    Bool nodeGoes = in.valid.and(take).and(conn.not()).and(in.step()).named("node_goes");
    when(start, () -> maxKeyQ.next(-1)).elseWhen(nodeGoes.and(key.gt(maxKeyQ)), () -> maxKeyQ.next(key));

    valid.enable(take);
    valid.next(in.valid);
    in.ready.drive(take);
    out.valid.drive(valid);
    out.conn.drive(stageReg("s2_conn", conn, take));
    out.end.drive(stageReg("s2_end", in.end, take));
    out.skip.drive(stageReg("s2_skip", in.skip, take));
    outGene.drive(stageReg("s2_gene", gene, take));
    outDraws.drive(stageReg("s2_draws",
        cat(b[0].bits(5, 4), inWords.get(3), inWords.get(2), inWords.get(1).bits(31, 8)).asUInt(), take));
    maxKey.drive(maxKeyQ);
  }

  /** b0..b15: b(4k + j) = bits [8j+7 : 8j] of word k. */
  private static UInt[] bytes(Vec<UInt> words) {
    UInt[] b = new UInt[16];
    for (int i = 0; i < 16; i++) {
      b[i] = words.get(i / 4).bits(8 * (i % 4) + 7, 8 * (i % 4));
    }
    return b;
  }

  /** A choice attribute: if the event draw is below the rate, the option the pick draw selects. */
  private UInt choice(String name, ChoiceRegs regs, UInt old, UInt event, UInt pick) {
    ChoicePick p = instance(name, new ChoicePick());
    p.draw.drive(pick);
    p.count.drive(regs.count);
    p.table.drive(regs.table);
    regs.defaultCode.allowUnused(); // a new node's default: the delete stage's concern
    regs.defaultRandom.allowUnused();
    return mux(event.lt(regs.mutateRate), p.code.extendTo(CODE), old);
  }

  /** Drives {@code target} from {@code ifTrue} when {@code c}, else from {@code ifFalse}. */
  private void select(FloatRegs target, Bool c, FloatRegs ifTrue, FloatRegs ifFalse) {
    target.mutateRate.drive(mux(c, ifTrue.mutateRate, ifFalse.mutateRate));
    target.replaceRate.drive(mux(c, ifTrue.replaceRate, ifFalse.replaceRate));
    target.power.drive(mux(c, ifTrue.power, ifFalse.power));
    target.initSpread.drive(mux(c, ifTrue.initSpread, ifFalse.initSpread));
    target.initMean.drive(mux(c, ifTrue.initMean, ifFalse.initMean));
    target.min.drive(mux(c, ifTrue.min, ifFalse.min));
    target.max.drive(mux(c, ifTrue.max, ifFalse.max));
  }
}
