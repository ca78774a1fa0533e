package plasticity.golden.eve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import plasticity.golden.neat.Genome;
import plasticity.golden.neat.Rng;
import plasticity.golden.neat.hardware.ChildSettings;
import plasticity.golden.neat.hardware.GeneFormat;
import plasticity.golden.neat.hardware.GenomeCodec;
import plasticity.golden.neat.hardware.HardwareOperators;

/**
 * The host's side of the EvE array (docs/spec/eve.md, "Array"): places a parent generation in a
 * region with its directory, builds the breeding schedule from the hardware operators'
 * decisions, and refuses what it can know is bad before anything is written, naming the entry
 * or genome and the numbers (the array flags the same in its status register, and what only it
 * can see: a child too long, a child region full).
 */
public final class EveHost {

    private final EveArrayConfig config;

    public EveHost(EveArrayConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** A parent generation laid out in a region: directory id i is {@code genomes.get(i)}. */
    public record Layout(List<long[]> genomes, List<DirectoryEntry> directory) {}

    /**
     * Places the genome streams contiguously from word 0 of a region.
     *
     * @throws IllegalArgumentException for more than 256 genomes, an empty genome, a genome longer
     *                                  than LMAX, or a generation larger than a region
     */
    public Layout place(List<long[]> genomes) {
        if (genomes.isEmpty() || genomes.size() > 256) {
            throw new IllegalArgumentException("a parent generation holds 1..256 genomes (8-bit genome ids), not " + genomes.size());
        }
        List<DirectoryEntry> dir = new ArrayList<>();
        long base = 0;
        for (int i = 0; i < genomes.size(); i++) {
            long[] g = genomes.get(i);
            if (g.length == 0) {
                throw new IllegalArgumentException("parent genome " + i + " is empty: a genome holds at least its output nodes");
            }
            if (g.length > config.maxGenome()) {
                throw new IllegalArgumentException("parent genome " + i + " has " + g.length
                        + " genes, longer than the array allows: LMAX = " + config.maxGenome() + " genes per genome");
            }
            int nodes = 0;
            while (nodes < g.length && !GeneFormat.isConnection(g[nodes])) {
                nodes++;
            }
            dir.add(new DirectoryEntry((int) base, nodes, g.length - nodes));
            base += g.length;
        }
        if (base > config.regionWords()) {
            throw new IllegalArgumentException("SRAM overflow: the parent generation needs " + base
                    + " words, a region holds " + config.regionWords() + " (BANKS x DEPTH / 2 = " + config.banks() + " x "
                    + config.depth() + " / 2)");
        }
        return new Layout(List.copyOf(genomes), List.copyOf(dir));
    }

    /** Writes a layout into region {@code region} of the model: words and directory. */
    public void write(EveArrayModel array, Layout layout, int region) {
        for (int i = 0; i < 256; i++) {
            array.writeDirectory(region, i, i < layout.directory().size() ? layout.directory().get(i) : DirectoryEntry.EMPTY);
        }
        for (int i = 0; i < layout.genomes().size(); i++) {
            long[] g = layout.genomes().get(i);
            int base = region * config.regionWords() + layout.directory().get(i).base();
            for (int j = 0; j < g.length; j++) {
                array.writeWord(base + j, g[j]);
            }
        }
    }

    /**
     * Checks a schedule against a parent layout.
     *
     * @throws IllegalArgumentException naming the first bad entry: more than 256 entries or none,
     *                                  a parent id out of range, a parent longer than LMAX, a child
     *                                  genome id used twice
     */
    public void validate(List<ScheduleEntry> schedule, Layout parents) {
        if (schedule.isEmpty() || schedule.size() > 256) {
            throw new IllegalArgumentException("a breeding schedule holds 1..256 entries, not " + schedule.size());
        }
        Map<Integer, Integer> ids = new HashMap<>();
        for (int k = 0; k < schedule.size(); k++) {
            ScheduleEntry e = schedule.get(k);
            int[] ps = {e.parent1(), e.parent2()};
            for (int j = 0; j < 2; j++) {
                if (ps[j] < 0 || ps[j] >= parents.genomes().size()) {
                    throw new IllegalArgumentException("schedule entry " + k + ": parent " + (j + 1) + " id " + ps[j]
                            + " is out of range: the parent generation has ids 0.." + (parents.genomes().size() - 1));
                }
                int len = parents.directory().get(ps[j]).length();
                if (len > config.maxGenome()) {
                    throw new IllegalArgumentException("schedule entry " + k + ": parent " + (j + 1) + " (id " + ps[j]
                            + ") has " + len + " genes, longer than LMAX = " + config.maxGenome());
                }
            }
            Integer before = ids.put(e.child().genomeId(), k);
            if (before != null) {
                throw new IllegalArgumentException("schedule entry " + k + ": child genome id " + e.child().genomeId()
                        + " is already the child of entry " + before + " (each child needs its own directory slot)");
            }
        }
    }

    /**
     * The schedule the host writes for a generation: child k of pair {@code pairs[k]} = (a, b),
     * indices into {@code parents}, the fitter first (strictly larger fitness, else b, as
     * {@link HardwareOperators#reproduce}); its genome id k, its settings from the fitter parent
     * and one word of {@code rng} ({@link HardwareOperators#settingsFor}).
     */
    public List<ScheduleEntry> schedule(HardwareOperators ops, List<Genome> parents, double[] fitness, int[][] pairs, Rng rng) {
        List<ScheduleEntry> s = new ArrayList<>();
        for (int k = 0; k < pairs.length; k++) {
            int a = pairs[k][0];
            int b = pairs[k][1];
            int p1 = fitness[a] > fitness[b] ? a : b;
            int p2 = fitness[a] > fitness[b] ? b : a;
            ChildSettings c = ops.settingsFor(k, parents.get(p1), rng);
            s.add(new ScheduleEntry(p1, p2, c));
        }
        return s;
    }

    /** The parents' genome streams, genome id = their index (the PE ignores a parent's id). */
    public static List<long[]> streams(List<Genome> parents, int numOutputs) {
        List<long[]> s = new ArrayList<>();
        for (int i = 0; i < parents.size(); i++) {
            s.add(GenomeCodec.encode(parents.get(i), i & GeneFormat.GENOME_ID_MAX, numOutputs));
        }
        return s;
    }
}
