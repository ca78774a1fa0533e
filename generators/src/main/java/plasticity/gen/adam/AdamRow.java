package plasticity.gen.adam;

import plasticity.hdl.Bool;
import plasticity.hdl.Module;
import plasticity.hdl.UInt;
import plasticity.hdl.Vec;

/**
 * One row of ADAM's PE array: COLS {@link MacPe}s sharing the decoded host write, each selected
 * when the row is and its column matches (or the cast ignores the column); the row's quiet (all
 * PEs) and error bits (any PE), and the read port of the PE in column {@code col}.
 */
public final class AdamRow extends Module {
  public final Bool rowHit;
  public final Bool anyCol;
  public final UInt col;
  final MacPe.WriteBus wr;
  public final Bool quiet;
  public final UInt errors;
  public final UInt readValue;
  public final UInt readStatus;

  public AdamRow(AdamConfig c) {
    param("C", c.cols());
    param("L", c.linkDepth());
    param("N", c.nodeDepth());
    param("V", c.valueDepth());
    param("ACC", c.acc());
    doc("ADAM PE row: " + c.cols() + " PEs");
    rowHit = in("row_hit", Bool());
    anyCol = in("any_col", Bool());
    col = in("col", UInt(AdamWords.ADDR_SIDE_BITS));
    wr = flippedPort("wr", f -> new MacPe.WriteBus(f, c));
    quiet = out("quiet", Bool());
    errors = out("errors", UInt(3));
    readValue = out("read_value", UInt(16));
    readStatus = out("read_status", UInt(5));

    Vec<UInt> values = wireVec("pe_value", c.cols(), UInt(16));
    Vec<UInt> statuses = wireVec("pe_status", c.cols(), UInt(5));
    Bool allQuiet = True();
    UInt anyErrors = U(0, 3);
    for (int i = 0; i < c.cols(); i++) {
      MacPe pe = instance("pe_" + i, new MacPe(c));
      pe.sel.drive(rowHit.and(anyCol.or(col.eq(i))));
      pe.wr.driveFrom(wr);
      values.get(i).drive(pe.readValue);
      statuses.get(i).drive(pe.status);
      allQuiet = allQuiet.and(pe.quiet);
      anyErrors = anyErrors.or(pe.errors);
    }
    quiet.drive(allQuiet);
    errors.drive(anyErrors);
    // A column beyond the row reads the last PE; the engine returns 0 for it.
    readValue.drive(values.read(col));
    readStatus.drive(statuses.read(col));
  }
}
