package plasticity.golden.neat.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import plasticity.golden.neat.Rng;
import plasticity.golden.neat.config.NeatConfig;
import plasticity.golden.neat.config.RunConfig;
import plasticity.golden.neat.tasks.OperatorSet;
import plasticity.golden.neat.tasks.Task;
import plasticity.golden.neat.tasks.TaskRun;
import plasticity.golden.neat.tasks.Tasks;

/**
 * Pins whole runs bit for bit: a SHA-256 over every generation's genomes (all genes, doubles
 * printed exactly), fitnesses (raw bits), species (key, representative, members, fitness
 * history) and stagnation events. The golden model is a specification, so a change meant only to
 * make it faster must leave these digests alone; a change of behaviour must update them on
 * purpose (and docs/results/neat.md with them). The digests were recorded before the speed work
 * on the evolution loop (main at 5481d71; the standard ones equal those of 0c58d6b).
 */
class TrajectoryPinTest {

    @Test
    void xorRunsAreUnchanged() {
        assertEquals("c4311dc6ac1844ef60f218ac4d1f17e01f1d30cc41cd2abe6d7f2fd1c60c9b56",
                digest(OperatorSet.STANDARD, "xor", 1, 150));
        assertEquals("10637c5713938e157d5ea72f66c28f92c17df9671ed146f1a916629a0872841b",
                digest(OperatorSet.STANDARD, "xor", 2, 150));
    }

    @Test
    void cartPoleRunIsUnchanged() {
        assertEquals("6aa0c2dd83464184a6064d9091ab1ee0ddb92343eb4d0e8aaff1f3b452918191",
                digest(OperatorSet.STANDARD, "cartpole", 1, 15));
    }

    /** The hardware operator set shares the genome, speciation and reproduction loop. */
    @Test
    void hardwareXorRunIsUnchanged() {
        assertEquals("e84238e0bb8ecf2f8a52d0ed23a65b30690d84923075d98d13c3a48f4575fb9d",
                digest(OperatorSet.HARDWARE, "xor", 1, 150));
    }

    /** The task's built-in config without fitness termination, so every run lasts the budget. */
    static String digest(OperatorSet ops, String env, int seed, int generations) {
        Task task = Tasks.byName(env);
        NeatConfig builtIn = Tasks.defaultConfig(task);
        RunConfig r = builtIn.run();
        NeatConfig config = new NeatConfig(new RunConfig(r.popSize(), r.fitnessCriterion(), r.fitnessThreshold(),
                r.resetOnExtinction(), true), builtIn.genome(), builtIn.speciesSet(), builtIn.stagnation(),
                builtIn.reproduction());
        MessageDigest md = sha256();
        Population p = new Population(config, ops.operators(config.genome()), Rng.seeded(seed));
        p.run(g -> {
            double f = task.fitness(TaskRun.network(task, ops, g), seed, p.generation());
            update(md, g.key() + ":" + Double.doubleToRawLongBits(f) + ";");
            return f;
        }, generations, new Reporter() {
            @Override
            public void generation(GenerationReport report) {
                update(md, report.toString());
                update(md, p.genomes().toString());
                for (Species s : p.species().species().values()) {
                    update(md, s.key() + " " + s.representative().key() + " " + s.members().keySet() + " "
                            + s.fitnessHistory() + " " + s.lastImproved());
                }
            }

            @Override
            public void speciesStagnant(int speciesKey, int generation) {
                update(md, "stag" + speciesKey + "@" + generation);
            }

            @Override
            public void extinction(int generation) {
                update(md, "ext@" + generation);
            }
        });
        return HexFormat.of().formatHex(md.digest());
    }

    private static void update(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
