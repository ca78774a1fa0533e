package plasticity.golden.maeri.mapper;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import plasticity.golden.maeri.AcceleratorConfig;
import plasticity.golden.maeri.ArtCompiler;
import plasticity.golden.maeri.ArtEntry;
import plasticity.golden.maeri.DnKind;
import plasticity.golden.maeri.FabricConfig;
import plasticity.golden.maeri.HostWrite;
import plasticity.golden.maeri.MsControl;
import plasticity.golden.maeri.ProgramRow;

/**
 * The host side of the accelerator (docs/spec/maeri.md, "Accelerator", "Compiling a layer"): turns
 * a layer and its mapping into the images the host loads (weights, the zero-padded input, the
 * configuration table) and the program the tile controller replays: per pass the weight rows and
 * a CONFIG row, per step its ISSUE rows (a tree's distinct words one per row, as the layer runner
 * and the cost model count them), the drain lanes of each row moving finished sums from the
 * accumulation buffer into the output banks, and idle rows only where a drain must wait.
 */
public final class ProgramCompiler {

    private ProgramCompiler() {
    }

    /**
     * A compiled layer.
     *
     * @param rows         the program, END last
     * @param entries      the configuration table
     * @param weights      the weight buffer image: the layer's weights {@code [k][c][r][s]}
     * @param inputs       the input buffer image: the zero-padded input {@code [c][x+2P][y+2P]}
     * @param outputs      the output buffer entries the layer fills: addresses 0 .. outputs - 1
     * @param addresses    where each output {@code [k][x'][y']} is: {@code addresses[o]}, a permutation
     *                     of 0 .. outputs - 1 the compiler chose ("Output placement")
     * @param waves        valid waves into the ART: a step's last ISSUE row (priming steps make none)
     * @param fillers      ISSUE rows that only carry drains (waiting for a sum or a free slot)
     */
    public record Program(List<ProgramRow> rows, List<ArtEntry> entries, long[] weights, long[] inputs,
            int outputs, int[] addresses, long waves, long fillers) {

        /**
         * Every host write that loads the program, in order: weights, inputs, entries, rows (wide
         * entries and rows as their chunks, "Host port").
         */
        public List<HostWrite> loads(AcceleratorConfig config) {
            int n = config.fabric().n();
            List<HostWrite> writes = new ArrayList<>();
            for (int i = 0; i < weights.length; i++) {
                writes.add(new HostWrite.Weight(i, weights[i]));
            }
            for (int i = 0; i < inputs.length; i++) {
                writes.add(new HostWrite.Input(i, inputs[i]));
            }
            for (int i = 0; i < entries.size(); i++) {
                writes.addAll(HostWrite.chunked(new HostWrite.Config(i, entries.get(i)), entries.get(i).encode(),
                        ArtEntry.width(n)));
            }
            for (int i = 0; i < rows.size(); i++) {
                writes.addAll(HostWrite.chunked(new HostWrite.Program(i, rows.get(i)), rows.get(i).encode(config),
                        ProgramRow.width(config)));
            }
            return writes;
        }
    }

    /** The mapper's fabric for an accelerator's fabric. */
    public static Fabric fabricOf(FabricConfig f) {
        return new Fabric(f.n(), f.dnBw(), f.rnBw(), f.w(), f.acc(), f.dnPipe());
    }

    /** A program and the memories it was compiled for. */
    public record Sized(AcceleratorConfig config, Program program) {
    }

    /**
     * Compiles {@code layer} for memories sized to it, each the smallest power of two that holds
     * what the program needs there (at least 2). The output buffer keeps at least two rows a bank,
     * so that it has the banks and drain lanes of unbounded memories: the rows compiled for those
     * are then the rows for these (a row is encoded, to these memories' field widths, only when
     * {@link Program#loads} writes it).
     */
    public static Sized compileSized(FabricConfig fabric, Layer layer, Mapping mapping, long[] inputs,
            long[] weights) {
        int big = 1 << 20;
        AcceleratorConfig unbounded = new AcceleratorConfig(fabric, big, big, big, big, big);
        Program program = compile(unbounded, layer, mapping, inputs, weights);
        AcceleratorConfig sized = new AcceleratorConfig(fabric, depth(program.weights().length),
                depth(program.inputs().length), Math.max(depth(program.outputs()), 2 * unbounded.outputBanks()),
                depth(program.rows().size()), depth(program.entries().size()));
        return new Sized(sized, program);
    }

    /** The smallest power of two, at least 2, that is at least {@code need}. */
    private static int depth(long need) {
        int d = 2;
        while (d < need) {
            d <<= 1;
        }
        return d;
    }

    /**
     * Compiles {@code layer} with {@code mapping} for {@code config}; {@code inputs} {@code [c][x][y]}
     * and {@code weights} {@code [k][c][r][s]} become the buffer images.
     *
     * @throws IllegalArgumentException when a memory is too small, naming it and what it needs
     */
    public static Program compile(AcceleratorConfig config, Layer layer, Mapping mapping, long[] inputs,
            long[] weights) {
        Fabric fabric = fabricOf(config.fabric());
        ConvShape shape = layer.shape();
        if (inputs.length != shape.c() * shape.x() * shape.y() || weights.length != shape.k() * shape.fanIn()) {
            throw new IllegalArgumentException("the layer needs " + (shape.c() * shape.x() * shape.y())
                    + " inputs and " + ((long) shape.k() * shape.fanIn()) + " weights, got "
                    + inputs.length + " and " + weights.length);
        }
        Taps taps = Taps.of(layer);
        Mapper.check(fabric, taps);
        Chunking ch = Chunking.of(fabric, taps, mapping);
        Mapper.checkFits(fabric, ch, mapping);
        long padded = (long) shape.c() * shape.xp() * shape.yp();
        long outputs = (long) shape.k() * shape.xo() * shape.yo();
        fits("weight buffer", weights.length, config.weightDepth(), "weights");
        // A mapping with idle leaves (slots, alignment) clears them with a zero word: the
        // padding's first word when the layer has padding, else one zero word after the input
        // ("Slots").
        boolean zeroAfter = mapping.mayIdle() && shape.pad() == 0;
        fits("input buffer", padded + (zeroAfter ? 1 : 0), config.inputDepth(), "zero-padded inputs");
        fits("output buffer", outputs, config.outputDepth(), "outputs");
        long[] image = shape.padded(inputs, zeroAfter ? 1 : 0);
        var emit = new Emitter(config, fabric, shape, mapping, ch, (int) outputs, zeroAfter ? (int) padded : 0);
        PassLayout.forEachPass(ch, mapping, fabric.n(), emit::pass);
        emit.finish();
        fits("program memory", emit.rows.size(), config.programDepth(), "rows");
        fits("configuration table", emit.entries.size(), config.configDepth(), "entries");
        return new Program(List.copyOf(emit.rows), List.copyOf(emit.entries.keySet()), weights.clone(), image,
                (int) outputs, emit.address.clone(), emit.waves, emit.fillers);
    }

    private static void fits(String memory, long need, int depth, String what) {
        if (need > depth) {
            throw new IllegalArgumentException("the layer does not fit the " + memory + ": it needs "
                    + need + " " + what + ", the " + memory + " holds " + depth
                    + " (a larger depth, a smaller layer or another mapping)");
        }
    }

    /** One step as rows: per row the roots' words and the MS controls. */
    private record StepRows(List<ProgramRow.RootWord[]> roots, List<MsControl[]> ctl) {
    }

    /**
     * Writes the rows of every pass: each wave's sums go to a slot of the accumulation buffer, and
     * drain lanes of later ISSUE rows move them out once they are finished.
     */
    private static final class Emitter {
        /**
         * A drain not yet on a row: its entry (-1: none, write 0), its output (-1: take only), the
         * first row that may carry it.
         */
        private record Pending(int entry, int output, long readyAt) {
        }

        final AcceleratorConfig config;
        final Fabric fabric;
        final ConvShape shape;
        final Mapping m;
        final Chunking ch;
        final int n;
        final int lanes;
        final List<ProgramRow> rows = new ArrayList<>();
        final Map<ArtEntry, Integer> entries = new LinkedHashMap<>();
        final Map<List<Integer>, ArtEntry> compiled = new HashMap<>();
        final boolean[] written;
        /** Drains in the order their waves were issued (so by readyAt). */
        final List<Pending> pending = new LinkedList<>();
        /** Per accumulation-buffer entry, whether a drain of it is pending. */
        final boolean[] busy;
        /** An input buffer address that holds zero: the idle leaves' word. */
        final int zeroAddress;
        /** Per output, its output buffer address once its first drain placed it, else -1. */
        final int[] address;
        /** Per output bank, its addresses below the layer's output count not yet given out. */
        final List<LinkedList<Integer>> freeAddresses = new ArrayList<>();
        /** ISSUE rows emitted: each is consumed in exactly one advancing cycle. */
        long issued;
        long waves;
        long fillers;

        Emitter(AcceleratorConfig config, Fabric fabric, ConvShape shape, Mapping m, Chunking ch, int outputs,
                int zeroAddress) {
            this.zeroAddress = zeroAddress;
            this.config = config;
            this.fabric = fabric;
            this.shape = shape;
            this.m = m;
            this.ch = ch;
            n = fabric.n();
            lanes = config.drainLanes();
            written = new boolean[outputs];
            busy = new boolean[config.fabric().accDepth()];
            address = new int[outputs];
            Arrays.fill(address, -1);
            for (int b = 0; b < config.outputBanks(); b++) {
                freeAddresses.add(new LinkedList<>());
            }
            for (int a = 0; a < outputs; a++) {
                freeAddresses.get(config.outputBank(a)).add(a);
            }
        }

        void pass(int[] chunks) {
            PassLayout p = new PassLayout(ch, m, chunks);
            PassPlan plan = new PassPlan(fabric, shape, m, p);
            ArtEntry entry = compiled.computeIfAbsent(p.vnSizes(),
                    sizes -> ArtEntry.of(ArtCompiler.compile(n, sizes)));
            int index = entries.computeIfAbsent(entry, e -> entries.size());
            int vns = p.vns();
            int slots = busy.length / vns; // G: the accumulation buffer holds G waves of this pass
            boolean rowsAxis = m.axis() == Mapping.Axis.ROWS;
            int groupsOfRows = rowsAxis ? (int) PassPlan.ceil(shape.xo(), m.replicas()) : shape.xo();
            int steps = rowsAxis ? shape.yo() : (int) PassPlan.ceil(shape.yo(), m.replicas());

            // Weights: each tree's distinct weights, one per row. They make no wave, so they may
            // follow the last wave of the previous pass at once, while it leaves the ART; the
            // CONFIG after them waits for that.
            for (ProgramRow.RootWord[] words : rowsOfWords(p.leafWeight, p.withTaps(), DnKind.WEIGHT).roots()) {
                emit(words, idleCtl(), 0, false);
            }
            if (p.hasIdle()) {
                // Idle leaves fire once on a zero word (their ctl is DN in every row): their
                // products stay 0 for the pass, since they never fire again.
                long[] zero = new long[p.leaves];
                Arrays.fill(zero, zeroAddress);
                emit(rowsOfWords(zero, p.leafIdle, DnKind.ACTIVATION).roots().get(0), idleCtl(), 0, false);
            }
            rows.add(new ProgramRow.Configure(index));

            int slot = 0;
            boolean[] fwdValid = new boolean[n + 1];
            PassPlan.Row open = null; // the row kind whose chains ran up to the last row emitted
            for (int g = 0; g < groupsOfRows; g++) {
                PassPlan.Row row = rowsAxis && g >= plan.fullRows ? plan.partial : plan.full;
                int t0 = 0;
                while (t0 < steps) {
                    // A segment: in link mode its priming steps, then steps while each finds its
                    // slot free at its row (an idle row would end the links' one-cycle validity).
                    boolean waited = false;
                    if (row.links) {
                        while (busy(slot * vns, vns)) {
                            filler();
                            waited = true;
                        }
                    }
                    // A row that follows its kind's previous row at once carries its chains on
                    // ("Carried chains"); after a cut or a filler they are primed from scratch.
                    int carry = t0 == 0 && !waited ? row.carryAfter(open) : 0;
                    if (carry == 0) {
                        fwdValid = new boolean[n + 1];
                    }
                    open = null;
                    int t = row.links ? t0 - row.priming + carry : t0;
                    for (; t < steps; t++) {
                        StepFeed feed = new StepFeed(shape, m, p, row, g, t, t0, fwdValid);
                        StepRows sr = step(p, feed, fwdValid);
                        int last = sr.roots().size() - 1;
                        for (int j = 0; j < last; j++) {
                            emit(sr.roots().get(j), sr.ctl().get(j), 0, false);
                        }
                        if (t < t0) {
                            emit(sr.roots().get(last), sr.ctl().get(last), 0, false);
                            continue;
                        }
                        // Only a real step's last row makes a wave: its sums are complete.
                        if (!wave(sr.roots().get(last), sr.ctl().get(last), slot * vns, vns, !row.links)) {
                            break; // link mode: the segment ends, the next one primes again from t
                        }
                        collect(feed, slot * vns);
                        slot = (slot + 1) % slots;
                        if (!row.links) {
                            t++;
                            break;
                        }
                    }
                    t0 = t;
                }
                open = row; // the row's last segment ran to its last step
            }
        }

        /**
         * The wave row of a step, its slot {@code [base, base + vns)} free by then: until it is, its
         * drains go out on idle rows ({@code mayWait}) or the row is not emitted (false).
         */
        private boolean wave(ProgramRow.RootWord[] words, MsControl[] ctl, int base, int vns, boolean mayWait) {
            List<ProgramRow.DrainLane> drains = place();
            while (busy(base, vns)) {
                rows.add(issue(idleWords(), idleCtl(), 0, false, drains));
                issued++;
                fillers++;
                if (!mayWait) {
                    return false;
                }
                drains = place();
            }
            rows.add(issue(words, ctl, base, true, drains));
            issued++;
            waves++;
            return true;
        }

        /**
         * The drains of one wave (issued in the last row): every VN's entry is taken once its sum is
         * due (Q advances after the wave's row, so from the (Q+1)-th row after it; a row whose sum
         * the bus still holds waits for it), and an active VN's sum goes to its output.
         */
        private void collect(StepFeed feed, int base) {
            long readyAt = issued + config.quietAdvances();
            for (int v = 0; v < feed.vnOutput.length; v++) {
                pending.add(new Pending(base + v, feed.vnOutput[v], readyAt));
                busy[base + v] = true;
            }
        }

        private boolean busy(int base, int vns) {
            for (int e = base; e < base + vns; e++) {
                if (busy[e]) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The drain lanes of the next ISSUE row: finished drains in order, each in the next free
         * lane, at most one per output bank; drains that only take an entry fill the lanes left. An
         * output's first drain places it: in the bank not yet written by this row that has the most
         * addresses left ("Output placement"), so that the outputs of one wave, which the waves of
         * later folds drain together again, sit in different banks.
         */
        private List<ProgramRow.DrainLane> place() {
            ProgramRow.DrainLane[] lane = new ProgramRow.DrainLane[lanes];
            Arrays.fill(lane, ProgramRow.DrainLane.IDLE);
            boolean[] bankWritten = new boolean[config.outputBanks()];
            int free = lanes;
            List<Pending> takeOnly = new ArrayList<>();
            for (var it = pending.iterator(); it.hasNext() && free > 0;) {
                Pending d = it.next();
                if (d.readyAt() > issued) {
                    break;
                }
                if (d.output() < 0) {
                    takeOnly.add(d);
                    continue;
                }
                int bank = address[d.output()] >= 0 ? config.outputBank(address[d.output()])
                        : roomiestFreeBank(bankWritten);
                if (bank < 0 || bankWritten[bank]) {
                    continue;
                }
                if (address[d.output()] < 0) {
                    address[d.output()] = freeAddresses.get(bank).removeFirst();
                }
                bankWritten[bank] = true;
                lane[lanes - free] = new ProgramRow.DrainLane(d.entry() >= 0, true, written[d.output()],
                        Math.max(0, d.entry()), config.outputRow(address[d.output()]), bank);
                written[d.output()] = true;
                if (d.entry() >= 0) {
                    busy[d.entry()] = false;
                }
                free--;
                it.remove();
            }
            for (int j = lanes - free; j < lanes && !takeOnly.isEmpty(); j++) {
                Pending d = takeOnly.remove(0);
                lane[j] = new ProgramRow.DrainLane(true, false, false, d.entry(), 0, 0);
                busy[d.entry()] = false;
                pending.remove(d);
            }
            return Arrays.asList(lane);
        }

        /** The bank not yet written by this row with the most addresses left, or -1. */
        private int roomiestFreeBank(boolean[] bankWritten) {
            int best = -1;
            for (int j = 0; j < bankWritten.length; j++) {
                if (!bankWritten[j] && !freeAddresses.get(j).isEmpty()
                        && (best < 0 || freeAddresses.get(j).size() > freeAddresses.get(best).size())) {
                    best = j;
                }
            }
            return best;
        }

        private void emit(ProgramRow.RootWord[] words, MsControl[] ctl, int base, boolean wave) {
            rows.add(issue(words, ctl, base, wave, place()));
            issued++;
        }

        /** An ISSUE row that sends nothing and only carries drains. */
        private void filler() {
            emit(idleWords(), idleCtl(), 0, false);
            fillers++;
        }

        void finish() {
            while (!pending.isEmpty()) {
                filler();
            }
            // Outputs no kept weight reaches (a fully pruned filter): a lane that takes no entry
            // writes 0.
            for (int at = 0; at < written.length; at++) {
                if (!written[at]) {
                    pending.add(new Pending(-1, at, issued));
                }
            }
            while (!pending.isEmpty()) {
                filler();
            }
            rows.add(new ProgramRow.End());
        }

        /**
         * The rows of a step (a priming step of its segment when it is before the segment's
         * start), firing the leaves {@code feed} names, as the layer runner does. {@code fwdValid}
         * is the MS link state, updated as the step's sends leave it.
         */
        private StepRows step(PassLayout p, StepFeed feed, boolean[] fwdValid) {
            StepRows sr = rowsOfWords(feed.words, feed.fromDn, DnKind.ACTIVATION);
            // Leaves fed by the DN fire in their word's row; linked ones in the step's only row.
            int[] rowOf = wordRows(feed.words, feed.fromDn);
            for (int i = 0; i < p.leaves; i++) {
                if (feed.fired(i)) {
                    sr.ctl().get(feed.fromDn[i] ? rowOf[i] : 0)[i] = new MsControl(feed.fromLink[i], feed.sends(i));
                }
            }
            feed.advance(fwdValid);
            return sr;
        }

        /** Per tree, each distinct word in order of its first leaf; row j carries word j of each tree. */
        private StepRows rowsOfWords(long[] keys, boolean[] fed, DnKind kind) {
            int size = fabric.treeSize();
            List<ProgramRow.RootWord[]> roots = new ArrayList<>();
            List<MsControl[]> ctl = new ArrayList<>();
            for (int tree = 0; tree < fabric.dnBw(); tree++) {
                Map<Long, BigInteger> masks = new LinkedHashMap<>();
                for (int i = tree * size; i < Math.min(keys.length, (tree + 1) * size); i++) {
                    if (fed[i]) {
                        masks.merge(keys[i], BigInteger.ONE.shiftLeft(i - tree * size), BigInteger::or);
                    }
                }
                int j = 0;
                for (var word : masks.entrySet()) {
                    while (roots.size() <= j) {
                        roots.add(idleWords());
                        ctl.add(idleCtl());
                    }
                    roots.get(j)[tree] = new ProgramRow.RootWord(true, kind, word.getValue(),
                            (int) (long) word.getKey());
                    j++;
                }
            }
            if (roots.isEmpty()) {
                roots.add(idleWords());
                ctl.add(idleCtl());
            }
            return new StepRows(roots, ctl);
        }

        /** The row each DN-fed leaf's word goes out in (its word's rank in its tree). */
        private int[] wordRows(long[] keys, boolean[] fed) {
            int size = fabric.treeSize();
            int[] rowOf = new int[keys.length];
            for (int tree = 0; tree < fabric.dnBw(); tree++) {
                Map<Long, Integer> rank = new HashMap<>();
                for (int i = tree * size; i < Math.min(keys.length, (tree + 1) * size); i++) {
                    if (fed[i]) {
                        rowOf[i] = rank.computeIfAbsent(keys[i], k -> rank.size());
                    }
                }
            }
            return rowOf;
        }

        private MsControl[] idleCtl() {
            MsControl[] ctl = new MsControl[n];
            Arrays.fill(ctl, MsControl.DN);
            return ctl;
        }

        private ProgramRow.RootWord[] idleWords() {
            ProgramRow.RootWord[] idle = new ProgramRow.RootWord[fabric.dnBw()];
            Arrays.fill(idle, ProgramRow.RootWord.IDLE);
            return idle;
        }

        private static ProgramRow.Issue issue(ProgramRow.RootWord[] words, MsControl[] ctl, int base, boolean wave,
                List<ProgramRow.DrainLane> drains) {
            return new ProgramRow.Issue(Arrays.asList(words), Arrays.asList(ctl), base, wave, drains);
        }
    }
}
