package plasticity.golden.maeri.mapper;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * configuration table) and the program the tile controller replays: per pass a CONFIG row, the
 * weight rows, per step its ISSUE rows (a tree's distinct words one per row, as the layer runner
 * and the cost model count them), and DRAIN rows that move each group of waves' sums from the
 * accumulation buffer into the output buffer.
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
     * @param outputs      the output buffer entries the layer fills, {@code [k][x'][y']}
     * @param waves        valid waves into the ART: a step's last ISSUE row (priming steps make none)
     * @param groups       groups of waves drained between two quiet points
     */
    public record Program(List<ProgramRow> rows, List<ArtEntry> entries, long[] weights, long[] inputs,
            int outputs, long waves, long groups) {

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
        Chunking ch = new Chunking(taps, mapping.granule(), mapping.vnMax());
        Mapper.checkFits(fabric, ch, mapping);
        long padded = (long) shape.c() * shape.xp() * shape.yp();
        long outputs = (long) shape.k() * shape.xo() * shape.yo();
        fits("weight buffer", weights.length, config.weightDepth(), "weights");
        fits("input buffer", padded, config.inputDepth(), "zero-padded inputs");
        fits("output buffer", outputs, config.outputDepth(), "outputs");
        long[] image = new long[(int) padded];
        for (int c = 0; c < shape.c(); c++) {
            for (int r = 0; r < shape.xp(); r++) {
                for (int s = 0; s < shape.yp(); s++) {
                    int at = shape.inputIndex(c, r, s);
                    image[(c * shape.xp() + r) * shape.yp() + s] = at < 0 ? 0 : inputs[at];
                }
            }
        }
        var emit = new Emitter(config, fabric, shape, mapping, ch, (int) outputs);
        PassLayout.forEachPass(ch, mapping, fabric.n(), emit::pass);
        emit.finish();
        fits("program memory", emit.rows.size(), config.programDepth(), "rows");
        fits("configuration table", emit.entries.size(), config.configDepth(), "entries");
        return new Program(List.copyOf(emit.rows), List.copyOf(emit.entries.keySet()), weights.clone(), image,
                (int) outputs, emit.waves, emit.groups);
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

    /** Writes the rows of every pass, grouping waves by the accumulation-buffer slots they use. */
    private static final class Emitter {
        final AcceleratorConfig config;
        final Fabric fabric;
        final ConvShape shape;
        final Mapping m;
        final Chunking ch;
        final int n;
        final List<ProgramRow> rows = new ArrayList<>();
        final Map<ArtEntry, Integer> entries = new LinkedHashMap<>();
        final Map<List<Integer>, ArtEntry> compiled = new HashMap<>();
        final boolean[] written;
        /** The drains of the open group: (entry, output) pairs. */
        final List<int[]> pending = new ArrayList<>();
        int slotsUsed;
        long waves;
        long groups;

        Emitter(AcceleratorConfig config, Fabric fabric, ConvShape shape, Mapping m, Chunking ch, int outputs) {
            this.config = config;
            this.fabric = fabric;
            this.shape = shape;
            this.m = m;
            this.ch = ch;
            n = fabric.n();
            written = new boolean[outputs];
        }

        void pass(int[] chunks) {
            PassLayout p = new PassLayout(ch, m, chunks);
            PassPlan plan = new PassPlan(fabric, shape, m, p);
            ArtEntry entry = compiled.computeIfAbsent(p.vnSizes(),
                    sizes -> ArtEntry.of(ArtCompiler.compile(n, sizes)));
            int index = entries.computeIfAbsent(entry, e -> entries.size());
            flush();
            rows.add(new ProgramRow.Configure(index));
            int vns = p.vns();
            int slots = n / vns;
            boolean rowsAxis = m.axis() == Mapping.Axis.ROWS;
            int groupsOfRows = rowsAxis ? (int) PassPlan.ceil(shape.xo(), m.replicas()) : shape.xo();
            int steps = rowsAxis ? shape.yo() : (int) PassPlan.ceil(shape.yo(), m.replicas());

            // Weights: each tree's distinct weights, one per row.
            long[] keys = new long[p.leaves];
            boolean[] fed = new boolean[p.leaves];
            for (int i = 0; i < p.leaves; i++) {
                keys[i] = (long) p.leafFilter[i] * shape.fanIn() + p.leafTap[i];
                fed[i] = true;
            }
            for (ProgramRow.RootWord[] words : rowsOfWords(keys, fed, DnKind.WEIGHT).roots()) {
                rows.add(issue(words, idleCtl(), 0, false));
            }

            for (int g = 0; g < groupsOfRows; g++) {
                PassPlan.Row row = rowsAxis && g >= plan.fullRows ? plan.partial : plan.full;
                int t0 = 0;
                while (t0 < steps) {
                    if (slotsUsed == slots) {
                        flush();
                    }
                    int count = row.links ? Math.min(slots - slotsUsed, steps - t0) : 1;
                    boolean[] fwdValid = new boolean[n + 1];
                    for (int t = row.links ? t0 - row.priming : t0; t < t0 + count; t++) {
                        StepRows sr = step(p, row, g, t, t0, fwdValid);
                        // Only a real step's last row makes a wave: its sums are complete.
                        for (int j = 0; j < sr.roots().size(); j++) {
                            boolean wave = j == sr.roots().size() - 1 && t >= t0;
                            rows.add(issue(sr.roots().get(j), sr.ctl().get(j), wave ? slotsUsed * vns : 0, wave));
                            waves += wave ? 1 : 0;
                        }
                        if (t >= t0) {
                            collect(p, g, t, slotsUsed * vns);
                            slotsUsed++;
                        }
                    }
                    t0 += count;
                }
            }
        }

        /** The drains of one real wave: every active VN's sum, entry base + VN, to its output. */
        private void collect(PassLayout p, int g, int t, int base) {
            boolean rowsAxis = m.axis() == Mapping.Axis.ROWS;
            for (int v = 0; v < p.vns(); v++) {
                int xo = rowsAxis ? g * m.replicas() + p.vnRep[v] : g;
                int yo = rowsAxis ? t : t * m.replicas() + p.vnRep[v];
                if (xo < shape.xo() && yo < shape.yo()) {
                    pending.add(new int[] {base + v, shape.outputIndex(p.vnFilter[v], xo, yo)});
                }
            }
        }

        /** Drains the open group: after it the accumulation buffer is clear and every slot free. */
        private void flush() {
            slotsUsed = 0;
            if (pending.isEmpty()) {
                return; // every real step has an active VN, so only an empty group has no sums
            }
            groups++;
            for (int j = 0; j < pending.size(); j++) {
                int[] d = pending.get(j);
                rows.add(new ProgramRow.Drain(d[0], d[1], written[d[1]], j == pending.size() - 1));
                written[d[1]] = true;
            }
            pending.clear();
        }

        void finish() {
            flush();
            // Outputs no kept weight reaches (a fully pruned filter): store the cleared entry 0.
            for (int at = 0; at < written.length; at++) {
                if (!written[at]) {
                    rows.add(new ProgramRow.Drain(0, at, false, false));
                }
            }
            rows.add(new ProgramRow.End());
        }

        /**
         * The rows of step t of row group g (t < t0: a priming step of the segment starting at
         * t0), as the layer runner fires the leaves. {@code fwdValid} is the
         * MS link state, updated as the step's sends leave it.
         */
        private StepRows step(PassLayout p, PassPlan.Row row, int g, int t, int t0, boolean[] fwdValid) {
            boolean rowsAxis = m.axis() == Mapping.Axis.ROWS;
            boolean[] vnActive = new boolean[p.vns()];
            for (int v = 0; v < p.vns(); v++) {
                int xo = rowsAxis ? g * m.replicas() + p.vnRep[v] : g;
                int yo = rowsAxis ? t : t * m.replicas() + p.vnRep[v];
                vnActive[v] = t >= t0 && xo < shape.xo() && yo < shape.yo();
            }
            long[] words = new long[p.leaves];
            boolean[] fromDn = new boolean[p.leaves];
            boolean[] fromLink = new boolean[p.leaves];
            for (int i = 0; i < p.leaves; i++) {
                boolean receives = row.links && row.linked[i];
                boolean linkValid = fwdValid[i + 1];
                if (t < t0) {
                    fromDn[i] = !receives && row.members[i] >= t0 - t && p.leafRep[i] < row.activeReps;
                    fromLink[i] = receives && linkValid;
                } else if (vnActive[p.leafVn[i]]) {
                    if (receives && !linkValid) {
                        throw new IllegalStateException("leaf " + i + " is to take its activation from leaf "
                                + (i + 1) + ", which did not send one the step before");
                    }
                    fromDn[i] = !receives;
                    fromLink[i] = receives;
                }
                if (fromDn[i]) {
                    int xo = rowsAxis ? g * m.replicas() + p.leafRep[i] : g;
                    int yo = rowsAxis ? t : t * m.replicas() + p.leafRep[i];
                    int tap = p.leafTap[i];
                    int prow = xo * shape.stride() + shape.tapR(tap);
                    int pcol = yo * shape.stride() + shape.tapS(tap);
                    words[i] = ((long) shape.tapC(tap) * shape.xp() + prow) * shape.yp() + pcol;
                }
            }
            StepRows sr = rowsOfWords(words, fromDn, DnKind.ACTIVATION);
            // Leaves fed by the DN fire in their word's row; linked ones in the step's only row.
            int[] rowOf = wordRows(words, fromDn);
            for (int i = 0; i < p.leaves; i++) {
                boolean fired = fromDn[i] || fromLink[i];
                if (!fired) {
                    continue;
                }
                int j = fromDn[i] ? rowOf[i] : 0;
                boolean send = i > 0 && row.links && row.linked[i - 1];
                sr.ctl().get(j)[i] = new MsControl(fromLink[i], send);
            }
            for (int i = 1; i < p.leaves; i++) {
                fwdValid[i] = (fromDn[i] || fromLink[i]) && row.links && row.linked[i - 1];
            }
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
                        ProgramRow.RootWord[] idle = new ProgramRow.RootWord[fabric.dnBw()];
                        Arrays.fill(idle, ProgramRow.RootWord.IDLE);
                        roots.add(idle);
                        ctl.add(idleCtl());
                    }
                    roots.get(j)[tree] = new ProgramRow.RootWord(true, kind, word.getValue(),
                            (int) (long) word.getKey());
                    j++;
                }
            }
            if (roots.isEmpty()) {
                ProgramRow.RootWord[] idle = new ProgramRow.RootWord[fabric.dnBw()];
                Arrays.fill(idle, ProgramRow.RootWord.IDLE);
                roots.add(idle);
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

        private ProgramRow.Issue issue(ProgramRow.RootWord[] words, MsControl[] ctl, int base, boolean wave) {
            return new ProgramRow.Issue(Arrays.asList(words), Arrays.asList(ctl), base, wave);
        }
    }
}
