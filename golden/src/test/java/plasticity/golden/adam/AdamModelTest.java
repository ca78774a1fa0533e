package plasticity.golden.adam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static plasticity.golden.adam.TestGenomes.genome;
import static plasticity.golden.adam.TestGenomes.link;
import static plasticity.golden.adam.TestGenomes.node;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import plasticity.golden.adam.HostAddress.Cast;
import plasticity.golden.adam.HostAddress.Region;
import plasticity.golden.neat.Activation;
import plasticity.golden.neat.Genome;
import plasticity.golden.neat.Rng;

/**
 * The engine's cycle model (docs/spec/adam.md, "Schedule and array"): outputs bit-exact with
 * {@link FixedNetwork}, run cycles by the cycle-count formula, bad schedules flagged in status.
 */
class AdamModelTest {
    private static final AdamConfig ARRAY = new AdamConfig(3, 4, 64, 32, 64, 38);

    /** An observation: uniform raw Q5.10, at an extreme or near zero a fifth of the time each. */
    static long[] observation(SplittableRandom r, int n) {
        long[] x = new long[n];
        for (int i = 0; i < n; i++) {
            int pick = r.nextInt(10);
            x[i] = pick == 0 ? (r.nextBoolean() ? -32768 : 32767)
                    : pick == 1 ? r.nextInt(-64, 65) : pick < 6 ? r.nextInt(-2048, 2049) : r.nextInt(-32768, 32768);
        }
        return x;
    }

    /** Runs {@code jobs} and checks every output against FixedNetwork and every wave's cycles against the formula. */
    private static void checkBatch(AdamHost host, List<AdamHost.Job> jobs, List<FixedNetwork> nets, String what) {
        AdamHost.BatchResult result = host.evaluate(jobs);
        long cycles = 0;
        long macs = 0;
        int pes = host.model().config().pes();
        for (int first = 0; first < jobs.size(); first += pes) {
            int slowest = 2;
            for (int j = first; j < Math.min(jobs.size(), first + pes); j++) {
                slowest = Math.max(slowest, jobs.get(j).schedule().runCycles());
                macs += jobs.get(j).schedule().macs();
            }
            cycles += slowest;
        }
        for (int j = 0; j < jobs.size(); j++) {
            assertArrayEquals(nets.get(j).activateRaw(jobs.get(j).inputsRaw()), result.outputs().get(j),
                    what + ", job " + j + " (genome " + jobs.get(j).schedule().genomeKey() + ")");
        }
        assertEquals(cycles, result.runCycles(), what);
        assertEquals(macs, result.macs(), what);
        assertEquals(AdamOutputs.DONE, host.last().status(), what);
    }

    /** 3000 random genomes in batches of 1 to 30 (up to 3 waves of the 12 PEs). */
    @Test
    void randomGenomesEqualFixedNetworkInEveryBatch() {
        Rng rng = Rng.seeded(5);
        SplittableRandom r = new SplittableRandom(5);
        AdamHost host = new AdamHost(new AdamModel(ARRAY));
        host.reset(2);
        int done = 0;
        while (done < 3000) {
            int size = 1 + r.nextInt(30);
            List<AdamHost.Job> jobs = new ArrayList<>();
            List<FixedNetwork> nets = new ArrayList<>();
            for (int j = 0; j < size; j++, done++) {
                RandomFeedForwardGenomes.Sample s = RandomFeedForwardGenomes.next(rng, done);
                nets.add(FixedNetwork.create(s.genome(), s.numInputs(), s.numOutputs()));
                jobs.add(new AdamHost.Job(AdamScheduler.schedule(s.genome(), s.numInputs(), s.numOutputs(), ARRAY),
                        observation(r, s.numInputs())));
            }
            checkBatch(host, jobs, nets, "batch ending at genome " + done);
        }
    }

    /** Genomes the hardware operators breed, generation after generation, the whole population per batch. */
    @Test
    void bredGenomesEqualFixedNetwork() {
        Rng rng = Rng.seeded(9);
        SplittableRandom r = new SplittableRandom(9);
        BredGenomes bred = new BredGenomes(24, rng);
        AdamConfig config = new AdamConfig(4, 4, 256, 64, 64, 48);
        AdamHost host = new AdamHost(new AdamModel(config));
        host.reset(1);
        for (int gen = 0; gen < 25; gen++) {
            List<AdamHost.Job> jobs = new ArrayList<>();
            List<FixedNetwork> nets = new ArrayList<>();
            for (Genome g : bred.population()) {
                nets.add(FixedNetwork.create(g, bred.numInputs(), bred.numOutputs()));
                jobs.add(new AdamHost.Job(AdamScheduler.schedule(g, bred.numInputs(), bred.numOutputs(), config),
                        observation(r, bred.numInputs())));
            }
            checkBatch(host, jobs, nets, "generation " + gen);
            bred.breed(rng);
        }
    }

    /** One schedule broadcast to a row, a different observation in each PE of it. */
    @Test
    void aRowBroadcastRunsOneGenomeOnManyObservations() {
        Rng rng = Rng.seeded(3);
        SplittableRandom r = new SplittableRandom(3);
        RandomFeedForwardGenomes.Sample s;
        do {
            s = RandomFeedForwardGenomes.next(rng, 1);
        } while (s.genome().enabledConnections() < 6);
        AdamSchedule schedule = AdamScheduler.schedule(s.genome(), s.numInputs(), s.numOutputs(), ARRAY);
        FixedNetwork net = FixedNetwork.create(s.genome(), s.numInputs(), s.numOutputs());
        AdamHost host = new AdamHost(new AdamModel(ARRAY));
        host.reset(1);
        host.write(new HostAddress(Region.CONTROL, Cast.ALL, 0, 0, 0), 0);
        host.load(Cast.ROW, 1, 0, schedule);
        long[][] x = new long[ARRAY.cols()][];
        for (int c = 0; c < ARRAY.cols(); c++) {
            x[c] = observation(r, s.numInputs());
            host.writeInputs(1, c, x[c]);
        }
        assertEquals(schedule.runCycles(), host.run());
        for (int c = 0; c < ARRAY.cols(); c++) {
            assertArrayEquals(net.activateRaw(x[c]), host.readOutputs(1, c, schedule), "PE (1, " + c + ")");
        }
        assertEquals((long) schedule.macs() * ARRAY.cols(), host.model().macs());
    }

    /** A run with no node in any PE takes 2 cycles; done shows one cycle after the last. */
    @Test
    void anEmptyRunTakesTwoCyclesAndStatusFollowsIt() {
        AdamHost host = new AdamHost(new AdamModel(ARRAY));
        host.reset(1);
        assertEquals(0, host.last().status());
        host.write(HostAddress.global(HostAddress.START), 0);
        assertEquals(0, host.last().status()); // the start cycle shows the state before it
        assertEquals(AdamOutputs.BUSY, host.step(AdamInputs.idle()).status());
        assertEquals(AdamOutputs.BUSY, host.step(AdamInputs.idle()).status());
        assertEquals(AdamOutputs.DONE, host.step(AdamInputs.idle()).status());
        assertEquals(2, host.readAll(List.of(HostAddress.global(HostAddress.CYCLES)))[0].getAsLong());
        assertEquals(AdamOutputs.DONE, host.readAll(List.of(HostAddress.global(HostAddress.STATUS)))[0].getAsLong());
    }

    /** The program of a two-link chain with one node per PE slot, for the bad-schedule tests. */
    private static AdamSchedule chain() {
        Genome g = genome(node(0, 0.5, 1.0, Activation.TANH), node(2, 0.0, 2.0, Activation.SIGMOID),
                link(-1, 2, 1.5), link(-2, 2, -0.5), link(2, 0, 3.0), link(-1, 0, 1.0));
        return AdamScheduler.schedule(g, 2, 1, ARRAY);
    }

    /** Loads {@code s} in PE (0, 0) and a good copy in PE (2, 3), runs, returns the status port after the run. */
    private static AdamHost runWith(AdamSchedule s, long[] nodes, long[] links, long control) {
        AdamHost host = new AdamHost(new AdamModel(ARRAY));
        host.reset(1);
        host.write(new HostAddress(Region.CONTROL, Cast.ALL, 0, 0, 0), 0);
        host.load(Cast.ONE, 2, 3, s);
        host.writeInputs(2, 3, new long[] {700, -300});
        host.write(HostAddress.pe(Region.CONTROL, 0, 0, 0), control);
        for (int i = 0; i < nodes.length; i++) {
            host.write(HostAddress.pe(Region.NODE, 0, 0, i), nodes[i]);
        }
        for (int i = 0; i < links.length; i++) {
            host.write(HostAddress.pe(Region.LINK, 0, 0, i), links[i]);
        }
        host.writeInputs(0, 0, new long[] {700, -300});
        host.run();
        return host;
    }

    private static long peStatus(AdamHost host, int row, int col) {
        return host.readAll(List.of(HostAddress.pe(Region.CONTROL, row, col, 0)))[0].getAsLong();
    }

    /** Each kind of bad schedule sets its status bit; the good PE still finishes with the right outputs. */
    @Test
    void badSchedulesAreFlaggedInStatus() {
        AdamSchedule s = chain();
        FixedNetwork net = FixedNetwork.create(genome(node(0, 0.5, 1.0, Activation.TANH),
                node(2, 0.0, 2.0, Activation.SIGMOID), link(-1, 2, 1.5), link(-2, 2, -0.5), link(2, 0, 3.0),
                link(-1, 0, 1.0)), 2, 1);
        long[] nodes = s.nodes();
        long[] links = s.links();

        AdamHost good = runWith(s, nodes, links, s.control());
        assertEquals(AdamOutputs.DONE, good.last().status());
        assertEquals(2, peStatus(good, 0, 0)); // done, no error

        long[] badAct = nodes.clone();
        badAct[0] |= 5L << AdamWords.NODE_ACTIVATION_LSB; // sigmoid 3 | 5 = 7: reserved
        AdamHost h = runWith(s, badAct, links, s.control());
        assertEquals(AdamOutputs.DONE | AdamOutputs.MALFORMED, h.last().status());
        assertEquals(3 | 1 << 2, peStatus(h, 0, 0));
        assertArrayEquals(net.activateRaw(700, -300), h.readOutputs(2, 3, s));
        assertEquals(2, peStatus(h, 2, 3));

        long[] swapped = {nodes[1], nodes[0]}; // the output before the hidden node it reads
        long[] swappedLinks = {links[2], links[3], links[0], links[1]};
        assertEquals(AdamOutputs.DONE | AdamOutputs.ORDER, runWith(s, swapped, swappedLinks, s.control()).last().status());

        long[] badSource = links.clone();
        badSource[0] |= (long) ARRAY.valueDepth() << AdamWords.LINK_SOURCE_LSB; // slot beyond VALUE_DEPTH
        assertEquals(AdamOutputs.DONE | AdamOutputs.MALFORMED, runWith(s, nodes, badSource, s.control()).last().status());

        long[] reserved = links.clone();
        reserved[3] |= 1L << 40;
        assertEquals(AdamOutputs.DONE | AdamOutputs.MALFORMED, runWith(s, nodes, reserved, s.control()).last().status());

        assertEquals(AdamOutputs.DONE | AdamOutputs.MALFORMED,
                runWith(s, nodes, links, new AdamWords.Control(ARRAY.nodeDepth() + 1, 2).encode()).last().status());

        // Fan-ins summing past LINK_DEPTH: 32 nodes of 2 links need 64 link words, the 33rd node none left.
        AdamConfig c = ARRAY;
        long twoLinks = new AdamWords.Node(0, 1024, 0, 2, 2).encode();
        long[] many = new long[c.nodeDepth()];
        java.util.Arrays.fill(many, twoLinks);
        long[] all = new long[c.linkDepth()];
        java.util.Arrays.fill(all, new AdamWords.Link(1024, 0).encode());
        many[c.nodeDepth() - 1] = new AdamWords.Node(0, 1024, 0, 2, 3).encode();
        AdamHost over = runWith(s, many, all, new AdamWords.Control(c.nodeDepth(), 2).encode());
        assertEquals(AdamOutputs.DONE | AdamOutputs.OVERFLOW, over.last().status());
        assertEquals(3 | 4 << 2, peStatus(over, 0, 0));
    }

    /** Writes while busy are ignored: a value written mid-run does not land, a second start does not restart. */
    @Test
    void writesWhileBusyAreIgnored() {
        AdamSchedule s = chain();
        AdamHost host = new AdamHost(new AdamModel(ARRAY));
        host.reset(1);
        host.write(new HostAddress(Region.CONTROL, Cast.ALL, 0, 0, 0), 0);
        host.load(Cast.ONE, 0, 0, s);
        host.writeInputs(0, 0, new long[] {100, 200});
        host.write(HostAddress.global(HostAddress.START), 0);
        host.write(HostAddress.pe(Region.VALUE, 0, 0, 0), 5000);
        host.write(HostAddress.global(HostAddress.START), 0);
        while (host.step(AdamInputs.idle()).busy()) {
            // wait
        }
        assertEquals(s.runCycles(), host.readAll(List.of(HostAddress.global(HostAddress.CYCLES)))[0].getAsLong());
        assertEquals(100, host.readAll(List.of(HostAddress.pe(Region.VALUE, 0, 0, 0)))[0].getAsLong());
        assertFalse(host.last().busy());
        assertTrue(host.last().done());
    }

    /** Addresses that name nothing read 0 and write nothing. */
    @Test
    void unmappedAddressesReadZero() {
        AdamHost host = new AdamHost(new AdamModel(ARRAY));
        host.reset(1);
        host.write(HostAddress.pe(Region.VALUE, 0, 0, 3), 77);
        List<HostAddress> reads = List.of(HostAddress.pe(Region.VALUE, 0, 0, 3), HostAddress.pe(Region.VALUE, 3, 0, 3),
                HostAddress.pe(Region.VALUE, 0, 4, 3), HostAddress.pe(Region.VALUE, 0, 0, 64),
                HostAddress.pe(Region.LINK, 0, 0, 0), HostAddress.pe(Region.CONTROL, 0, 0, 1), HostAddress.global(2));
        long[] got = java.util.Arrays.stream(host.readAll(reads)).mapToLong(w -> w.getAsLong()).toArray();
        assertArrayEquals(new long[] {77, 0, 0, 0, 0, 0, 0}, got);
        host.write(HostAddress.pe(Region.VALUE, 0, 0, 3), 77);
        host.step(AdamInputs.write(HostAddress.pe(Region.VALUE, 0, 0, 3).encode() | 1L << 29, 5));
        host.step(AdamInputs.write(HostAddress.pe(Region.VALUE, 0, 0, 3).encode() | 7L << HostAddress.REGION_LSB, 5));
        assertEquals(77, host.readAll(List.of(HostAddress.pe(Region.VALUE, 0, 0, 3)))[0].getAsLong());
    }
}
