package plasticity.golden.eve;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import plasticity.golden.neat.hardware.ChildSettings;
import plasticity.golden.neat.hardware.EveConfig;
import plasticity.golden.prng.SplitMix64;

/**
 * A host and two consumers around an {@link EvePeModel}, cycle by cycle, for tests and the
 * RTL regression: it programs each pass through the configuration port (the registers in a
 * random order, {@code START} last, the run configuration only when it changed, after a reset,
 * or at random), streams both parents with random pauses (the next pass's genes may enter the
 * queues before its {@code START}), takes the child streams with random back-pressure, and
 * collects each child as delivered. A mid-run reset, when enabled, loses the pass in progress:
 * the host programs it again and streams its parents from their first gene.
 */
public final class EvePeDriver {

    /**
     * One child to breed: the registers it needs and its parents' gene streams; the PRNG words
     * written are {@code SplitMix64.xorwowState(seed)}.
     */
    public record Pass(EveConfig config, ChildSettings child, long[] parent1, long[] parent2) {
        public Pass {
            parent1 = parent1.clone();
            parent2 = parent2.clone();
            if (parent1.length == 0 || parent2.length == 0) {
                throw new IllegalArgumentException("a parent stream holds at least its output nodes");
            }
        }
    }

    /**
     * Probabilities per cycle: a parent offers its next gene, a consumer is ready, the host
     * offers its next register write, a reset (0 for none after the first cycles). An offer,
     * once made, is held until taken.
     */
    public record Pace(double parent1, double parent2, double nodeReady, double connReady, double cfg, double reset) {
        /** Everything as fast as it can go: the PE's own throughput. */
        public static final Pace FULL = new Pace(1, 1, 1, 1, 1, 0);

        /** Random paces, from always to rarely, so that every stall happens. */
        public static Pace random(SplittableRandom r, boolean resets) {
            return new Pace(rate(r), rate(r), rate(r), rate(r), rate(r), resets && r.nextInt(3) == 0 ? 0.003 : 0);
        }

        private static double rate(SplittableRandom r) {
            return switch (r.nextInt(4)) {
                case 0 -> 1.0;
                case 1 -> 0.9;
                case 2 -> 0.5;
                default -> 0.2 + 0.8 * r.nextDouble();
            };
        }
    }

    /** Hears every cycle: its inputs and the model's outputs. */
    public interface Listener {
        void cycle(EvePeInputs in, EvePeOutputs out);
    }

    /**
     * @param children each completed pass's child, node genes then connection genes, in pass order
     * @param cycles   cycles run, the two reset cycles at the start included
     */
    public record Run(List<long[]> children, int cycles) {}

    /** Cycles without any pass completing after which the run is declared stuck. */
    static final int PATIENCE = 100_000;

    private final EvePeModel model;
    private final SplittableRandom random;
    private final Pace pace;

    public EvePeDriver(EvePeModel model, SplittableRandom random, Pace pace) {
        this.model = model;
        this.random = random;
        this.pace = pace;
    }

    /** Breeds every pass; each cycle goes to {@code listener}. */
    public Run run(List<Pass> passes, Listener listener) {
        List<long[]> children = new ArrayList<>();
        int cycle = 0;
        int pass = 0;
        // Stream positions are in the concatenation of every pass's parent, from the pass in progress.
        List<Long> nodes = new ArrayList<>();
        List<Long> conns = new ArrayList<>();
        ArrayDeque<EveRegisterMap.Write> writes = new ArrayDeque<>();
        int programmed = -1; // the last pass whose writes were queued
        EveConfig configured = null;
        int[] position = new int[2];
        boolean[] offering = new boolean[2];
        boolean cfgOffering = false;
        int quiet = 0;
        long[][] streams = null;
        int streamsFrom = -1;
        while (pass < passes.size()) {
            boolean rst = cycle < 2 || pace.reset() > 0 && random.nextDouble() < pace.reset();
            // The next pass is programmed once the previous START is taken: its writes wait
            // (cfg_ready low) until the PE is idle.
            if (!rst && writes.isEmpty() && programmed < passes.size() - 1 && programmed <= pass) {
                programmed++;
                Pass p = passes.get(programmed);
                boolean fullConfig = configured == null || !configured.equals(p.config()) || random.nextInt(4) == 0;
                writes.addAll(program(p, fullConfig));
                configured = p.config();
            }
            EveRegisterMap.Write w = writes.peekFirst();
            boolean cfgValid = !rst && w != null && (cfgOffering || random.nextDouble() < pace.cfg());
            if (streamsFrom != pass) {
                streams = new long[][] {stream(passes, pass, 0), stream(passes, pass, 1)};
                streamsFrom = pass;
            }
            boolean[] valid = new boolean[2];
            long[] gene = new long[2];
            boolean[] last = new boolean[2];
            double[] rates = {pace.parent1(), pace.parent2()};
            for (int i = 0; i < 2; i++) {
                valid[i] = !rst && position[i] < streams[i].length && (offering[i] || random.nextDouble() < rates[i]);
                gene[i] = valid[i] ? streams[i][position[i]] : random.nextLong();
                last[i] = valid[i] ? isLast(passes, pass, i, position[i]) : random.nextBoolean();
            }
            EvePeInputs in = new EvePeInputs(rst, cfgValid, cfgValid ? w.address() : random.nextInt(32),
                    cfgValid ? w.data() : random.nextInt(), valid[0], gene[0], last[0], valid[1], gene[1], last[1],
                    random.nextDouble() < pace.nodeReady(), random.nextDouble() < pace.connReady());
            EvePeOutputs out = model.step(in);
            listener.cycle(in, out);
            cycle++;
            quiet++;
            if (rst) {
                // The pass in progress is lost: program it again, stream its parents from the start.
                writes.clear();
                programmed = pass - 1;
                configured = null;
                position[0] = 0;
                position[1] = 0;
                offering[0] = false;
                offering[1] = false;
                cfgOffering = false;
                nodes.clear();
                conns.clear();
                continue;
            }
            cfgOffering = cfgValid && !out.cfgReady();
            if (cfgValid && out.cfgReady()) {
                writes.removeFirst();
            }
            boolean[] ready = {out.p1Ready(), out.p2Ready()};
            for (int i = 0; i < 2; i++) {
                offering[i] = valid[i] && !ready[i];
                if (valid[i] && ready[i]) {
                    position[i]++;
                }
            }
            if (out.nodeValid() && in.nodeReady()) {
                nodes.add(out.nodeGene());
            }
            if (out.connValid() && in.connReady()) {
                conns.add(out.connGene());
            }
            if (out.done()) {
                long[] child = new long[nodes.size() + conns.size()];
                for (int i = 0; i < nodes.size(); i++) {
                    child[i] = nodes.get(i);
                }
                for (int i = 0; i < conns.size(); i++) {
                    child[nodes.size() + i] = conns.get(i);
                }
                children.add(child);
                nodes.clear();
                conns.clear();
                position[0] -= passes.get(pass).parent1().length;
                position[1] -= passes.get(pass).parent2().length;
                pass++;
                quiet = 0;
            }
            if (quiet > PATIENCE) {
                throw new IllegalStateException("EvE PE model: no child completed in " + PATIENCE + " cycles (pass "
                        + pass + ", cycle " + cycle + ")");
            }
        }
        return new Run(children, cycle);
    }

    /** The writes of one pass in a random order, {@code START} last. */
    private List<EveRegisterMap.Write> program(Pass p, boolean fullConfig) {
        List<EveRegisterMap.Write> w = new ArrayList<>();
        if (fullConfig) {
            w.addAll(EveRegisterMap.configWrites(p.config()));
        }
        w.addAll(EveRegisterMap.childWrites(p.child(), SplitMix64.xorwowState(Integer.toUnsignedLong(p.child().seed()))));
        Collections.shuffle(w, new java.util.Random(random.nextLong()));
        w.add(new EveRegisterMap.Write(EveRegisterMap.START, random.nextInt()));
        return w;
    }

    /** Parent i's genes from the start of pass {@code from} on. */
    private static long[] stream(List<Pass> passes, int from, int parent) {
        int n = 0;
        for (int k = from; k < passes.size(); k++) {
            n += genes(passes.get(k), parent).length;
        }
        long[] s = new long[n];
        int at = 0;
        for (int k = from; k < passes.size(); k++) {
            long[] g = genes(passes.get(k), parent);
            System.arraycopy(g, 0, s, at, g.length);
            at += g.length;
        }
        return s;
    }

    private static boolean isLast(List<Pass> passes, int from, int parent, int position) {
        int at = 0;
        for (int k = from; k < passes.size(); k++) {
            at += genes(passes.get(k), parent).length;
            if (position == at - 1) {
                return true;
            }
            if (position < at) {
                return false;
            }
        }
        return false;
    }

    private static long[] genes(Pass p, int parent) {
        return parent == 0 ? p.parent1() : p.parent2();
    }
}
