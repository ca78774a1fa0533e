package plasticity.gen.eve;

import plasticity.hdl.Bool;
import plasticity.hdl.UInt;
import plasticity.hdl.Vec;

/**
 * The aligner and register S1 (docs/spec/eve.md, "Alignment" and "Blocks and stages"). From the
 * two queue heads it issues a step (MATCH, FIRST_ONLY or SECOND_ONLY), changes phase, or issues
 * END; a step pops the head(s) it uses and takes the step's four xorwow words into S1.
 */
final class GeneAligner extends EveBlock {
  final Bool busy;
  final Bool start;
  final Bool head1Valid;
  final UInt head1Gene;
  final Bool head1Last;
  final Bool head2Valid;
  final UInt head2Gene;
  final Bool head2Last;
  final Vec<UInt> words;
  final Bool pop1;
  final Bool pop2;
  final Bool advance;
  /** Register S1. */
  final Stage out;
  final Bool outMatch;
  final UInt outGene1;
  final UInt outAttributes2;
  final Vec<UInt> outWords;

  GeneAligner() {
    doc("EvE gene aligner: node phase, connection phase, END; register S1");
    busy = in("busy", Bool());
    start = in("start", Bool());
    head1Valid = in("head1_valid", Bool());
    head1Gene = in("head1_gene", UInt(PARENT_GENE));
    head1Last = in("head1_last", Bool());
    head2Valid = in("head2_valid", Bool());
    head2Gene = in("head2_gene", UInt(PARENT_GENE));
    head2Gene.allowUnused(); // parent 2 gives its key (to align) and attributes; its output flag is parent 1's
    head2Last = in("head2_last", Bool());
    words = inVec("words", StepXorwow.WORDS, UInt(32));
    pop1 = out("pop1", Bool());
    pop2 = out("pop2", Bool());
    advance = out("advance", Bool());
    out = port("out", Stage::new);
    outMatch = out("out_match", Bool());
    outGene1 = out("out_gene1", UInt(PARENT_GENE));
    outAttributes2 = out("out_attributes2", UInt(32));
    outWords = outVec("out_words", StepXorwow.WORDS, UInt(32));

    Bool connPhase = reg("conn_phase", Bool()).init(0);
    Bool ended1 = reg("ended1", Bool()).init(0);
    Bool ended2 = reg("ended2", Bool()).init(0);
    Bool endIssued = reg("end_issued", Bool()).init(0);

    // A stream has a gene of this phase, is done with the phase, or is not known yet (empty queue).
    Bool at1 = head1Valid.and(ended1.not()).named("at1");
    Bool at2 = head2Valid.and(ended2.not()).named("at2");
    Bool has1 = at1.and(connPhase.or(isConnection(head1Gene).not())).named("has1");
    Bool has2 = at2.and(connPhase.or(isConnection(head2Gene).not())).named("has2");
    Bool done1 = ended1.or(connPhase.not().and(at1).and(isConnection(head1Gene))).named("done1");
    Bool done2 = ended2.or(connPhase.not().and(at2).and(isConnection(head2Gene))).named("done2");
    Bool known = busy.and(endIssued.not()).and(has1.or(done1)).and(has2.or(done2)).named("known");
    Bool bothDone = done1.and(done2).named("both_done");

    UInt key1 = sortKey(head1Gene).named("key1");
    UInt key2 = sortKey(head2Gene).named("key2");
    Bool match = has1.and(has2).and(key1.eq(key2)).named("match");
    Bool firstOnly = has1.and(match.not()).and(has2.not().or(key1.lt(key2))).named("first_only");
    Bool secondOnly = match.not().and(firstOnly.not()).named("second_only");

    Bool valid = reg("s1_valid", Bool()).init(0);
    Bool s1Free = valid.not().or(out.ready).named("s1_free");
    Bool phaseChange = known.and(bothDone).and(connPhase.not()).named("phase_change");
    Bool issueEnd = known.and(bothDone).and(connPhase).and(s1Free).named("issue_end");
    Bool issueStep = known.and(bothDone.not()).and(s1Free).named("issue_step");
    pop1.drive(issueStep.and(secondOnly.not()));
    pop2.drive(issueStep.and(firstOnly.not()));
    advance.drive(issueStep);

    when(start, () -> {
      connPhase.next(False());
      ended1.next(False());
      ended2.next(False());
      endIssued.next(False());
    }).otherwise(() -> {
      when(phaseChange, () -> connPhase.next(True()));
      when(pop1.and(head1Last), () -> ended1.next(True()));
      when(pop2.and(head2Last), () -> ended2.next(True()));
      when(issueEnd, () -> endIssued.next(True()));
    });

    // S1: the step as issued. A SECOND_ONLY step still carries its words (its draws are taken).
    valid.enable(s1Free);
    valid.next(issueStep.or(issueEnd));
    Bool conn = stageReg("s1_conn", connPhase, s1Free);
    Bool end = stageReg("s1_end", issueEnd, s1Free);
    Bool matchQ = stageReg("s1_match", match, s1Free);
    Bool skip = stageReg("s1_skip", secondOnly, s1Free);
    UInt gene1 = stageReg("s1_gene1", head1Gene, s1Free);
    UInt attributes2 = stageReg("s1_attributes2", head2Gene.bits(31, 0), s1Free);
    for (int k = 0; k < StepXorwow.WORDS; k++) {
      outWords.get(k).drive(stageReg("s1_u" + k, words.get(k), s1Free));
    }
    out.valid.drive(valid);
    out.conn.drive(conn);
    out.end.drive(end);
    outMatch.drive(matchQ);
    out.skip.drive(skip);
    outGene1.drive(gene1);
    outAttributes2.drive(attributes2);
  }
}
