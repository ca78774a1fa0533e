package plasticity.golden.eve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import plasticity.golden.neat.Genome;
import plasticity.golden.neat.Rng;
import plasticity.golden.neat.config.GenomeConfig;
import plasticity.golden.neat.config.NeatConfig;
import plasticity.golden.neat.hardware.Breeder;
import plasticity.golden.neat.hardware.ChildSettings;
import plasticity.golden.neat.hardware.EveConfig;
import plasticity.golden.neat.hardware.GenomeCodec;
import plasticity.golden.neat.hardware.HardwareOperators;
import plasticity.golden.neat.hardware.RandomHardwareGenomes;
import plasticity.golden.neat.tasks.Tasks;

/** The EvE array's cycle model (docs/spec/eve.md, "Array") against the operators, its cycle formula and its errors. */
class EveArrayModelTest {

    /** A random generation: parents, a schedule of random pairs and settings. */
    private record Work(EveConfig config, List<long[]> parents, List<ScheduleEntry> schedule) {}

    private static Work work(SplittableRandom r, int parents, int children, int maxHidden, int maxConnections) {
        EveConfig c = RandomPasses.config(r);
        while (c.numOutputs() > 4) {
            c = RandomPasses.config(r); // few outputs: genomes of NEAT-task sizes, within LMAX
        }
        List<long[]> ps = new ArrayList<>();
        for (int i = 0; i < parents; i++) {
            Genome g = RandomHardwareGenomes.genome(r, i, c, r.nextInt(maxHidden + 1), r.nextInt(maxConnections + 1));
            ps.add(GenomeCodec.encode(g, i, c.numOutputs()));
        }
        List<ScheduleEntry> s = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            ids.add(i);
        }
        java.util.Collections.shuffle(ids, new java.util.Random(r.nextLong()));
        for (int k = 0; k < children; k++) {
            ChildSettings cs = RandomPasses.child(r, r.nextInt());
            cs = new ChildSettings(ids.get(k), cs.seed(), cs.nodeDelete(), cs.connAdd(), cs.connDelete(), cs.nodeAdd());
            s.add(new ScheduleEntry(r.nextInt(parents), r.nextInt(parents), cs));
        }
        return new Work(c, ps, s);
    }

    private static EveArrayConfig arrayConfig(SplittableRandom r, int pes) {
        return new EveArrayConfig(pes, 1 + r.nextInt(48), 1 << r.nextInt(9, 13), 64, 256, 2);
    }

    @Test
    void everyChildIsTheBreedersChildAtTheCyclesTheSpecCounts() {
        SplittableRandom r = new SplittableRandom(5);
        int children = 0;
        for (int trial = 0; trial < 60; trial++) {
            int pes = new int[] {1, 4, 16}[trial % 3];
            EveArrayConfig ac = arrayConfig(r, pes);
            Work w = work(r, 1 + r.nextInt(12), 1 + r.nextInt(40), 10, 40);
            EveArrayModel array = new EveArrayModel(ac);
            EveHost host = new EveHost(ac);
            EveHost.Layout layout = host.place(w.parents());
            host.validate(w.schedule(), layout);
            int region = r.nextInt(2);
            host.write(array, layout, region);
            EveArrayModel.Generation g = array.generation(w.config(), w.schedule(), w.parents().size(), region);
            assertEquals(ArrayError.NONE, g.error(), "trial " + trial);
            assertEquals(0b10, g.status());
            // Every child is the PE's child of its entry, a well-formed genome, and stored where its directory says.
            int expectedDrain = 0;
            for (ScheduleEntry e : w.schedule()) {
                long[] want = Breeder.breed(w.config(), e.child(), w.parents().get(e.parent1()), w.parents().get(e.parent2()));
                assertArrayEquals(want, array.genome(1 - region, e.child().genomeId()), "trial " + trial + " child " + e.child().genomeId());
                GenomeCodec.decode(want, 0, w.config().numOutputs());
                expectedDrain += want.length;
                children++;
            }
            // The count the spec gives: CONFIG once, then per wave FETCH, LOAD, START, BREED, DRAIN.
            int expectedLoad = 0;
            int waves = 0;
            for (int first = 0; first < w.schedule().size(); first += pes) {
                TreeSet<Integer> used = new TreeSet<>();
                for (ScheduleEntry e : w.schedule().subList(first, Math.min(w.schedule().size(), first + pes))) {
                    used.add(e.parent1());
                    used.add(e.parent2());
                }
                for (int u : used) {
                    expectedLoad += w.parents().get(u).length;
                }
                expectedLoad++;
                waves++;
            }
            int[] pc = g.phaseCycles();
            assertEquals(14, pc[EveArrayModel.Phase.CONFIG.ordinal()]);
            assertEquals(8 * w.schedule().size(), pc[EveArrayModel.Phase.FETCH.ordinal()]);
            assertEquals(expectedLoad, pc[EveArrayModel.Phase.LOAD.ordinal()]);
            assertEquals(waves, pc[EveArrayModel.Phase.START.ordinal()]);
            assertEquals(expectedDrain, pc[EveArrayModel.Phase.DRAIN.ordinal()]);
            assertEquals(expectedDrain, g.writes().size());
            int sum = 0;
            for (int x : pc) {
                sum += x;
            }
            assertEquals(sum, g.cycles());
            // A wave's BREED is at least its longest PE pass at full pace (the PE's own formula, merges aside).
            assertTrue(pc[EveArrayModel.Phase.BREED.ordinal()] >= 6 * waves);
            // Writes go one word a cycle to consecutive child-region addresses.
            for (int i = 0; i < g.writes().size(); i++) {
                assertEquals((1 - region) * ac.regionWords() + i, g.writes().get(i).address());
                if (i > 0) {
                    assertTrue(g.writes().get(i).cycle() > g.writes().get(i - 1).cycle());
                }
            }
        }
        assertTrue(children > 600, "children bred: " + children);
    }

    @Test
    void theHostsScheduleFromTheHardwareOperatorsBreedsWhatReproduceBreeds() {
        String text = Tasks.defaultConfigText(Tasks.byName("cartpole"));
        GenomeConfig gc = NeatConfig.parse("cartpole", text).genome();
        HardwareOperators ops = new HardwareOperators(gc);
        Rng rng = Rng.seeded(11);
        List<Genome> parents = new ArrayList<>();
        double[] fitness = new double[20];
        for (int i = 0; i < 20; i++) {
            parents.add(ops.createNew(i, rng));
            fitness[i] = rng.random();
        }
        int[][] pairs = new int[30][];
        for (int k = 0; k < pairs.length; k++) {
            pairs[k] = new int[] {rng.randBelow(20), rng.randBelow(20)};
        }
        EveArrayConfig ac = new EveArrayConfig(16, 4, 1024, 64, 64, 2);
        EveHost host = new EveHost(ac);
        List<ScheduleEntry> s = host.schedule(ops, parents, fitness, pairs, Rng.seeded(99));
        EveHost.Layout layout = host.place(EveHost.streams(parents, gc.numOutputs()));
        host.validate(s, layout);
        EveArrayModel array = new EveArrayModel(ac);
        host.write(array, layout, 0);
        EveArrayModel.Generation g = array.generation(ops.eveConfig(), s, parents.size(), 0);
        assertEquals(ArrayError.NONE, g.error());
        Rng again = Rng.seeded(99);
        for (int k = 0; k < pairs.length; k++) {
            Genome want = ops.reproduce(k, parents.get(pairs[k][0]), fitness[pairs[k][0]], parents.get(pairs[k][1]),
                    fitness[pairs[k][1]], again);
            Genome got = GenomeCodec.decode(array.genome(1, k), k, gc.numOutputs());
            assertEquals(want, got, "child " + k);
        }
    }

    @Test
    void badSchedulesAreRefusedByTheHostAndFlaggedByTheArray() {
        SplittableRandom r = new SplittableRandom(3);
        EveArrayConfig ac = new EveArrayConfig(4, 2, 64, 64, 16, 2);
        Work w = work(r, 3, 6, 2, 6);
        EveHost host = new EveHost(ac);
        EveHost.Layout layout = host.place(w.parents());
        // A parent id out of range: the host names the entry; the array flags PARENT_RANGE with it.
        List<ScheduleEntry> bad = new ArrayList<>(w.schedule());
        bad.set(4, new ScheduleEntry(0, 3, bad.get(4).child()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> host.validate(bad, layout));
        assertTrue(e.getMessage().contains("schedule entry 4: parent 2 id 3 is out of range"), e.getMessage());
        EveArrayModel array = new EveArrayModel(ac);
        host.write(array, layout, 0);
        EveArrayModel.Generation g = array.generation(w.config(), bad, 3, 0);
        assertEquals(ArrayError.PARENT_RANGE, g.error());
        assertEquals(4, g.errorEntry());
        assertEquals(0b110 | 1 << 4 | 4 << 8, g.status());
        // A genome longer than LMAX.
        long[] longGenome = new long[17];
        e = assertThrows(IllegalArgumentException.class, () -> host.place(List.of(longGenome)));
        assertTrue(e.getMessage().contains("parent genome 0 has 17 genes, longer than the array allows: LMAX = 16"), e.getMessage());
        array.writeDirectory(0, 1, new DirectoryEntry(0, 10, 7));
        g = array.generation(w.config(), List.of(new ScheduleEntry(0, 1, w.schedule().get(0).child())), 3, 0);
        assertEquals(ArrayError.GENOME_LENGTH, g.error());
        assertEquals(0, g.errorEntry());
        // A parent generation larger than a region (2 x 64 / 2 = 64 words).
        List<long[]> many = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            many.add(new long[16]);
        }
        e = assertThrows(IllegalArgumentException.class, () -> host.place(many));
        assertTrue(e.getMessage().startsWith("SRAM overflow: the parent generation needs 80 words, a region holds 64"), e.getMessage());
    }

    @Test
    void theArrayFlagsAChildRegionThatFillsUp() {
        SplittableRandom r = new SplittableRandom(8);
        EveArrayConfig ac = new EveArrayConfig(4, 1, 128, 64, 32, 2);
        int flagged = 0;
        for (int trial = 0; trial < 20; trial++) {
            Work w = work(r, 2, 12, 3, 12);
            EveHost host = new EveHost(ac);
            EveHost.Layout layout = host.place(w.parents());
            host.validate(w.schedule(), layout);
            EveArrayModel array = new EveArrayModel(ac);
            host.write(array, layout, 1);
            EveArrayModel.Generation g = array.generation(w.config(), w.schedule(), 2, 1);
            int total = 0;
            int firstOver = -1;
            for (int k = 0; k < w.schedule().size(); k++) {
                ScheduleEntry e = w.schedule().get(k);
                long[] c = Breeder.breed(w.config(), e.child(), w.parents().get(e.parent1()), w.parents().get(e.parent2()));
                if (c.length > ac.maxGenome() && firstOver < 0) {
                    firstOver = k;
                }
                total += c.length;
                if (total > ac.regionWords() && firstOver < 0) {
                    firstOver = k;
                }
            }
            if (firstOver < 0) {
                assertEquals(ArrayError.NONE, g.error());
            } else {
                assertTrue(g.error() == ArrayError.SRAM_OVERFLOW || g.error() == ArrayError.CHILD_LENGTH, "trial " + trial);
                // CHILD_LENGTH is found in BREED, before the wave's drain: an earlier entry of the same wave may be the one.
                assertTrue(g.errorEntry() <= firstOver, "trial " + trial);
                flagged++;
            }
        }
        // A 64-word child region and 12 children of up to 19-gene parents: most generations overflow, some not.
        assertTrue(flagged > 0 && flagged < 20, "generations flagged: " + flagged);
    }

    @Test
    void parametersAreRefusedWithTheirNames() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new EveArrayConfig(0, 48, 4096, 64, 128, 2))
                .getMessage().startsWith("EvE array P = 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new EveArrayConfig(256, 48, 4000, 64, 128, 2))
                .getMessage().startsWith("EvE array DEPTH = 4000"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new EveArrayConfig(256, 48, 4096, 32, 128, 2))
                .getMessage().startsWith("EvE array WIDTH = 32"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new EveArrayConfig(256, 1, 8, 64, 128, 2))
                .getMessage().contains("cannot hold a genome of LMAX = 128"));
    }
}
