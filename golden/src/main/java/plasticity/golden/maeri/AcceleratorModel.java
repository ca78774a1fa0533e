package plasticity.golden.maeri;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import plasticity.golden.ClockedModel;
import plasticity.golden.bits.Bits;

/**
 * Cycle model of the MAERI accelerator (docs/spec/maeri.md, "Accelerator"): the fabric
 * ({@link FabricModel}), the weight, input and output buffers, the configuration table, the
 * program memory and the tile controller that replays the program.
 *
 * <p>The controller acts on the program row at its row counter (the memories are read
 * combinationally) and moves to the next row when the row is consumed. An ISSUE row is consumed in
 * a cycle the fabric is ready, and its drain lanes then move accumulation-buffer entries into the
 * output banks; a CONFIG row only once the fabric is quiet (no wave for
 * {@link AcceleratorConfig#quietAdvances()} advancing cycles), which is what keeps the ART
 * configuration from changing while a wave is inside. The program places each drain where its
 * sum is finished ("Drain lanes").
 */
public final class AcceleratorModel implements ClockedModel<AcceleratorInputs, AcceleratorOutputs> {

    /** The row counter past the program memory's last row. */
    private static final ProgramRow PAST_END = new ProgramRow.End();

    private final AcceleratorConfig config;
    private final FabricConfig fabricConfig;
    private final FabricModel fabric;
    private final long[] weights;
    private final long[] inputs;
    private final long[] outputs;
    private final ArtEntry[] configs;
    /** Which entries the host wrote since the last reset (the RTL keeps a valid bit each). */
    private final boolean[] configWritten;
    private final ProgramRow[] program;
    private final ProgramRow idleIssue;
    private final ArtEntry idleEntry;
    private final int[] laneAge;
    private final int quiet;
    private final int dnLatency;

    private boolean running;
    private boolean done;
    private boolean bad;
    private int pc;
    private ArtEntry entry;
    private boolean configured;
    /** The ISSUE rows of the last R advances (idle where none was consumed), oldest first. */
    private final ArrayDeque<ProgramRow.Issue> ctlDelay = new ArrayDeque<>();
    /** basePipe[j]: the slot base of the row consumed j advances ago (0 for an idle cycle). */
    private final int[] basePipe;
    private int sinceWave;
    private long rdData;
    private long cycles;
    private long startCycle;
    private long doneCycle = -1;

    public AcceleratorModel(AcceleratorConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        fabricConfig = config.fabric();
        fabric = new FabricModel(fabricConfig);
        weights = new long[config.weightDepth()];
        inputs = new long[config.inputDepth()];
        outputs = new long[config.outputDepth()];
        configs = new ArtEntry[config.configDepth()];
        configWritten = new boolean[config.configDepth()];
        program = new ProgramRow[config.programDepth()];
        int n = fabricConfig.n();
        idleIssue = new ProgramRow.Issue(Collections.nCopies(fabricConfig.dnBw(), ProgramRow.RootWord.IDLE),
                Collections.nCopies(n, MsControl.DN), 0, false,
                Collections.nCopies(config.drainLanes(), ProgramRow.DrainLane.IDLE));
        idleEntry = new ArtEntry(new ArtConfig(new VnLayout(n, List.of(1)),
                Collections.nCopies(n - 1, AdderSwitchConfig.IDLE)), new int[CollectionLanes.count(n)]);
        entry = idleEntry;
        dnLatency = fabricConfig.frontEnd().dnLatency();
        quiet = config.quietAdvances();
        laneAge = new int[fabricConfig.lanes()];
        var topology = new ArtTopology(n);
        for (int k = 0; k < laneAge.length; k++) {
            int level = k < n - 1 ? 31 - Integer.numberOfLeadingZeros(k + 1) : topology.leafLevel();
            laneAge[k] = dnLatency + 1 + fabricConfig.artLatency(level);
        }
        basePipe = new int[quiet + 1];
        resetController();
    }

    public AcceleratorConfig config() {
        return config;
    }

    /** The fabric inside, for its activity counters. */
    public FabricModel fabric() {
        return fabric;
    }

    /** The cycles from the last start to done (-1 while not done). */
    public long runCycles() {
        return doneCycle < 0 ? -1 : doneCycle - startCycle;
    }

    private void resetController() {
        running = false;
        pc = 0;
        entry = idleEntry;
        configured = false;
        ctlDelay.clear();
        for (int i = 0; i < dnLatency; i++) {
            ctlDelay.add((ProgramRow.Issue) idleIssue);
        }
        Arrays.fill(basePipe, 0);
        sinceWave = quiet;
    }

    @Override
    public AcceleratorOutputs step(AcceleratorInputs in) {
        Objects.requireNonNull(in, "inputs");
        AcceleratorOutputs out = new AcceleratorOutputs(running, done, bad, rdData);
        long cycle = cycles++;
        if (in.rst()) {
            fabric.step(fabricInputs(true, (ProgramRow.Issue) idleIssue, false));
            resetController();
            done = false;
            bad = false;
            rdData = 0;
            Arrays.fill(configWritten, false);
            return out;
        }
        int rdAddr = in.rdAddr() & (config.outputDepth() - 1);
        long nextRd = outputs[rdAddr];
        boolean starting = !running && in.start();
        if (!running) {
            hostWrite(in.write());
        }

        ProgramRow row = running ? (pc < program.length ? rowAt(pc) : PAST_END) : null;
        if (row == PAST_END) {
            stop(true, cycle);
            row = null;
        } else if (row instanceof ProgramRow.Issue i && i.wave() && !configured) {
            stop(true, cycle); // a wave before any CONFIG: the ART would lose its products
            row = null;
        } else if (row instanceof ProgramRow.Configure c && !configWritten[c.index() & (configs.length - 1)]) {
            stop(true, cycle); // a CONFIG row naming an entry the host never wrote
            row = null;
        } else if (row instanceof ProgramRow.Issue i && bankClash(i)) {
            stop(true, cycle); // two writing drain lanes name one output bank: a bank takes one write a cycle
            row = null;
        }
        boolean isQuiet = sinceWave >= quiet;
        ProgramRow.Issue issue = row instanceof ProgramRow.Issue i ? i : (ProgramRow.Issue) idleIssue;
        // An ISSUE row waits, sending nothing, until every entry its drain lanes take holds its sum.
        boolean arrived = arrived(issue);
        FabricOutputs fo = fabric.step(fabricInputs(false, arrived ? issue : (ProgramRow.Issue) idleIssue, starting));

        boolean consumed = false;
        boolean issued = false;
        if (row instanceof ProgramRow.Issue) {
            consumed = arrived && fo.ready();
            issued = consumed;
            if (issued) {
                drain(issue, fo);
            }
        } else if (row instanceof ProgramRow.Configure c) {
            if (isQuiet) {
                entry = configs[c.index() & (configs.length - 1)];
                configured = true;
                consumed = true;
            }
        } else if (row instanceof ProgramRow.End) {
            stop(false, cycle);
        }
        if (fo.ready()) {
            if (dnLatency > 0) {
                ctlDelay.removeFirst();
                ctlDelay.addLast(issued ? issue : (ProgramRow.Issue) idleIssue);
            }
            System.arraycopy(basePipe, 1, basePipe, 2, basePipe.length - 2);
            basePipe[1] = issued ? issue.base() : 0;
            sinceWave = issued && issue.wave() ? 0 : Math.min(quiet, sinceWave + 1);
        }
        if (running && consumed) {
            pc++;
        }
        if (starting) {
            resetController();
            running = true;
            done = false;
            bad = false;
            startCycle = cycle;
            doneCycle = -1;
        }
        rdData = nextRd;
        return out;
    }

    private ProgramRow rowAt(int at) {
        // A row the host never wrote reads as all zeros: an ISSUE row that sends nothing.
        return program[at] == null ? idleIssue : program[at];
    }

    private void stop(boolean isBad, long cycle) {
        running = false;
        done = true;
        bad = isBad;
        doneCycle = cycle + 1; // done shows from the next cycle
    }

    /** Whether every entry the row's drain lanes take holds its sum (its wave's result has arrived). */
    private boolean arrived(ProgramRow.Issue issue) {
        for (ProgramRow.DrainLane d : issue.drains()) {
            if (d.valid() && !fabric.entryWritten(d.entry() & (fabricConfig.accDepth() - 1))) {
                return false;
            }
        }
        return true;
    }

    /** Whether two drain lanes of the row that write name the same output bank. */
    private boolean bankClash(ProgramRow.Issue issue) {
        boolean[] named = new boolean[config.outputBanks()];
        for (ProgramRow.DrainLane d : issue.drains()) {
            if (d.write()) {
                int bank = d.bank() & (config.outputBanks() - 1);
                if (named[bank]) {
                    return true;
                }
                named[bank] = true;
            }
        }
        return false;
    }

    /**
     * Drain lane j of a consumed ISSUE row: with write, its output bank at its row gets the entry
     * it takes (read this cycle; 0 for a lane that takes none), stored or added.
     */
    private void drain(ProgramRow.Issue issue, FabricOutputs fo) {
        for (int j = 0; j < issue.drains().size(); j++) {
            ProgramRow.DrainLane d = issue.drains().get(j);
            if (d.write()) {
                int at = config.outputAddr(d.bank() & (config.outputBanks() - 1),
                        d.row() & ((1 << config.outputRowBits()) - 1));
                long base = d.add() ? outputs[at] : 0;
                outputs[at] = Bits.signExtend(base + (d.valid() ? fo.accData(j) : 0), fabricConfig.bufW());
            }
        }
    }

    private FabricInputs fabricInputs(boolean rst, ProgramRow.Issue issue, boolean clear) {
        int s = fabricConfig.n() / fabricConfig.dnBw();
        List<DnWord> roots = new ArrayList<>(fabricConfig.dnBw());
        for (ProgramRow.RootWord word : issue.roots()) {
            if (!word.valid()) {
                roots.add(DnWord.IDLE);
                continue;
            }
            long[] buffer = word.kind() == DnKind.WEIGHT ? weights : inputs;
            long data = buffer[word.addr() & (buffer.length - 1)];
            if (word.mask().bitLength() > s) {
                throw new IllegalStateException("an ISSUE row's mask " + word.mask().toString(2)
                        + " has bits beyond the " + s + " MSs of a tree");
            }
            roots.add(new DnWord(true, word.kind(), data, word.mask()));
        }
        // The controls, and the wave bit with them, meet their words R advances later.
        ProgramRow.Issue atMs = dnLatency == 0 ? issue : ctlDelay.peekFirst();
        int[] tags = new int[laneAge.length];
        int[] laneVn = entry.laneVn();
        for (int k = 0; k < tags.length; k++) {
            tags[k] = (laneVn[k] + basePipe[laneAge[k]]) & (fabricConfig.accDepth() - 1);
        }
        // Drain lane j reads (and takes, when the row is consumed) through the fabric's read port j.
        int[] accAddr = new int[fabricConfig.rnBw()];
        boolean[] accTake = new boolean[fabricConfig.rnBw()];
        for (int j = 0; j < issue.drains().size(); j++) {
            accAddr[j] = issue.drains().get(j).entry() & (fabricConfig.accDepth() - 1);
            accTake[j] = issue.drains().get(j).valid();
        }
        return new FabricInputs(rst, roots, atMs.ctl(), atMs.wave(), entry.art(), tags, clear, accAddr, accTake);
    }

    private void hostWrite(HostWrite write) {
        if (write == null) {
            return;
        }
        if (write instanceof HostWrite.Weight w) {
            weights[w.addr() & (weights.length - 1)] = Bits.signExtend(w.value(), fabricConfig.w());
        } else if (write instanceof HostWrite.Input i) {
            inputs[i.addr() & (inputs.length - 1)] = Bits.signExtend(i.value(), fabricConfig.w());
        } else if (write instanceof HostWrite.Config c) {
            if (c.entry().art().layout().n() != fabricConfig.n()) {
                throw new IllegalArgumentException("a configuration entry for N = "
                        + c.entry().art().layout().n() + " on an accelerator of N = " + fabricConfig.n());
            }
            configs[c.addr() & (configs.length - 1)] = c.entry();
            configWritten[c.addr() & (configs.length - 1)] = true;
        } else if (write instanceof HostWrite.Program p) {
            program[p.addr() & (program.length - 1)] = p.row();
        }
    }
}
