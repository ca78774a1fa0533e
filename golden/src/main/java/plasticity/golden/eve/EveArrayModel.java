package plasticity.golden.eve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import plasticity.golden.neat.hardware.EveConfig;
import plasticity.golden.prng.SplitMix64;

/**
 * Cycle model of the EvE array (docs/spec/eve.md, "Array"): the banked SRAM with its two
 * regions and their directories, and a generation bred in waves of up to P children, each wave
 * FETCH (each entry written to its PE), LOAD (parents multicast one word a cycle), START, BREED (on {@link EvePeModel}s) and
 * DRAIN (children written one word a cycle). The host writes words and directory entries
 * directly (it owns the SRAM between generations); {@link #generation} runs one from its
 * {@code START} to done or an error, cycle by cycle.
 */
public final class EveArrayModel {

    /** The phases of a generation, in order. */
    public enum Phase { CONFIG, FETCH, LOAD, START, BREED, DRAIN }

    /** One word the array wrote: in cycle {@code cycle} after START (0 = the first), at {@code address}. */
    public record Write(int cycle, int address, long word) {}

    /**
     * What a generation did.
     *
     * @param cycles     cycles from the one after START through the last cycle of work (the
     *                   last DRAIN cycle, or the cycle an error was found)
     * @param error      NONE, or what stopped it
     * @param errorEntry the schedule index of the offending entry (0 when none)
     * @param writes     every SRAM word written, in order
     * @param phaseCycles cycles spent in each phase, indexed by {@link Phase#ordinal()}
     */
    public record Generation(int cycles, ArrayError error, int errorEntry, List<Write> writes, int[] phaseCycles) {
        /** The status register after it: [1] done, [2] error, [7:4] code, [15:8] entry. */
        public int status() {
            return error == ArrayError.NONE ? 0b10 : 0b110 | error.code() << 4 | (errorEntry & 0xFF) << 8;
        }
    }

    /** FETCH's cycles per entry: the PE's writes CHILD .. PRNG_V, in address order. */
    static final int FETCH_CYCLES = EveRegisterMap.START - EveRegisterMap.CHILD;
    /** The run configuration's registers 0..13, written once a generation. */
    static final int CONFIG_CYCLES = EveRegisterMap.CHILD;

    private final EveArrayConfig config;
    private final long[] sram;
    private final DirectoryEntry[][] directory = new DirectoryEntry[2][256];

    public EveArrayModel(EveArrayConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.sram = new long[config.words()];
        for (DirectoryEntry[] d : directory) {
            Arrays.fill(d, DirectoryEntry.EMPTY);
        }
    }

    public EveArrayConfig config() {
        return config;
    }

    /** The host writes a word (between generations). */
    public void writeWord(int address, long word) {
        sram[checkAddress(address)] = word;
    }

    public long word(int address) {
        return sram[checkAddress(address)];
    }

    /** Bank and row of an address: interleaved, bank = address mod BANKS. */
    public int bank(int address) {
        return checkAddress(address) % config.banks();
    }

    public int row(int address) {
        return checkAddress(address) / config.banks();
    }

    public void writeDirectory(int region, int id, DirectoryEntry e) {
        directory[region][id] = Objects.requireNonNull(e, "entry");
    }

    public DirectoryEntry directory(int region, int id) {
        return directory[region][id];
    }

    /** A genome's stream as stored in a region. */
    public long[] genome(int region, int id) {
        DirectoryEntry e = directory[region][id];
        long[] g = new long[e.length()];
        for (int j = 0; j < g.length; j++) {
            g[j] = sram[region * config.regionWords() + e.base() + j];
        }
        return g;
    }

    private int checkAddress(int address) {
        if (address < 0 || address >= sram.length) {
            throw new IllegalArgumentException("SRAM address " + address + " outside 0.." + (sram.length - 1));
        }
        return address;
    }

    /**
     * Breeds one generation: parents in region {@code parentRegion} (ids 0..parentCount-1 of its
     * directory), children into the other region, whose directory entries of the children's
     * genome ids are rewritten (the others are cleared at START).
     */
    public Generation generation(EveConfig run, List<ScheduleEntry> schedule, int parentCount, int parentRegion) {
        if (schedule.isEmpty() || schedule.size() > 256) {
            throw new IllegalArgumentException("a schedule holds 1..256 entries, not " + schedule.size());
        }
        int childRegion = 1 - parentRegion;
        Arrays.fill(directory[childRegion], DirectoryEntry.EMPTY);
        int p = config.pes();
        EvePeModel[] pes = new EvePeModel[p];
        for (int i = 0; i < p; i++) {
            pes[i] = EvePeModel.of(config.peConfig());
            pes[i].step(EvePeInputs.reset());
        }
        List<Write> writes = new ArrayList<>();
        int[] phaseCycles = new int[Phase.values().length];
        int[] cycle = {0};
        // CONFIG: registers 0..13 to every PE at once.
        List<EveRegisterMap.Write> cfg = EveRegisterMap.configWrites(run);
        for (EveRegisterMap.Write w : cfg) {
            for (EvePeModel pe : pes) {
                pe.step(write(w.address(), w.data()));
            }
            cycle[0]++;
            phaseCycles[Phase.CONFIG.ordinal()]++;
        }
        int allocated = 0;
        for (int first = 0; first < schedule.size(); first += p) {
            int n = Math.min(p, schedule.size() - first);
            // FETCH: entry i is checked in its first cycle and written to PE i, a register a cycle.
            for (int i = 0; i < n; i++) {
                ScheduleEntry e = schedule.get(first + i);
                ArrayError err = check(e, parentCount, parentRegion);
                if (err != ArrayError.NONE) {
                    cycle[0]++;
                    phaseCycles[Phase.FETCH.ordinal()]++;
                    return new Generation(cycle[0], err, first + i, writes, phaseCycles);
                }
                List<EveRegisterMap.Write> w = new ArrayList<>(EveRegisterMap.childWrites(e.child(),
                        SplitMix64.xorwowState(Integer.toUnsignedLong(e.child().seed()))));
                w.sort((a, b) -> Integer.compare(a.address(), b.address()));
                for (EveRegisterMap.Write x : w) {
                    pes[i].step(write(x.address(), x.data()));
                    cycle[0]++;
                    phaseCycles[Phase.FETCH.ordinal()]++;
                }
            }
            // LOAD: each distinct parent once, ascending id; word t read in cycle t, delivered in t + 1.
            TreeSet<Integer> used = new TreeSet<>();
            for (int i = 0; i < n; i++) {
                used.add(schedule.get(first + i).parent1());
                used.add(schedule.get(first + i).parent2());
            }
            long[][] buf1 = new long[n][];
            long[][] buf2 = new long[n][];
            int loadWords = 0;
            for (int g : used) {
                long[] genes = genome(parentRegion, g);
                loadWords += genes.length;
                for (int i = 0; i < n; i++) {
                    ScheduleEntry e = schedule.get(first + i);
                    if (e.parent1() == g) {
                        buf1[i] = genes;
                    }
                    if (e.parent2() == g) {
                        buf2[i] = genes;
                    }
                }
            }
            cycle[0] += loadWords + 1;
            phaseCycles[Phase.LOAD.ordinal()] += loadWords + 1;
            // START: every PE of the wave in one cycle.
            for (int i = 0; i < n; i++) {
                pes[i].step(write(EveRegisterMap.START, 0));
            }
            cycle[0]++;
            phaseCycles[Phase.START.ordinal()]++;
            // BREED: parents from the buffers, children into the buffers, until the last done.
            int[] pos1 = new int[n];
            int[] pos2 = new int[n];
            List<List<Long>> nodes = new ArrayList<>();
            List<List<Long>> conns = new ArrayList<>();
            boolean[] done = new boolean[n];
            for (int i = 0; i < n; i++) {
                nodes.add(new ArrayList<>());
                conns.add(new ArrayList<>());
            }
            int remaining = n;
            while (remaining > 0) {
                cycle[0]++;
                phaseCycles[Phase.BREED.ordinal()]++;
                for (int i = 0; i < n; i++) {
                    boolean v1 = pos1[i] < buf1[i].length;
                    boolean v2 = pos2[i] < buf2[i].length;
                    EvePeOutputs out = pes[i].step(new EvePeInputs(false, false, 0, 0,
                            v1, v1 ? buf1[i][pos1[i]] : 0, v1 && pos1[i] == buf1[i].length - 1,
                            v2, v2 ? buf2[i][pos2[i]] : 0, v2 && pos2[i] == buf2[i].length - 1, true, true));
                    if (v1 && out.p1Ready()) {
                        pos1[i]++;
                    }
                    if (v2 && out.p2Ready()) {
                        pos2[i]++;
                    }
                    boolean overflow = false;
                    if (out.nodeValid()) {
                        overflow |= nodes.get(i).size() == config.maxGenome();
                        nodes.get(i).add(out.nodeGene());
                    }
                    if (out.connValid()) {
                        overflow |= conns.get(i).size() == config.maxGenome();
                        conns.get(i).add(out.connGene());
                    }
                    if (overflow) {
                        return new Generation(cycle[0], ArrayError.CHILD_LENGTH, first + i, writes, phaseCycles);
                    }
                    if (out.done() && !done[i]) {
                        done[i] = true;
                        remaining--;
                    }
                }
            }
            // DRAIN: PE by PE, node genes then connection genes, one word a cycle.
            for (int i = 0; i < n; i++) {
                int len = nodes.get(i).size() + conns.get(i).size();
                if ((long) allocated + len > config.regionWords()) {
                    cycle[0]++;
                    phaseCycles[Phase.DRAIN.ordinal()]++;
                    return new Generation(cycle[0], ArrayError.SRAM_OVERFLOW, first + i, writes, phaseCycles);
                }
                int id = schedule.get(first + i).child().genomeId();
                directory[childRegion][id] = new DirectoryEntry(allocated, nodes.get(i).size(), conns.get(i).size());
                List<Long> words = new ArrayList<>(nodes.get(i));
                words.addAll(conns.get(i));
                for (long w : words) {
                    int address = childRegion * config.regionWords() + allocated++;
                    sram[address] = w;
                    writes.add(new Write(cycle[0], address, w));
                    cycle[0]++;
                    phaseCycles[Phase.DRAIN.ordinal()]++;
                }
            }
        }
        return new Generation(cycle[0], ArrayError.NONE, 0, writes, phaseCycles);
    }

    /** FETCH's checks of one entry: its parents exist and fit a PE's buffers. */
    private ArrayError check(ScheduleEntry e, int parentCount, int parentRegion) {
        for (int g : new int[] {e.parent1(), e.parent2()}) {
            if (g < 0 || g >= parentCount || directory[parentRegion][g].isEmpty()) {
                return ArrayError.PARENT_RANGE;
            }
        }
        for (int g : new int[] {e.parent1(), e.parent2()}) {
            if (directory[parentRegion][g].length() > config.maxGenome()) {
                return ArrayError.GENOME_LENGTH;
            }
        }
        return ArrayError.NONE;
    }

    private static EvePeInputs write(int address, int data) {
        return new EvePeInputs(false, true, address, data, false, 0, false, false, 0, false, true, true);
    }
}
