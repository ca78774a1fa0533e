package plasticity.gen.blocks;

import plasticity.hdl.Bool;
import plasticity.hdl.Mem;
import plasticity.hdl.Module;
import plasticity.hdl.UInt;
import plasticity.hdl.Width;

/**
 * A synchronous FIFO with first-word-fall-through output and ready/valid backpressure
 * (docs/spec/fifo.md): every output is a function of the state only, so a chain of FIFOs has
 * no combinational path from one end to the other.
 */
public final class Fifo extends Module {
  public Fifo(FifoConfig c) {
    param("D", c.depth());
    param("AF", c.almostFull());
    param("AE", c.almostEmpty());
    doc(c.depth() + "-word first-word-fall-through FIFO, WIDTH-bit words");
    Width width = widthParam("WIDTH", c.width()); // one module serves every data width

    Bool push = in("push", Bool());
    UInt inData = in("in_data", UInt(width));
    Bool pop = in("pop", Bool());
    Bool inReady = out("in_ready", Bool());
    Bool outValid = out("out_valid", Bool());
    UInt outData = out("out_data", UInt(width));
    Bool full = out("full", Bool());
    Bool empty = out("empty", Bool());
    Bool almostFull = out("almost_full", Bool());
    Bool almostEmpty = out("almost_empty", Bool());
    UInt count = out("count", UInt(c.countWidth()));

    Mem<UInt> storage = mem("storage", UInt(width), c.depth());
    UInt writePtr = reg("write_ptr", UInt(c.addressWidth())).init(0);
    UInt readPtr = reg("read_ptr", UInt(c.addressWidth())).init(0);
    UInt stored = reg("stored", UInt(c.countWidth())).init(0);

    Bool isFull = stored.eq(c.depth()).named("is_full");
    Bool isEmpty = stored.eq(0).named("is_empty");
    Bool doPush = push.and(isFull.not()).named("do_push");
    Bool doPop = pop.and(isEmpty.not()).named("do_pop");

    when(doPush, () -> {
      storage.write(writePtr, inData);
      writePtr.next(writePtr.plus(1));
    });
    when(doPop, () -> readPtr.next(readPtr.plus(1)));
    when(doPush.and(doPop.not()), () -> stored.next(stored.plus(1)))
        .elseWhen(doPop.and(doPush.not()), () -> stored.next(stored.minus(1)));

    full.drive(isFull);
    empty.drive(isEmpty);
    inReady.drive(isFull.not());
    outValid.drive(isEmpty.not());
    outData.drive(storage.read(readPtr));
    almostFull.drive(stored.ge(c.almostFull()));
    almostEmpty.drive(stored.le(c.almostEmpty()));
    count.drive(stored);
  }
}
