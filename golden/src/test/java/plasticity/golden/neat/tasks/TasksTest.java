package plasticity.golden.neat.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import plasticity.golden.neat.Activation;
import plasticity.golden.neat.Aggregation;
import plasticity.golden.neat.ConnectionGene;
import plasticity.golden.neat.ConnectionKey;
import plasticity.golden.neat.FeedForwardNetwork;
import plasticity.golden.neat.Genome;
import plasticity.golden.neat.NodeGene;
import plasticity.golden.neat.Rng;
import plasticity.golden.neat.config.NeatConfig;
import plasticity.golden.neat.config.NeatConfigException;
import plasticity.golden.neat.evolution.GenerationReport;
import plasticity.golden.neat.evolution.Population;
import plasticity.golden.neat.evolution.RunResult;
import plasticity.golden.neat.standard.StandardOperators;

/** The tasks, their built-in configs and TaskRun (docs/spec/neat.md, "Tasks"). */
class TasksTest {

    private static NodeGene node(int key, double bias) {
        return new NodeGene(key, bias, 1.0, Activation.SIGMOID, Aggregation.SUM);
    }

    private static ConnectionGene conn(int in, int out, double weight) {
        return new ConnectionGene(new ConnectionKey(in, out), weight, true);
    }

    /**
     * XOR from OR (node 1) and AND (node 2): every pre-activation is at least 15 away from 0, so
     * the sigmoid (5z clamped to +-60) saturates to within 1e-26 and the squared errors vanish
     * in 4.0's last bit.
     */
    static Genome perfectXor() {
        return new Genome.Builder(1)
                .put(node(0, -15)).put(node(1, -15)).put(node(2, -45))
                .put(conn(-1, 1, 30)).put(conn(-2, 1, 30))
                .put(conn(-1, 2, 30)).put(conn(-2, 2, 30))
                .put(conn(1, 0, 30)).put(conn(2, 0, -60))
                .build();
    }

    @Test
    void aPerfectXorNetworkScoresFour() {
        Task xor = Tasks.byName("xor");
        FeedForwardNetwork net = TaskRun.network(xor, perfectXor());
        assertEquals(4.0, xor.fitness(net, 1, 0));
        Verdict v = xor.check(net, 1);
        assertTrue(v.solved());
        assertEquals(4.0, v.score());
        assertTrue(v.episodeReturns().isEmpty());
    }

    @Test
    void cartPoleFitnessDependsOnlyOnNetworkSeedAndGeneration() {
        Task cartpole = Tasks.byName("cartpole");
        // Pushes against the pole's angular velocity: balances for a while, not always to 500.
        Genome g = new Genome.Builder(1).put(node(0, 0)).put(conn(-4, 0, 2.0)).build();
        FeedForwardNetwork net = TaskRun.network(cartpole, g);
        double f = cartpole.fitness(net, 7, 3);
        assertEquals(f, cartpole.fitness(TaskRun.network(cartpole, g), 7, 3));
        assertTrue(f >= 8 && f <= 500, "fitness " + f);
        List<Double> others = new ArrayList<>();
        for (int gen = 0; gen < 5; gen++) {
            others.add(cartpole.fitness(net, 8, gen));
        }
        assertTrue(others.stream().distinct().count() > 1, "episodes change with the generation: " + others);
        // An empty network always pushes left (output 0.0 is not above 0.5): the pole falls fast.
        Genome empty = new Genome.Builder(2).put(node(0, 0)).build();
        assertTrue(cartpole.fitness(TaskRun.network(cartpole, empty), 7, 0) < 20);
    }

    @Test
    void checkEpisodesAreNotTrainingEpisodes() {
        assertNotEquals(EpisodicTask.episodeSeed(5, 0), EpisodicTask.episodeSeed(6, 0));
        assertEquals(0x0000_0005_8000_0000L, EpisodicTask.episodeSeed(5, 1L << 31));
        assertEquals(0xFFFF_FFFF_0000_0003L, EpisodicTask.episodeSeed(-1, 3));
    }

    @Test
    void argmaxTakesTheFirstOfEquals() {
        assertEquals(1, EpisodicTask.argmax(new double[] {0.1, 0.7, 0.7}));
        assertEquals(0, EpisodicTask.argmax(new double[] {0.0, 0.0, 0.0}));
    }

    @Test
    void builtInConfigsFitTheirTasks() throws IOException {
        for (Task t : Tasks.all()) {
            NeatConfig c = Tasks.defaultConfig(t);
            assertEquals(t.numInputs(), c.genome().numInputs(), t.name());
            assertEquals(t.numOutputs(), c.genome().numOutputs(), t.name());
            assertEquals(t.fitnessThreshold(), c.run().fitnessThreshold(), t.name());
        }
        assertEquals(250, Tasks.defaultConfig(Tasks.byName("cartpole")).run().popSize());
        try (InputStream in = TasksTest.class.getResourceAsStream("/plasticity/golden/neat/config-feedforward")) {
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    Tasks.defaultConfigText(Tasks.byName("xor")), "xor.ini is neat-python's XOR config unchanged");
        }
    }

    @Test
    void aConfigForTheWrongTaskIsAnErrorAtItsLine() {
        Task cartpole = Tasks.byName("cartpole");
        String xor = Tasks.defaultConfigText(Tasks.byName("xor"));
        NeatConfigException e = assertThrows(NeatConfigException.class,
                () -> Tasks.config(cartpole, "my.ini", xor));
        int line = xor.lines().toList().indexOf("num_inputs              = 2") + 1;
        assertEquals(line, e.line());
        assertTrue(e.getMessage().startsWith("my.ini:" + line + ": num_inputs = 2, but cartpole"), e.getMessage());
        String recurrent = Tasks.defaultConfigText(cartpole).replace("feed_forward            = True",
                "feed_forward            = False");
        assertTrue(assertThrows(NeatConfigException.class, () -> Tasks.config(cartpole, "r.ini", recurrent))
                .getMessage().contains("feed_forward = False"));
    }

    @Test
    void unknownTaskNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tasks.byName("doom"));
        assertEquals("unknown env 'doom'; known envs: xor, cartpole, mountaincar, acrobot, pendulum", e.getMessage());
    }

    @Test
    void xorRunSolvesAndRepeats() {
        Task xor = Tasks.byName("xor");
        NeatConfig config = Tasks.defaultConfig(xor);
        List<GenerationReport> first = new ArrayList<>();
        TaskRun.Result a = TaskRun.run(xor, config, 3, 60, first::add);
        assertTrue(a.solved());
        assertEquals(a.generations() - 1, a.generation());
        assertTrue(a.verdict().solved());
        assertEquals(a.fitness(), xor.fitness(TaskRun.network(xor, a.winner()), 3, 0));
        List<GenerationReport> second = new ArrayList<>();
        TaskRun.Result b = TaskRun.run(xor, config, 3, 60, second::add);
        assertEquals(first, second);
        assertEquals(a.winner(), b.winner());
    }

    @Test
    void aRejectedCandidateDoesNotStopTheRun() {
        Task xor = Tasks.byName("xor");
        NeatConfig config = Tasks.defaultConfig(xor);
        Population p = new Population(config, new StandardOperators(config.genome()), Rng.seeded(3));
        List<Genome> candidates = new ArrayList<>();
        RunResult r = p.run(g -> xor.fitness(TaskRun.network(xor, g), 3, 0), 45, report -> { },
                g -> {
                    candidates.add(g);
                    return false;
                });
        assertFalse(r.solved());
        assertEquals(45, r.generations());
        assertFalse(candidates.isEmpty(), "seed 3 reaches 3.9 before generation 45");
    }
}
