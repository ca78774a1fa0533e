package plasticity.tb.designs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import plasticity.gen.Designs;
import plasticity.golden.maeri.AcceleratorConfig;
import plasticity.golden.maeri.AcceleratorInputs;
import plasticity.golden.maeri.AcceleratorModel;
import plasticity.golden.maeri.AcceleratorOutputs;
import plasticity.golden.maeri.HostWrite;
import plasticity.golden.maeri.ProgramRow;
import plasticity.golden.maeri.mapper.HostSession;
import plasticity.golden.maeri.mapper.ProgramCompiler;
import plasticity.hdl.GeneratedDesign;
import plasticity.tb.RtlDut;
import plasticity.tb.Simulation;
import plasticity.tb.TagVerilator;
import plasticity.tb.Tools;
import plasticity.tb.Verdict;
import plasticity.tb.verilator.VerilatorSettings;

/**
 * The accelerator's memories are SRAMs read one cycle ahead (docs/spec/maeri.md, "Memories and
 * parameters"); these host sessions reach the cases a compiled program and {@code HostSession} do
 * not: every drain lane j that writes adds into row 0 of bank (j + seed) mod B (outputs 0..B-1), so
 * drains of one entry follow each other through the lane-to-bank crossbar and the host reads that
 * entry while they do; and rows 1 and 0 are written
 * in the cycle before start and the cycle of start (seeds 4, 5: row 0's buffer word in the cycle of
 * start instead). The RTL must still equal {@code AcceleratorModel} every cycle.
 */
@TagVerilator
class AcceleratorMemoriesTest {
  @TempDir Path root;

  private static final Map<String, String> SETTINGS = Map.ofEntries(Map.entry("N", "8"), Map.entry("W", "8"),
      Map.entry("ACC", "32"), Map.entry("BUFW", "32"), Map.entry("dnBw", "2"), Map.entry("dnPipe", "1"),
      Map.entry("rnBw", "2"), Map.entry("rnPipe", "1"), Map.entry("WDEPTH", "64"), Map.entry("IDEPTH", "64"),
      Map.entry("ODEPTH", "64"), Map.entry("PDEPTH", "256"), Map.entry("CDEPTH", "4"));

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void drainsIntoOneEntryAndRowsWrittenAtStartMatchTheModel(long seed) {
    Tools.require("verilator");
    GeneratedDesign d = Designs.byName("maeri").generate(SETTINGS);
    AcceleratorConfig config = AcceleratorBench.config(d.configuration());
    ProgramCompiler.Program compiled = AcceleratorBench.randomJob(config, new SplittableRandom(seed), seed).program();
    List<ProgramRow> rows = new ArrayList<>();
    boolean[] stored = new boolean[config.outputBanks()];
    for (ProgramRow r : compiled.rows()) {
      if (r instanceof ProgramRow.Issue x) {
        List<ProgramRow.DrainLane> lanes = new ArrayList<>();
        for (int j = 0; j < x.drains().size(); j++) {
          ProgramRow.DrainLane l = x.drains().get(j);
          if (l.write()) {
            int bank = (int) ((j + seed) % config.outputBanks()); // through the crossbar, not bank j
            lanes.add(new ProgramRow.DrainLane(l.valid(), true, stored[bank], l.entry(), 0, bank));
            stored[bank] = true;
          } else {
            lanes.add(l);
          }
        }
        rows.add(new ProgramRow.Issue(x.roots(), x.ctl(), x.base(), x.wave(), lanes));
      } else {
        rows.add(r);
      }
    }
    ProgramCompiler.Program program = new ProgramCompiler.Program(rows, compiled.entries(), compiled.weights(),
        compiled.inputs(), compiled.outputs(), compiled.addresses(), compiled.waves(), compiled.fillers());
    HostSession.Result session = session(config, program, seed > 3);
    assertTrue(session.inputs().get(session.startCycle()).write() != null, "a write in the start cycle");
    var trace = AcceleratorBench.hostTrace(d, config, session, seed);
    Path dir = root.resolve("seed-" + seed);
    Verdict verdict = Simulation.run(RtlDut.write(d, dir.resolve("rtl")), VerilatorSettings.defaults(),
        trace.write(dir.resolve("session.trace")), Optional.empty());
    assertTrue(verdict.passed(), verdict.toString());
  }

  /**
   * A program whose row has two writing drain lanes naming one output bank (the compiler never
   * makes one): the controller stops with bad at that row, as the model does, and writes nothing.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2})
  void twoLanesNamingOneBankStopWithBadAsTheModelDoes(long seed) {
    Tools.require("verilator");
    GeneratedDesign d = Designs.byName("maeri").generate(SETTINGS);
    AcceleratorConfig config = AcceleratorBench.config(d.configuration());
    ProgramCompiler.Program compiled = AcceleratorBench.randomJob(config, new SplittableRandom(seed), seed).program();
    List<ProgramRow> rows = new ArrayList<>(compiled.rows());
    int at = -1;
    for (int i = 0; i < rows.size() && at < 0; i++) {
      if (rows.get(i) instanceof ProgramRow.Issue x && x.drains().get(0).write()) {
        ProgramRow.DrainLane first = x.drains().get(0);
        List<ProgramRow.DrainLane> lanes = new ArrayList<>(x.drains());
        lanes.set(1, new ProgramRow.DrainLane(false, true, false, 0, first.row() ^ 1, first.bank()));
        rows.set(i, new ProgramRow.Issue(x.roots(), x.ctl(), x.base(), x.wave(), lanes));
        at = i;
      }
    }
    assertTrue(at > 0, "a row with a writing drain lane");
    ProgramCompiler.Program program = new ProgramCompiler.Program(rows, compiled.entries(), compiled.weights(),
        compiled.inputs(), compiled.outputs(), compiled.addresses(), compiled.waves(), compiled.fillers());
    HostSession.Result session = HostSession.run(new AcceleratorModel(config), program, 5_000_000);
    assertTrue(session.bad(), "the model stops with bad");
    var trace = AcceleratorBench.hostTrace(d, config, session, seed);
    Path dir = root.resolve("clash-" + seed);
    Verdict verdict = Simulation.run(RtlDut.write(d, dir.resolve("rtl")), VerilatorSettings.defaults(),
        trace.write(dir.resolve("session.trace")), Optional.empty());
    assertTrue(verdict.passed(), verdict.toString());
  }

  /**
   * Reset; the loads with rows 0 and 1 moved last, row 0's committing write in the start cycle (with
   * {@code bufferLast}, the buffer word row 0's last valid root sends comes after it, in the start
   * cycle instead); run with rd_addr 0; read back outputs 0..3.
   */
  private static HostSession.Result session(AcceleratorConfig config, ProgramCompiler.Program program,
      boolean bufferLast) {
    List<HostWrite> loads = new ArrayList<>();
    List<HostWrite> row1 = new ArrayList<>();
    List<HostWrite> row0 = new ArrayList<>();
    for (HostWrite w : program.loads(config)) {
      int addr = w.addr();
      boolean programRow = w instanceof HostWrite.Program || w instanceof HostWrite.Stage s && s.program();
      (programRow && addr == 0 ? row0 : programRow && addr == 1 ? row1 : loads).add(w);
    }
    loads.addAll(row1);
    loads.addAll(row0);
    if (bufferLast && program.rows().get(0) instanceof ProgramRow.Issue first) {
      for (ProgramRow.RootWord root : first.roots()) {
        if (root.valid()) {
          boolean weight = root.kind() == plasticity.golden.maeri.DnKind.WEIGHT;
          HostWrite word = loads.stream().filter(w -> weight ? w instanceof HostWrite.Weight x && x.addr() == root.addr()
              : w instanceof HostWrite.Input y && y.addr() == root.addr()).findFirst().orElseThrow();
          loads.remove(word);
          loads.add(word);
        }
      }
      assertTrue(loads.get(loads.size() - 1) instanceof HostWrite.Weight
          || loads.get(loads.size() - 1) instanceof HostWrite.Input, "a buffer write in the start cycle");
    }
    AcceleratorModel model = new AcceleratorModel(config);
    List<AcceleratorInputs> ins = new ArrayList<>();
    List<AcceleratorOutputs> outs = new ArrayList<>();
    ins.add(new AcceleratorInputs(true, false, null, 0));
    for (int i = 0; i < loads.size(); i++) {
      ins.add(new AcceleratorInputs(false, i == loads.size() - 1, loads.get(i), 0));
    }
    int start = ins.size() - 1;
    for (AcceleratorInputs in : ins) {
      outs.add(model.step(in));
    }
    while (!outs.get(outs.size() - 1).done()) {
      assertTrue(outs.size() < 200_000, "the run does not end");
      ins.add(AcceleratorInputs.IDLE);
      outs.add(model.step(AcceleratorInputs.IDLE));
    }
    for (int at = 0; at < 4; at++) {
      AcceleratorInputs in = new AcceleratorInputs(false, false, null, at);
      ins.add(in);
      outs.add(model.step(in));
    }
    AcceleratorOutputs last = outs.get(outs.size() - 1);
    return new HostSession.Result(new long[0], ins.size() - start, last.bad(), ins, outs, start);
  }
}
