package plasticity.golden.neat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import plasticity.golden.neat.config.NeatConfig;
import plasticity.golden.neat.evolution.Population;
import plasticity.golden.neat.evolution.Reporter;
import plasticity.golden.neat.evolution.RunResult;
import plasticity.golden.neat.standard.StandardOperators;

/** neat-python's XOR example (examples/xor/evolve-feedforward.py) on the golden model. */
final class Xor {

    static final double[][] INPUTS = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    static final double[] OUTPUTS = {0, 1, 1, 0};

    private Xor() {
    }

    /** The neat-python v0.92 XOR config, unchanged (test resource config-feedforward). */
    static NeatConfig config() {
        return NeatConfig.parse("config-feedforward", resource("config-feedforward"));
    }

    static String resource(String name) {
        try (InputStream in = Xor.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** fitness = 4 - sum of squared errors over the four cases. */
    static double fitness(Genome g, NeatConfig config) {
        FeedForwardNetwork net = FeedForwardNetwork.create(g, config.genome().numInputs(),
                config.genome().numOutputs());
        double f = 4.0;
        for (int i = 0; i < 4; i++) {
            double out = net.activate(INPUTS[i])[0];
            f -= (out - OUTPUTS[i]) * (out - OUTPUTS[i]);
        }
        return f;
    }

    static RunResult run(int seed, int maxGenerations, Reporter reporter) {
        NeatConfig config = config();
        Population p = new Population(config, new StandardOperators(config.genome()), Rng.seeded(seed));
        return p.run(g -> fitness(g, config), maxGenerations, reporter);
    }

    /** Prints generations-to-solve over seeds 1..N: {@code java ... Xor N}. */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        for (int seed = 1; seed <= n; seed++) {
            long t = System.nanoTime();
            RunResult r;
            try {
                r = run(seed, 300, Reporter.silent());
                System.out.printf("seed %d solved=%b generations=%d best=%.4f nodes=%d conns=%d %.1fs%n", seed,
                        r.solved(), r.generations(), r.bestFitness(), r.best().nodes().size(),
                        r.best().enabledConnections(), (System.nanoTime() - t) / 1e9);
            } catch (RuntimeException e) {
                System.out.printf("seed %d: %s%n", seed, e);
            }
        }
    }
}
