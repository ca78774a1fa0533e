package plasticity.gen.adam;

import plasticity.hdl.Bool;
import plasticity.hdl.Module;
import plasticity.hdl.UInt;
import plasticity.hdl.Vec;

/**
 * ADAM, the inference engine (docs/spec/adam.md, "Schedule and array"): ROWS rows of
 * {@link MacPe}s behind one host port. The host writes schedules, control words and observations
 * (one PE, a row, a column or all at once), starts a run with a write, watches {@code status}
 * and reads the outputs; the controller runs every PE until all are done or in error, counting
 * the run's cycles. Words are checked once here (the malformed bit) and broadcast to the PEs.
 */
public final class AdamEngine extends Module {
  public AdamEngine(AdamConfig c) {
    param("R", c.rows());
    param("C", c.cols());
    param("L", c.linkDepth());
    param("N", c.nodeDepth());
    param("V", c.valueDepth());
    param("ACC", c.acc());
    doc("ADAM inference engine: " + c.rows() + " x " + c.cols() + " PEs, buffers of " + c.linkDepth()
        + " links, " + c.nodeDepth() + " nodes and " + c.valueDepth() + " values per PE");
    Bool hostWe = in("host_we", Bool());
    Bool hostRe = in("host_re", Bool());
    UInt hostAddr = in("host_addr", UInt(32));
    UInt hostWdata = in("host_wdata", UInt(64));
    UInt hostRdata = out("host_rdata", UInt(64));
    UInt status = out("status", UInt(5));

    // ---- the address (docs/spec/adam.md, "Host port and address map") ----
    UInt offset = hostAddr.bits(AdamWords.ADDR_OFFSET_BITS - 1, 0).named("offset");
    UInt col = hostAddr.bits(AdamWords.ADDR_ROW_LSB - 1, AdamWords.ADDR_COL_LSB).named("col");
    UInt row = hostAddr.bits(AdamWords.ADDR_CAST_LSB - 1, AdamWords.ADDR_ROW_LSB).named("row");
    UInt cast = hostAddr.bits(AdamWords.ADDR_REGION_LSB - 1, AdamWords.ADDR_CAST_LSB).named("cast");
    UInt region = hostAddr.bits(AdamWords.ADDR_TOP - 1, AdamWords.ADDR_REGION_LSB).named("region");
    Bool mapped = hostAddr.bits(31, AdamWords.ADDR_TOP).eq(0).named("mapped");
    Bool linkOffsetOk = below(offset, c.linkDepth(), "link_offset_ok");
    Bool nodeOffsetOk = below(offset, c.nodeDepth(), "node_offset_ok");
    Bool valueOffsetOk = below(offset, c.valueDepth(), "value_offset_ok");
    Bool offsetZero = offset.eq(0).named("offset_zero");

    Bool busy = reg("busy", Bool()).init(0);
    Bool done = reg("done", Bool()).init(0);
    UInt cycles = reg("cycles", UInt(32)).init(0);
    UInt rdata = reg("rdata", UInt(64)).init(0);

    Bool write = hostWe.and(busy.not()).and(mapped).named("write");
    MacPe.WriteBus wr = wireBundle("wr", f -> new MacPe.WriteBus(f, c));
    wr.link.drive(write.and(region.eq(AdamWords.REGION_LINK)).and(linkOffsetOk));
    wr.node.drive(write.and(region.eq(AdamWords.REGION_NODE)).and(nodeOffsetOk));
    wr.value.drive(write.and(region.eq(AdamWords.REGION_VALUE)).and(valueOffsetOk));
    wr.control.drive(write.and(region.eq(AdamWords.REGION_CONTROL)).and(offsetZero));
    wr.start.drive(write.and(region.eq(AdamWords.REGION_GLOBAL)).and(offset.eq(AdamWords.GLOBAL_START)));
    wr.linkOffset.drive(offset.bits(c.linkBits() - 1, 0));
    wr.nodeOffset.drive(offset.bits(c.nodeBits() - 1, 0));
    wr.valueOffset.drive(offset.bits(c.slotBits() - 1, 0));
    wr.valueWord.drive(hostWdata.bits(15, 0));

    // ---- the words, checked once (docs/spec/adam.md, "Words") ----
    UInt source = hostWdata.bits(AdamWords.LINK_TOP - 1, AdamWords.LINK_SOURCE_LSB).named("link_source");
    Bool linkBad = hostWdata.bits(63, AdamWords.LINK_TOP).eq(0).not()
        .or(below(source, c.valueDepth(), "link_source_ok").not()).named("link_bad");
    wr.linkWord.drive(cat(linkBad, source.bits(c.slotBits() - 1, 0), hostWdata.bits(15, 0)).asUInt());

    UInt activation = hostWdata.bits(AdamWords.NODE_DEST_LSB - 1, AdamWords.NODE_ACTIVATION_LSB)
        .named("node_activation");
    UInt dest = hostWdata.bits(AdamWords.NODE_FAN_IN_LSB - 1, AdamWords.NODE_DEST_LSB).named("node_dest");
    UInt fanIn = hostWdata.bits(AdamWords.NODE_TOP - 1, AdamWords.NODE_FAN_IN_LSB).named("node_fan_in");
    Bool nodeBad = hostWdata.bits(63, AdamWords.NODE_TOP).eq(0).not()
        .or(activation.ge(AdamWords.ACTIVATIONS))
        .or(below(dest, c.valueDepth(), "node_dest_ok").not())
        .or(fanIn.gt(c.linkDepth())).named("node_bad");
    wr.nodeWord.drive(cat(nodeBad, fanIn.bits(c.fanInBits() - 1, 0), dest.bits(c.slotBits() - 1, 0),
        activation.bits(2, 0), hostWdata.bits(31, 0)).asUInt());

    UInt nodeCount = hostWdata.bits(AdamWords.CONTROL_INPUTS_LSB - 1, 0).named("control_nodes");
    UInt inputCount = hostWdata.bits(AdamWords.CONTROL_TOP - 1, AdamWords.CONTROL_INPUTS_LSB)
        .named("control_inputs");
    Bool controlBad = hostWdata.bits(63, AdamWords.CONTROL_TOP).eq(0).not()
        .or(nodeCount.gt(c.nodeDepth())).or(inputCount.gt(c.valueDepth())).named("control_bad");
    wr.controlWord.drive(cat(controlBad, inputCount.bits(c.inputCountBits() - 1, 0),
        nodeCount.bits(c.nodeCountBits() - 1, 0)).asUInt());

    // ---- the rows ----
    Vec<UInt> rowValues = wireVec("row_value", c.rows(), UInt(16));
    Vec<UInt> rowStatuses = wireVec("row_status", c.rows(), UInt(5));
    Bool allQuiet = True();
    UInt errors = U(0, 3);
    for (int r = 0; r < c.rows(); r++) {
      AdamRow x = instance("row_" + r, new AdamRow(c));
      x.rowHit.drive(cast.bit(1).or(row.eq(r)));
      x.anyCol.drive(cast.bit(0));
      x.col.drive(col);
      x.wr.driveFrom(wr);
      rowValues.get(r).drive(x.readValue);
      rowStatuses.get(r).drive(x.readStatus);
      allQuiet = allQuiet.and(x.quiet);
      errors = errors.or(x.errors);
    }
    Bool allQuietNow = allQuiet.named("all_quiet");
    UInt statusNow = cat(errors, done, busy).asUInt().named("status_now");

    // ---- the controller: a run lasts until every PE is quiet ----
    when(wr.start, () -> {
      busy.next(1);
      done.next(0);
      cycles.next(0);
    }).elseWhen(busy, () -> {
      cycles.next(cycles.plus(1));
      when(allQuietNow, () -> {
        busy.next(0);
        done.next(1);
      });
    });

    // ---- reads (docs/spec/adam.md: regions 2, 3 and 4; everything else reads 0) ----
    Bool inArray = row.lt(c.rows()).and(col.lt(c.cols())).named("in_array");
    UInt peValue = rowValues.read(row).named("pe_value");
    UInt peStatus = rowStatuses.read(row).named("pe_status");
    UInt word = wire("read_word", UInt(64));
    word.driveDefault(U(0, 64));
    when(mapped, () -> switchOn(region)
        .is(AdamWords.REGION_VALUE, () -> when(inArray.and(valueOffsetOk), () -> word.drive(peValue.extendTo(64))))
        .is(AdamWords.REGION_CONTROL, () -> when(inArray.and(offsetZero), () -> word.drive(peStatus.extendTo(64))))
        .is(AdamWords.REGION_GLOBAL, () -> when(offset.eq(AdamWords.GLOBAL_STATUS),
            () -> word.drive(statusNow.extendTo(64)))
            .elseWhen(offset.eq(AdamWords.GLOBAL_CYCLES), () -> word.drive(cycles.extendTo(64)))));
    when(hostRe, () -> rdata.next(word));

    hostRdata.drive(rdata);
    status.drive(statusNow);
  }

  /** {@code value < depth} for a power-of-two depth: the bits from log2(depth) up are zero. */
  private Bool below(UInt value, int depth, String name) {
    int bits = AdamConfig.log2(depth);
    return (bits >= value.width() ? True() : value.bits(value.width() - 1, bits).eq(0)).named(name);
  }
}
