package plasticity.golden.eve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import plasticity.golden.neat.hardware.Breeder;
import plasticity.golden.neat.hardware.ChildSettings;
import plasticity.golden.neat.hardware.EveConfig;
import plasticity.golden.neat.hardware.GeneFormat;
import plasticity.golden.neat.hardware.GeneSink;
import plasticity.golden.prng.SplitMix64;

/** The EvE PE's cycle model (docs/spec/eve.md, "PE pipeline") against the operators and the timing it promises. */
class EvePeModelTest {

    private static long[] breed(EvePeDriver.Pass p) {
        return Breeder.breed(p.config(), p.child(), p.parent1(), p.parent2());
    }

    @Test
    void everyChildIsTheBreedersChildWhateverTheStallsAndResets() {
        SplittableRandom r = new SplittableRandom(2024);
        int children = 0;
        for (int session = 0; session < 300; session++) {
            List<EvePeDriver.Pass> passes = RandomPasses.passes(r, 1 + r.nextInt(4));
            EvePeModel model = EvePeModel.of(new EvePeConfig(r.nextBoolean() ? 2 : 1 << r.nextInt(1, 6)));
            EvePeDriver.Run run = new EvePeDriver(model, r, EvePeDriver.Pace.random(r, true)).run(passes, (in, out) -> {});
            assertEquals(passes.size(), run.children().size());
            for (int i = 0; i < passes.size(); i++) {
                assertArrayEquals(breed(passes.get(i)), run.children().get(i), "session " + session + " pass " + i);
                children++;
            }
        }
        assertTrue(children > 600, "children bred: " + children);
    }

    /** A pass at full pace: one step per cycle, 4 cycles of latency, one cycle per phase change, END and merged gene. */
    @Test
    void streamsOneStepPerCycleWithTheLatencyTheSpecGives() {
        SplittableRandom r = new SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            EvePeDriver.Pass pass = RandomPasses.pass(r, RandomPasses.config(r));
            int nodeSteps = steps(pass, false);
            int connSteps = steps(pass, true);
            int[] merged = new int[1];
            long[] child = new Breeder(pass.config(), pass.child(),
                    SplitMix64.xorwowState(Integer.toUnsignedLong(pass.child().seed())), counting(merged))
                    .breed(pass.parent1(), pass.parent2());
            List<Integer> nodeCycles = new ArrayList<>();
            int[] start = {-1};
            int[] done = {-1};
            int[] cycle = {0};
            EvePeModel model = EvePeModel.of(new EvePeConfig(EvePeConfig.DEFAULT_QUEUE));
            new EvePeDriver(model, r, EvePeDriver.Pace.FULL).run(List.of(pass), (in, out) -> {
                if (in.cfgValid() && out.cfgReady() && in.cfgAddr() == EveRegisterMap.START) {
                    start[0] = cycle[0];
                }
                if (out.nodeValid()) {
                    nodeCycles.add(cycle[0]);
                }
                if (out.done()) {
                    done[0] = cycle[0];
                }
                cycle[0]++;
            });
            int s = start[0];
            assertEquals(s + 5, nodeCycles.get(0), "the first node gene is shown 5 cycles after START");
            assertEquals(s + nodeSteps + connSteps + 6 + merged[0], done[0],
                    "done after every step, the phase change, END and every merged pending gene, one cycle each");
            assertTrue(child.length > 0);
        }
    }

    @Test
    void writesWaitWhileBusyAndTheQueuesKeepTheNextChildsGenes() {
        SplittableRandom r = new SplittableRandom(3);
        EvePeDriver.Pass pass = RandomPasses.pass(r, RandomPasses.config(r));
        EvePeModel model = EvePeModel.of(new EvePeConfig(2));
        model.step(EvePeInputs.reset());
        for (EveRegisterMap.Write w : EveRegisterMap.writes(pass.config(), pass.child(),
                SplitMix64.xorwowState(Integer.toUnsignedLong(pass.child().seed())))) {
            EvePeOutputs out = model.step(write(w));
            assertTrue(out.cfgReady());
        }
        // Busy now: a write is refused (cfg_ready low) and changes nothing.
        EvePeOutputs out = model.step(write(new EveRegisterMap.Write(EveRegisterMap.CHILD, 99)));
        assertFalse(out.cfgReady());
        List<Long> genes = new ArrayList<>();
        int[] at = {0, 0};
        boolean done = false;
        for (int t = 0; t < 10_000 && !done; t++) {
            boolean v1 = at[0] < pass.parent1().length;
            boolean v2 = at[1] < pass.parent2().length;
            out = model.step(new EvePeInputs(false, false, 0, 0, v1, v1 ? pass.parent1()[at[0]] : 0,
                    v1 && at[0] == pass.parent1().length - 1, v2, v2 ? pass.parent2()[at[1]] : 0,
                    v2 && at[1] == pass.parent2().length - 1, true, true));
            assertFalse(out.cfgReady() && !out.done(), "idle only after done");
            at[0] += v1 && out.p1Ready() ? 1 : 0;
            at[1] += v2 && out.p2Ready() ? 1 : 0;
            if (out.nodeValid()) {
                genes.add(out.nodeGene());
            }
            done = out.done();
        }
        assertTrue(done);
        for (long g : genes) {
            assertEquals(pass.child().genomeId(), GeneFormat.genomeId(g), "the refused CHILD write changed nothing");
        }
        assertTrue(model.step(new EvePeInputs(false, false, 0, 0, false, 0, false, false, 0, false, true, true)).cfgReady());
    }

    @Test
    void startRefusesRegistersThatAreNoConfiguration() {
        EvePeModel model = EvePeModel.of(new EvePeConfig(2));
        model.step(EvePeInputs.reset());
        // After reset the option counts are 0: no choice attribute has a table.
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> model.step(write(new EveRegisterMap.Write(EveRegisterMap.START, 0))));
        assertTrue(e.getMessage().contains("START"), e.getMessage());
    }

    @Test
    void theRegisterMapHoldsEveryConfigurationAndChild() {
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < 2000; i++) {
            EveConfig c = RandomPasses.config(r);
            ChildSettings child = RandomPasses.child(r, 0);
            int[] regs = new int[EveRegisterMap.REGISTERS];
            for (EveRegisterMap.Write w : EveRegisterMap.writes(c, child, SplitMix64.xorwowState(i))) {
                if (w.address() < EveRegisterMap.REGISTERS) {
                    regs[w.address()] = w.data();
                }
            }
            assertEquals(c, EveRegisterMap.config(regs));
            assertEquals(child, EveRegisterMap.child(regs));
        }
    }

    @Test
    void queueDepthIsAPowerOfTwoFrom2To64() {
        assertThrows(IllegalArgumentException.class, () -> new EvePeConfig(3));
        assertThrows(IllegalArgumentException.class, () -> new EvePeConfig(1));
        assertThrows(IllegalArgumentException.class, () -> new EvePeConfig(128));
        assertEquals(64, new EvePeConfig(64).queueDepth());
    }

    private static EvePeInputs write(EveRegisterMap.Write w) {
        return new EvePeInputs(false, true, w.address(), w.data(), false, 0, false, false, 0, false, true, true);
    }

    /** Aligner steps of one phase: the distinct keys of both parents' genes of that phase. */
    private static int steps(EvePeDriver.Pass p, boolean connections) {
        Set<Integer> keys = new HashSet<>();
        for (long[] parent : new long[][] {p.parent1(), p.parent2()}) {
            for (long g : parent) {
                if (GeneFormat.isConnection(g) == connections) {
                    keys.add(GeneFormat.sortKey(g));
                }
            }
        }
        return keys.size();
    }

    private static GeneSink counting(int[] merged) {
        return new GeneSink() {
            @Override
            public void keptNode(long gene) {}

            @Override
            public void newNode(long gene) {}

            @Override
            public void mergedPending(long gene) {
                merged[0]++;
            }

            @Override
            public void connection(long gene) {}
        };
    }
}
