package plasticity.golden.eve;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import plasticity.golden.ClockedModel;
import plasticity.golden.neat.hardware.Alignment;
import plasticity.golden.neat.hardware.Breeder;
import plasticity.golden.neat.hardware.ChildSettings;
import plasticity.golden.neat.hardware.EveConfig;
import plasticity.golden.neat.hardware.GeneFormat;
import plasticity.golden.neat.hardware.GeneSink;
import plasticity.golden.prng.XorwowState;

/**
 * Cycle model of one EvE PE (docs/spec/eve.md, "PE pipeline"). What the PE computes comes from
 * the hardware operators: when the aligner issues a step, the model runs that step of a
 * {@link Breeder} at once and keeps the genes it reports; the step then travels S1, S2, S3 and
 * the add/merge stage spends one flush cycle per merged pending gene and one final cycle on it,
 * as the spec's stall rules say. Computing a step's genes early is exact because each piece of
 * per-child state lives in one stage and is used there in step order (maxKey is written in the
 * node phase and read in the connection phase; the deleted-node list likewise; the pending
 * buffer only by the add/merge stage).
 */
public final class EvePeModel implements ClockedModel<EvePeInputs, EvePeOutputs> {

    /** A queue word: the gene and its end mark. */
    private record Word(long gene, boolean last) {}

    /**
     * What a step (or END) does in the add/merge stage: its flush cycles deliver {@code flushes}
     * on the connection stream, then its final cycle delivers {@code node} and {@code conn}
     * (null: none).
     */
    private record Work(List<Long> flushes, Long node, Long conn, boolean end) {}

    /** Collects the genes one Breeder step reports. */
    private static final class StepGenes implements GeneSink {
        private final List<Long> flushes = new ArrayList<>();
        private Long node;
        private Long conn;

        @Override
        public void keptNode(long gene) {
            setNode(gene);
        }

        @Override
        public void newNode(long gene) {
            setNode(gene);
        }

        @Override
        public void mergedPending(long gene) {
            if (node != null || conn != null) {
                throw new IllegalStateException("a pending gene merged after the step's own genes");
            }
            flushes.add(gene);
        }

        @Override
        public void connection(long gene) {
            if (conn != null) {
                throw new IllegalStateException("a step made two connection genes");
            }
            conn = gene;
        }

        private void setNode(long gene) {
            if (node != null) {
                throw new IllegalStateException("a step made two node genes");
            }
            node = gene;
        }

        Work take(boolean end) {
            Work w = new Work(List.copyOf(flushes), node, conn, end);
            flushes.clear();
            node = null;
            conn = null;
            return w;
        }
    }

    private final EvePeConfig config;
    private final StepGenes stepGenes = new StepGenes();

    private final int[] registers = new int[EveRegisterMap.REGISTERS];
    private XorwowState prng;
    private boolean busy;
    private boolean ending;

    private final ArrayDeque<Word> queue1 = new ArrayDeque<>();
    private final ArrayDeque<Word> queue2 = new ArrayDeque<>();
    private boolean connPhase;
    private boolean ended1;
    private boolean ended2;
    private boolean endIssued;
    private Breeder breeder;

    private Work s1;
    private Work s2;
    private Work s3;
    private int s3Flushed;

    private boolean nodeValid;
    private long nodeGene;
    private boolean connValid;
    private long connGene;

    private EvePeModel(EvePeConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        // Undefined in hardware until the first reset; the reset state keeps the model deterministic.
        reset();
    }

    public static EvePeModel of(EvePeConfig config) {
        return new EvePeModel(config);
    }

    public EvePeConfig config() {
        return config;
    }

    @Override
    public EvePeOutputs step(EvePeInputs in) {
        Objects.requireNonNull(in, "inputs");
        boolean done = ending && !nodeValid && !connValid;
        EvePeOutputs out = new EvePeOutputs(!busy, queue1.size() < config.queueDepth(),
                queue2.size() < config.queueDepth(), nodeValid, nodeGene, connValid, connGene, done);
        if (in.rst()) {
            reset();
            return out;
        }
        boolean wasBusy = busy;
        Work finished = addMerge(in);
        boolean s3Final = finished != null;
        // The pipeline registers, oldest first: each takes its predecessor when it is empty or
        // moves on itself; the aligner may issue into S1 when S1 takes.
        boolean take3 = s3 == null || s3Final;
        boolean take2 = s2 == null || take3;
        boolean take1 = s1 == null || take2;
        if (take3) {
            s3 = s2;
            s3Flushed = 0;
        }
        if (take2) {
            s2 = s1;
        }
        boolean accept1 = queue1.size() < config.queueDepth() && in.p1Valid();
        boolean accept2 = queue2.size() < config.queueDepth() && in.p2Valid();
        Work issued = wasBusy && !endIssued ? align(take1) : null;
        if (take1) {
            s1 = issued;
        }
        if (accept1) {
            queue1.addLast(new Word(in.p1Gene(), in.p1Last()));
        }
        if (accept2) {
            queue2.addLast(new Word(in.p2Gene(), in.p2Last()));
        }
        if (done) {
            busy = false;
            ending = false;
        }
        if (s3Final && finished.end()) {
            ending = true; // END's final cycle: done once both output registers are empty
        }
        if (!wasBusy && in.cfgValid()) {
            write(in.cfgAddr(), in.cfgData());
        }
        return out;
    }

    /**
     * The add/merge stage on S3 this cycle, and the output registers: S3's step when this is
     * its final cycle, else null.
     */
    private Work addMerge(EvePeInputs in) {
        boolean nodeFree = !nodeValid || in.nodeReady();
        boolean connFree = !connValid || in.connReady();
        boolean nodeWritten = false;
        boolean connWritten = false;
        Work fin = null;
        if (s3 != null) {
            if (s3Flushed < s3.flushes().size()) {
                if (connFree) {
                    connGene = s3.flushes().get(s3Flushed++);
                    connWritten = true;
                }
            } else if ((s3.node() == null || nodeFree) && (s3.conn() == null || connFree)) {
                if (s3.node() != null) {
                    nodeGene = s3.node();
                    nodeWritten = true;
                }
                if (s3.conn() != null) {
                    connGene = s3.conn();
                    connWritten = true;
                }
                fin = s3;
            }
        }
        nodeValid = nodeWritten || nodeValid && !in.nodeReady();
        connValid = connWritten || connValid && !in.connReady();
        return fin;
    }

    /**
     * The aligner, from the queue heads at the start of the cycle: a phase change, the END
     * token, a step (run on the breeder), or nothing. Issues only when {@code s1Takes}.
     */
    private Work align(boolean s1Takes) {
        Word h1 = ended1 ? null : queue1.peekFirst();
        Word h2 = ended2 ? null : queue2.peekFirst();
        boolean has1 = h1 != null && (connPhase || !GeneFormat.isConnection(h1.gene()));
        boolean has2 = h2 != null && (connPhase || !GeneFormat.isConnection(h2.gene()));
        boolean done1 = ended1 || !connPhase && h1 != null && GeneFormat.isConnection(h1.gene());
        boolean done2 = ended2 || !connPhase && h2 != null && GeneFormat.isConnection(h2.gene());
        if (!(has1 || done1) || !(has2 || done2)) {
            return null; // a head is not known yet
        }
        if (done1 && done2) {
            if (!connPhase) {
                connPhase = true;
                return null;
            }
            if (!s1Takes) {
                return null;
            }
            endIssued = true;
            breeder.finish();
            return stepGenes.take(true);
        }
        if (!s1Takes) {
            return null;
        }
        long g1 = has1 ? h1.gene() : 0;
        long g2 = has2 ? h2.gene() : 0;
        Alignment a = Alignment.of(has1, g1, has2, g2);
        if (connPhase) {
            breeder.connectionStep(a, g1, g2);
        } else {
            breeder.nodeStep(a, g1, g2);
        }
        prng = prng.advance(4);
        if (a != Alignment.SECOND_ONLY) {
            ended1 = queue1.removeFirst().last();
        }
        if (a != Alignment.FIRST_ONLY) {
            ended2 = queue2.removeFirst().last();
        }
        return stepGenes.take(false);
    }

    /** A register write while idle; {@code START} begins a pass. */
    private void write(int address, int data) {
        if (address == EveRegisterMap.START) {
            start();
        } else if (address >= EveRegisterMap.PRNG_X && address < EveRegisterMap.PRNG_X + 5) {
            int[] w = {prng.x(), prng.y(), prng.z(), prng.w(), prng.v()};
            w[address - EveRegisterMap.PRNG_X] = data;
            prng = new XorwowState(w[0], w[1], w[2], w[3], w[4], prng.d());
        } else if (address < EveRegisterMap.REGISTERS) {
            registers[address] = data;
        }
    }

    private void start() {
        EveConfig c;
        ChildSettings child;
        try {
            c = EveRegisterMap.config(registers);
            child = EveRegisterMap.child(registers);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("START with registers that are no valid configuration: " + e.getMessage(), e);
        }
        prng = new XorwowState(prng.x(), prng.y(), prng.z(), prng.w(), prng.v(), XorwowState.CANONICAL_D);
        breeder = new Breeder(c, child, prng, stepGenes);
        busy = true;
        ending = false;
        connPhase = false;
        ended1 = false;
        ended2 = false;
        endIssued = false;
    }

    private void reset() {
        java.util.Arrays.fill(registers, 0);
        prng = new XorwowState(0, 0, 0, 0, 0, 0);
        busy = false;
        ending = false;
        queue1.clear();
        queue2.clear();
        connPhase = false;
        ended1 = false;
        ended2 = false;
        endIssued = false;
        breeder = null;
        s1 = null;
        s2 = null;
        s3 = null;
        s3Flushed = 0;
        nodeValid = false;
        nodeGene = 0;
        connValid = false;
        connGene = 0;
        stepGenes.take(false);
    }
}
