package plasticity.gen.eve;

import plasticity.golden.eve.EveRegisterMap;
import plasticity.hdl.Bool;
import plasticity.hdl.Mem;
import plasticity.hdl.UInt;

/**
 * One PE of the EvE array with its buffers (docs/spec/eve.md, "Array", "Operation: waves"): the
 * PE, its slot (parent ids and lengths, written at FETCH), two parent buffers that take the
 * words LOAD multicasts for its parents, and two child buffers (node and connection streams)
 * that DRAIN reads back. During BREED the parents stream from the buffers as fast as the PE
 * takes them and the children are always taken.
 */
final class ArrayPe extends EveBlock {
  final Bool cfgValid;
  final UInt cfgAddr;
  final UInt cfgData;
  final Bool slotWrite;
  final UInt slotP1;
  final UInt slotP2;
  final UInt slotLen1;
  final UInt slotLen2;
  final Bool loadValid;
  final UInt loadId;
  final UInt loadIndex;
  final UInt loadGene;
  final Bool breed;
  final UInt drainIndex;
  final Bool done;
  final Bool overflow;
  final UInt nodes;
  final UInt conns;
  final UInt nodeWord;
  final UInt connWord;

  ArrayPe(EveArrayConfig c) {
    param("LMAX", c.lmax());
    param("QUEUE", c.queue());
    doc("EvE array PE: an EvE PE with " + c.lmax() + "-gene parent and child buffers");
    // Up to 256 instances: Verilator would emit and compile the PE's code once per instance (over
    // 80 MB of C++ at P = 256); as a hierarchical block it is compiled once.
    hierBlock();
    int ab = c.lmaxBits();
    int cb = ab + 1;

    cfgValid = in("cfg_valid", Bool());
    cfgAddr = in("cfg_addr", UInt(EveRegisterMap.ADDRESS_BITS));
    cfgData = in("cfg_data", UInt(32));
    slotWrite = in("slot_write", Bool());
    slotP1 = in("slot_p1", UInt(8));
    slotP2 = in("slot_p2", UInt(8));
    slotLen1 = in("slot_len1", UInt(cb));
    slotLen2 = in("slot_len2", UInt(cb));
    loadValid = in("load_valid", Bool());
    loadId = in("load_id", UInt(8));
    loadIndex = in("load_index", UInt(ab));
    loadGene = in("load_gene", UInt(GENE));
    breed = in("breed", Bool());
    drainIndex = in("drain_index", UInt(ab));
    done = out("done", Bool());
    overflow = out("overflow", Bool());
    nodes = out("nodes", UInt(cb));
    conns = out("conns", UInt(cb));
    nodeWord = out("node_word", UInt(GENE));
    connWord = out("conn_word", UInt(GENE));

    UInt p1 = reg("p1", UInt(8)).init(0);
    UInt p2 = reg("p2", UInt(8)).init(0);
    UInt len1 = reg("len1", UInt(cb)).init(0);
    UInt len2 = reg("len2", UInt(cb)).init(0);
    when(slotWrite, () -> {
      p1.next(slotP1);
      p2.next(slotP2);
      len1.next(slotLen1);
      len2.next(slotLen2);
    });
    Mem<UInt> parent1 = mem("parent1", UInt(GENE), c.lmax());
    Mem<UInt> parent2 = mem("parent2", UInt(GENE), c.lmax());
    when(loadValid.and(loadId.eq(p1)), () -> parent1.write(loadIndex, loadGene));
    when(loadValid.and(loadId.eq(p2)), () -> parent2.write(loadIndex, loadGene));

    EvePe pe = instance("pe", new EvePe(new EvePeConfig(c.queue())));
    pe.cfgReady.allowUnused(); // the array writes only while every PE is idle (its phases say when)
    Bool start = cfgValid.and(cfgAddr.eq(EveRegisterMap.START)).named("start");
    UInt pos1 = reg("pos1", UInt(cb)).init(0);
    UInt pos2 = reg("pos2", UInt(cb)).init(0);
    UInt nodeCount = reg("node_count", UInt(cb)).init(0);
    UInt connCount = reg("conn_count", UInt(cb)).init(0);
    Bool more1 = breed.and(pos1.lt(len1)).named("more1");
    Bool more2 = breed.and(pos2.lt(len2)).named("more2");
    pe.cfgValid.drive(cfgValid);
    pe.cfgAddr.drive(cfgAddr);
    pe.cfgData.drive(cfgData);
    pe.p1Valid.drive(more1);
    pe.p1Gene.drive(parent1.read(pos1.resize(ab)));
    pe.p1Last.drive(pos1.plus(1).eq(len1));
    pe.p2Valid.drive(more2);
    pe.p2Gene.drive(parent2.read(pos2.resize(ab)));
    pe.p2Last.drive(pos2.plus(1).eq(len2));
    pe.nodeReady.drive(True());
    pe.connReady.drive(True());

    Mem<UInt> childNodes = mem("child_nodes", UInt(GENE), c.lmax());
    Mem<UInt> childConns = mem("child_conns", UInt(GENE), c.lmax());
    Bool nodeFull = nodeCount.eq(c.lmax()).named("node_full");
    Bool connFull = connCount.eq(c.lmax()).named("conn_full");
    when(start, () -> {
      pos1.next(0);
      pos2.next(0);
      nodeCount.next(0);
      connCount.next(0);
    }).otherwise(() -> {
      when(more1.and(pe.p1Ready), () -> pos1.next(pos1.plus(1)));
      when(more2.and(pe.p2Ready), () -> pos2.next(pos2.plus(1)));
      when(pe.nodeValid.and(nodeFull.not()), () -> {
        childNodes.write(nodeCount.resize(ab), pe.nodeGene);
        nodeCount.next(nodeCount.plus(1));
      });
      when(pe.connValid.and(connFull.not()), () -> {
        childConns.write(connCount.resize(ab), pe.connGene);
        connCount.next(connCount.plus(1));
      });
    });
    done.drive(pe.done);
    overflow.drive(pe.nodeValid.and(nodeFull).or(pe.connValid.and(connFull)));
    nodes.drive(nodeCount);
    conns.drive(connCount);
    nodeWord.drive(childNodes.read(drainIndex));
    connWord.drive(childConns.read(drainIndex));
  }
}
