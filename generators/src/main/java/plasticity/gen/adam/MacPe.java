package plasticity.gen.adam;

import plasticity.hdl.Bool;
import plasticity.hdl.Fields;
import plasticity.hdl.Mem;
import plasticity.hdl.Module;
import plasticity.hdl.SInt;
import plasticity.hdl.UInt;

/**
 * One ADAM PE (docs/spec/adam.md, "A run" and "Pipeline"): link, node and value buffers, the
 * control word, the issue rules, the MAC (stage P and the exact accumulator), the two roundings of
 * the pre-activation (F1) and the activation unit with the write-back (F2). The host's words
 * arrive decoded on the {@link WriteBus}; {@code sel} says this PE is among those a write
 * reaches. The value port of the bus is also the host's read offset.
 */
public final class MacPe extends Module {
  /**
   * The host's write as the engine decodes it and broadcasts it to every PE: one strobe per
   * buffer (already checked against its depth, the engine idle and the address mapped), the
   * offsets at each buffer's width, the words decoded with their malformed bit ({@link PeWords}),
   * and start. Which PEs take it is their {@code sel}.
   */
  static final class WriteBus {
    final Bool link;
    final Bool node;
    final Bool value;
    final Bool control;
    final Bool start;
    final UInt linkOffset;
    final UInt nodeOffset;
    final UInt valueOffset;
    final UInt linkWord;
    final UInt nodeWord;
    final UInt controlWord;
    final UInt valueWord;

    WriteBus(Fields f, AdamConfig c) {
      PeWords w = new PeWords(c);
      link = f.out("link", Bool());
      node = f.out("node", Bool());
      value = f.out("value", Bool());
      control = f.out("control", Bool());
      start = f.out("start", Bool());
      linkOffset = f.out("link_offset", UInt(c.linkBits()));
      nodeOffset = f.out("node_offset", UInt(c.nodeBits()));
      valueOffset = f.out("value_offset", UInt(c.slotBits()));
      linkWord = f.out("link_word", UInt(w.linkWidth()));
      nodeWord = f.out("node_word", UInt(w.nodeWidth()));
      controlWord = f.out("control_word", UInt(w.controlWidth()));
      valueWord = f.out("value_word", UInt(16));
    }

    /** Drives every field of this bus from {@code from}'s. */
    void driveFrom(WriteBus from) {
      link.drive(from.link);
      node.drive(from.node);
      value.drive(from.value);
      control.drive(from.control);
      start.drive(from.start);
      linkOffset.drive(from.linkOffset);
      nodeOffset.drive(from.nodeOffset);
      valueOffset.drive(from.valueOffset);
      linkWord.drive(from.linkWord);
      nodeWord.drive(from.nodeWord);
      controlWord.drive(from.controlWord);
      valueWord.drive(from.valueWord);
    }
  }

  public final Bool sel;
  final WriteBus wr;
  public final Bool quiet;
  public final UInt errors;
  public final UInt status;
  public final UInt readValue;

  public MacPe(AdamConfig c) {
    param("L", c.linkDepth());
    param("N", c.nodeDepth());
    param("V", c.valueDepth());
    param("ACC", c.acc());
    doc("ADAM PE: " + c.linkDepth() + " link, " + c.nodeDepth() + " node and " + c.valueDepth()
        + " value words, " + c.acc() + "-bit accumulator");
    // 1024 instances at the default 32 x 32: Verilator 5.006 emitted the PE's code per instance
    // (46 MB of the array's 51 MB of C++, about 2 minutes of g++ on two cores); as a
    // hierarchical block it is compiled once. Like the EvE array's PE.
    hierBlock();
    PeWords w = new PeWords(c);
    int vb = c.slotBits();
    int lb = c.linkBits();

    sel = in("sel", Bool());
    wr = flippedPort("wr", f -> new WriteBus(f, c));
    quiet = out("quiet", Bool());
    errors = out("errors", UInt(3));
    status = out("status", UInt(5));
    readValue = out("read_value", UInt(16));

    // ---- buffers and the control word (docs/spec/adam.md, "Words") ----
    Mem<UInt> links = mem("links", UInt(w.linkWidth()), c.linkDepth());
    Mem<UInt> nodes = mem("nodes", UInt(w.nodeWidth()), c.nodeDepth());
    Mem<UInt> values = mem("values", UInt(16), c.valueDepth());
    when(wr.link.and(sel), () -> links.write(wr.linkOffset, wr.linkWord));
    when(wr.node.and(sel), () -> nodes.write(wr.nodeOffset, wr.nodeWord));
    UInt control = reg("control", UInt(w.controlWidth())).init(0).enable(wr.control.and(sel));
    control.next(wr.controlWord);
    UInt nodeCount = control.bits(w.controlInputs() - 1, 0).named("node_count");
    UInt inputCount = control.bits(w.controlBad() - 1, w.controlInputs()).named("input_count");
    Bool controlBad = control.bit(w.controlBad()).named("control_bad");

    // ---- run state ----
    UInt state = reg("state", UInt(2)).init(AdamWords.IDLE);
    UInt err = reg("err", UInt(3)).init(0);
    UInt nodePointer = reg("node_pointer", UInt(c.nodeCountBits())).init(0);
    UInt linkPointer = reg("link_pointer", UInt(lb + 1)).init(0);
    UInt position = reg("position", UInt(c.fanInBits())).init(0);
    UInt valid = reg("valid", UInt(c.valueDepth())).init(0);

    // ---- the words at the pointers ----
    UInt node = nodes.read(nodePointer.bits(c.nodeBits() - 1, 0)).named("node");
    SInt bias = node.bits(15, 0).asSInt().named("bias");
    SInt response = node.bits(31, w.nodeResponse()).asSInt().named("response");
    UInt activation = node.bits(w.nodeDest() - 1, w.nodeActivation()).named("activation");
    UInt dest = node.bits(w.nodeFanIn() - 1, w.nodeDest()).named("dest");
    UInt fanIn = node.bits(w.nodeBad() - 1, w.nodeFanIn()).named("fan_in");
    Bool nodeBad = node.bit(w.nodeBad()).named("node_bad");
    UInt link = links.read(linkPointer.bits(lb - 1, 0)).named("link");
    SInt weight = link.bits(15, 0).asSInt().named("weight");
    UInt source = link.bits(w.linkBad() - 1, w.linkSource()).named("source");
    Bool linkBad = link.bit(w.linkBad()).named("link_bad");

    // ---- pipeline registers ----
    Bool pValid = reg("p_valid", Bool()).init(0);
    Bool pFirst = reg("p_first", Bool());
    Bool pLast = reg("p_last", Bool());
    Bool pZero = reg("p_zero", Bool());
    SInt pProduct = reg("p_product", SInt(32));
    SInt pBias = reg("p_bias", SInt(16));
    SInt pResponse = reg("p_response", SInt(16));
    UInt pActivation = reg("p_activation", UInt(3));
    UInt pDest = reg("p_dest", UInt(vb));
    SInt acc = reg("acc", SInt(c.acc()));
    Bool f1Valid = reg("f1_valid", Bool()).init(0);
    Bool f1Zero = reg("f1_zero", Bool());
    SInt f1Sum = reg("f1_sum", SInt(c.acc()));
    SInt f1Bias = reg("f1_bias", SInt(16));
    SInt f1Response = reg("f1_response", SInt(16));
    UInt f1Activation = reg("f1_activation", UInt(3));
    UInt f1Dest = reg("f1_dest", UInt(vb));
    Bool f2Valid = reg("f2_valid", Bool()).init(0);
    Bool f2Zero = reg("f2_zero", Bool());
    SInt f2Pre = reg("f2_pre", SInt(16));
    UInt f2Activation = reg("f2_activation", UInt(3));
    UInt f2Dest = reg("f2_dest", UInt(vb));

    // ---- issue (docs/spec/adam.md, "A run", rules 1..9, the first that applies) ----
    Bool running = state.eq(AdamWords.RUNNING).named("running");
    Bool atEnd = nodePointer.eq(nodeCount).named("at_end");
    Bool zeroNode = fanIn.eq(0).named("zero_node");
    Bool linksUsedUp = linkPointer.bit(lb).named("links_used_up"); // link pointer = LINK_DEPTH
    Bool inFlight = pValid.and(pLast).and(pDest.eq(source))
        .or(f1Valid.and(f1Dest.eq(source)))
        .or(f2Valid.and(f2Dest.eq(source))).named("in_flight");
    Bool sourceValid = valid.shr(source).bit(0).named("source_valid");
    Bool issueZero = running.and(controlBad.not()).and(atEnd.not()).and(nodeBad.not()).and(zeroNode)
        .named("issue_zero");
    Bool issueMac = running.and(controlBad.not()).and(atEnd.not()).and(nodeBad.not()).and(zeroNode.not())
        .and(linksUsedUp.not()).and(linkBad.not()).and(inFlight.not()).and(sourceValid).named("issue_mac");
    Bool lastLink = position.plus(1).eq(fanIn).named("last_link");

    when(wr.start, () -> {
      state.next(AdamWords.RUNNING);
      err.next(0);
      nodePointer.next(0);
      linkPointer.next(0);
      position.next(0);
      // Slots below the input count hold the inputs.
      valid.next(U(1, c.valueDepth() + 1).shl(inputCount).minus(1).bits(c.valueDepth() - 1, 0));
    }).elseWhen(running, () -> {
      when(controlBad, () -> fail(state, err, AdamWords.ERR_MALFORMED))
          .elseWhen(atEnd, () -> state.next(AdamWords.DONE))
          .elseWhen(nodeBad, () -> fail(state, err, AdamWords.ERR_MALFORMED))
          .elseWhen(zeroNode, () -> nodePointer.next(nodePointer.plus(1)))
          .elseWhen(linksUsedUp, () -> fail(state, err, AdamWords.ERR_OVERFLOW))
          .elseWhen(linkBad, () -> fail(state, err, AdamWords.ERR_MALFORMED))
          .elseWhen(inFlight, () -> { }) // stall: nothing issues this cycle
          .elseWhen(sourceValid.not(), () -> fail(state, err, AdamWords.ERR_ORDER))
          .otherwise(() -> {
            linkPointer.next(linkPointer.plus(1));
            when(lastLink, () -> {
              nodePointer.next(nodePointer.plus(1));
              position.next(0);
            }).otherwise(() -> position.next(position.plus(1)));
          });
    });

    // ---- stage P: the product, and the node's attributes on its last MAC ----
    SInt operand = values.read(source).asSInt().named("operand");
    pValid.next(issueZero.or(issueMac));
    pFirst.next(issueZero.or(position.eq(0)));
    pLast.next(issueZero.or(lastLink));
    pZero.next(zeroNode);
    pProduct.next(mux(issueMac, weight.times(operand), S(0, 32)));
    pBias.next(bias);
    pResponse.next(response);
    pActivation.next(activation);
    pDest.next(dest);

    // ---- accumulate: exact, ACC bits (docs/spec/adam.md, "Parameters") ----
    SInt sum = mux(pFirst, S(0, c.acc()), acc).plus(pProduct.extendTo(c.acc())).named("sum");
    when(pValid, () -> acc.next(sum));
    f1Valid.next(pValid.and(pLast));
    f1Zero.next(pZero);
    f1Sum.next(sum);
    f1Bias.next(pBias);
    f1Response.next(pResponse);
    f1Activation.next(pActivation);
    f1Dest.next(pDest);

    // ---- F1: FixedArithmetic.preActivation's two roundings ----
    SInt narrowSum = narrow(f1Sum, "narrow_sum");
    SInt scaled = f1Response.times(narrowSum).named("scaled");
    SInt withBias = scaled.plusGrow(f1Bias.shl(10)).named("with_bias");
    f2Valid.next(f1Valid);
    f2Zero.next(f1Zero);
    f2Pre.next(narrow(withBias, "pre_activation"));
    f2Activation.next(f1Activation);
    f2Dest.next(f1Dest);

    // ---- F2: the activation unit and the write-back ----
    ActivationUnit unit = instance("act", new ActivationUnit());
    unit.x.drive(f2Pre);
    unit.code.drive(f2Activation);
    SInt result = mux(f2Zero, S(0, 16), unit.y).named("result");
    // One write port: the host writes only while the engine is idle, F2 only during a run.
    Bool hostWrite = wr.value.and(sel).named("host_write");
    when(f2Valid, () -> {
      values.write(f2Dest, result.asUInt());
      valid.next(valid.or(U(1, c.valueDepth()).shl(f2Dest)));
    }).elseWhen(hostWrite, () -> values.write(wr.valueOffset, wr.valueWord));

    quiet.drive(running.not().and(pValid.not()).and(f1Valid.not()).and(f2Valid.not()));
    errors.drive(err);
    status.drive(cat(err, state).asUInt());
    readValue.drive(values.read(wr.valueOffset));
  }

  private void fail(UInt state, UInt err, int bit) {
    state.next(AdamWords.ERROR);
    err.next(bit);
  }

  /** Drop 10 fraction bits rounding half up, then saturate to Q5.10 (docs/spec/fixed-point.md). */
  private SInt narrow(SInt x, String name) {
    SInt half = mux(x.bit(9), S(1, 2), S(0, 2));
    SInt rounded = x.shr(10).plusGrow(half).named(name + "_rounded");
    return mux(rounded.gt(32767), S(32767, 16), mux(rounded.lt(-32768), S(-32768, 16), rounded.resize(16)))
        .named(name);
  }
}
