package plasticity.hdl;

/**
 * The behavioural model of an SRAM macro: one write port, one read port with the data
 * registered (one cycle of latency), no reset. Its Verilog module is named after the macro, so
 * an ASIC or FPGA flow replaces that one file with the vendor's model. Ports:
 * {@code we, waddr, wdata, re, raddr, rdata}.
 */
final class SramMacro<T extends Data> extends Module {
  final Bool we;
  final UInt waddr;
  final T wdata;
  final Bool re;
  final UInt raddr;
  final T rdata;

  SramMacro(String macroName, HwType<T> word, int depth) {
    moduleName(macroName);
    doc(depth + " x " + word + " SRAM, 1 write + 1 registered read port: behavioural model, "
        + "replace with the vendor's macro");
    Mem<T> storage = mem("storage", word, depth);
    int aw = storage.addressWidth();
    we = in("we", Bool());
    waddr = in("waddr", UInt(aw));
    wdata = in("wdata", word);
    re = in("re", Bool());
    raddr = in("raddr", UInt(aw));
    rdata = out("rdata", word);
    when(we, () -> storage.write(waddr, wdata));
    T q = reg("q", word);
    when(re, () -> q.next(storage.read(raddr)));
    rdata.drive(q);
  }
}
