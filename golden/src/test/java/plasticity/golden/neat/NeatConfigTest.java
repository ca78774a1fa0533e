package plasticity.golden.neat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plasticity.golden.neat.config.BoolAttributeConfig;
import plasticity.golden.neat.config.FitnessCriterion;
import plasticity.golden.neat.config.FloatAttributeConfig;
import plasticity.golden.neat.config.GenomeConfig;
import plasticity.golden.neat.config.InitialConnection;
import plasticity.golden.neat.config.NeatConfig;
import plasticity.golden.neat.config.NeatConfigException;
import plasticity.golden.neat.config.SpeciesFitnessFunction;

/** The INI reader (docs/spec/neat.md, "Configuration files"). */
class NeatConfigTest {

    /** XOR config text with the line {@code key = ...} replaced by {@code key = value}. */
    static String xorWith(String key, String value) {
        String text = Xor.resource("config-feedforward");
        String replaced = text.replaceFirst("(?m)^" + key + "\\s*=.*$", key + " = " + value);
        if (replaced.equals(text)) {
            throw new IllegalArgumentException("no key " + key + " in the XOR config");
        }
        return replaced;
    }

    static NeatConfig xorConfigWith(String... keyValues) {
        String text = Xor.resource("config-feedforward");
        for (int i = 0; i < keyValues.length; i += 2) {
            text = text.replaceFirst("(?m)^" + keyValues[i] + "\\s*=.*$", keyValues[i] + " = " + keyValues[i + 1]);
        }
        return NeatConfig.parse("variant", text);
    }

    @Test
    void neatPythonXorConfigLoadsUnchanged() {
        NeatConfig c = Xor.config();
        assertEquals(150, c.run().popSize());
        assertEquals(FitnessCriterion.MAX, c.run().fitnessCriterion());
        assertEquals(3.9, c.run().fitnessThreshold());
        assertFalse(c.run().resetOnExtinction());
        assertFalse(c.run().noFitnessTermination());
        GenomeConfig g = c.genome();
        assertEquals(2, g.numInputs());
        assertEquals(1, g.numOutputs());
        assertEquals(0, g.numHidden());
        assertTrue(g.feedForward());
        assertEquals(InitialConnection.FULL_DIRECT, g.initialConnection());
        assertEquals(List.of(-1, -2), g.inputKeys());
        assertEquals(List.of(0), g.outputKeys());
        assertEquals(0.5, g.connAddProb());
        assertEquals(0.2, g.nodeDeleteProb());
        assertFalse(g.surer());
        assertEquals(new FloatAttributeConfig("bias", 0.0, 1.0, FloatAttributeConfig.InitType.GAUSSIAN,
                -30.0, 30.0, 0.5, 0.7, 0.1), g.bias());
        assertEquals(new FloatAttributeConfig("weight", 0.0, 1.0, FloatAttributeConfig.InitType.GAUSSIAN,
                -30.0, 30.0, 0.5, 0.8, 0.1), g.weight());
        assertEquals(new BoolAttributeConfig("enabled", BoolAttributeConfig.Default.TRUE, 0.01, 0.0, 0.0),
                g.enabled());
        assertEquals(Optional.of(Activation.SIGMOID), g.activation().defaultValue());
        assertEquals(List.of(Aggregation.SUM), g.aggregation().options());
        assertEquals(3.0, c.speciesSet().compatibilityThreshold());
        assertEquals(SpeciesFitnessFunction.MAX, c.stagnation().speciesFitnessFunc());
        assertEquals(20, c.stagnation().maxStagnation());
        assertEquals(2, c.stagnation().speciesElitism());
        assertEquals(2, c.reproduction().elitism());
        assertEquals(0.2, c.reproduction().survivalThreshold());
        assertEquals(2, c.reproduction().minSpeciesSize());
    }

    @Test
    void readsFromAFileAndNamesItInErrors(@TempDir Path dir) throws Exception {
        Path ok = dir.resolve("xor.ini");
        Files.writeString(ok, Xor.resource("config-feedforward"));
        assertEquals(150, NeatConfig.read(ok).run().popSize());
        Path bad = dir.resolve("bad.ini");
        Files.writeString(bad, xorWith("pop_size", "lots"));
        NeatConfigException e = assertThrows(NeatConfigException.class, () -> NeatConfig.read(bad));
        assertEquals(bad.toString(), e.file());
        assertEquals(4, e.line());
        assertTrue(e.getMessage().startsWith(bad + ":4: "), e.getMessage());
    }

    @Test
    void unknownKeyIsAnErrorAtItsLine() {
        String text = Xor.resource("config-feedforward").replace("[DefaultSpeciesSet]\n",
                "[DefaultSpeciesSet]\ncompatibility_treshold = 2.0\n");
        NeatConfigException e = assertThrows(NeatConfigException.class, () -> NeatConfig.parse("x.ini", text));
        assertEquals(lineOf(text, "compatibility_treshold"), e.line());
        assertTrue(e.getMessage().contains("unknown key 'compatibility_treshold'"), e.getMessage());
        assertTrue(e.getMessage().startsWith("x.ini:"), e.getMessage());
    }

    @Test
    void missingRequiredKeyIsAnErrorAtItsSection() {
        String text = Xor.resource("config-feedforward").replaceFirst("(?m)^weight_mutate_rate.*\n", "");
        NeatConfigException e = assertThrows(NeatConfigException.class, () -> NeatConfig.parse("x.ini", text));
        assertEquals(lineOf(text, "[DefaultGenome]"), e.line());
        assertTrue(e.getMessage().contains("missing key 'weight_mutate_rate'"), e.getMessage());
    }

    @Test
    void optionalKeysTakeNeatPython092Defaults() {
        String text = Xor.resource("config-feedforward")
                .replaceFirst("(?m)^species_fitness_func.*\n", "")
                .replaceFirst("(?m)^max_stagnation.*\n", "")
                .replaceFirst("(?m)^species_elitism.*\n", "")
                .replaceFirst("(?m)^min_species_size.*\n", "")
                .replaceFirst("(?m)^initial_connection.*\n", "")
                .replaceFirst("(?m)^weight_init_type.*\n", "");
        NeatConfig c = NeatConfig.parse("x.ini", text);
        assertEquals(SpeciesFitnessFunction.MEAN, c.stagnation().speciesFitnessFunc());
        assertEquals(15, c.stagnation().maxStagnation());
        assertEquals(0, c.stagnation().speciesElitism());
        assertEquals(2, c.reproduction().minSpeciesSize());
        assertEquals(InitialConnection.UNCONNECTED, c.genome().initialConnection());
        assertEquals(FloatAttributeConfig.InitType.GAUSSIAN, c.genome().weight().initType());
    }

    @Test
    void malformedAndOutOfRangeValuesAreErrorsAtTheirLine() {
        String[][] cases = {
            {"conn_add_prob", "1.5", "not a probability"},
            {"conn_add_prob", "half", "not a decimal number"},
            {"node_delete_prob", "-0.1", "not a probability"},
            {"num_inputs", "0", "must be >= 1"},
            {"num_inputs", "2.5", "not an integer"},
            {"feed_forward", "maybe", "not True or False"},
            {"bias_mutate_power", "-1", "must be >= 0"},
            {"bias_min_value", "40", "is above"},
            {"weight_init_stdev", "NaN", "not a decimal number"},
            {"activation_options", "sigmoid swish", "unknown activation function 'swish'"},
            {"aggregation_default", "sqrt", "unknown aggregation function 'sqrt'"},
            {"enabled_default", "sometimes", "not true, false or random"},
            {"initial_connection", "partial_direct", "needs a fraction"},
            {"initial_connection", "partial_direct 1.5", "must be in [0, 1]"},
            {"initial_connection", "full_direct 0.5", "takes no argument"},
            {"initial_connection", "mesh", "is not one of"},
            {"structural_mutation_surer", "perhaps", "is not one of"},
            {"compatibility_threshold", "0", "must be a finite number > 0"},
            {"species_fitness_func", "mode", "is not one of"},
            {"survival_threshold", "0", "must be in (0, 1]"},
            {"fitness_criterion", "best", "is not one of"},
            {"pop_size", "0", "must be >= 1"},
        };
        for (String[] c : cases) {
            String text = xorWith(c[0], c[1]);
            NeatConfigException e = assertThrows(NeatConfigException.class,
                    () -> NeatConfig.parse("x.ini", text), c[0] + " = " + c[1]);
            assertEquals(lineOf(text, c[0] + " = "), e.line(), e.getMessage());
            assertTrue(e.getMessage().contains(c[2]), e.getMessage());
        }
    }

    @Test
    void syntaxErrorsNameTheLine() {
        String base = Xor.resource("config-feedforward");
        String[][] cases = {
            {base.replace("[DefaultStagnation]", "[DefaultStagnation"), "[DefaultStagnation", "malformed section"},
            {base.replace("[DefaultStagnation]", "[Stagnation]"), "[Stagnation]", "unknown section"},
            {base.replace("max_stagnation       = 20", "max_stagnation       = 20\nmax_stagnation = 30"),
                "max_stagnation = 30", "appears twice"},
            {"pop_size = 3\n" + base, "pop_size = 3", "outside any section"},
            {base.replace("max_stagnation       = 20", "max_stagnation       = 20\n   15"), "   15",
                "continuation lines"},
            {base.replace("max_stagnation       = 20", "max_stagnation 20"), "max_stagnation 20", "malformed line"},
        };
        for (String[] c : cases) {
            NeatConfigException e = assertThrows(NeatConfigException.class, () -> NeatConfig.parse("x.ini", c[0]));
            assertEquals(lineOf(c[0], c[1]), e.line(), e.getMessage());
            assertTrue(e.getMessage().contains(c[2]), e.getMessage());
        }
        String noStagnation = base.substring(0, base.indexOf("[DefaultStagnation]"))
                + base.substring(base.indexOf("[DefaultReproduction]"));
        NeatConfigException e = assertThrows(NeatConfigException.class,
                () -> NeatConfig.parse("x.ini", noStagnation));
        assertTrue(e.getMessage().contains("missing section [DefaultStagnation]"), e.getMessage());
    }

    @Test
    void initialConnectionVariants() {
        assertEquals(InitialConnection.PARTIAL_NODIRECT,
                NeatConfig.parse("x", xorWith("initial_connection", "partial_nodirect 0.5")).genome().initialConnection());
        assertEquals(0.25, NeatConfig.parse("x", xorWith("initial_connection", "partial 0.25")).genome()
                .connectionFraction());
        assertEquals(InitialConnection.FULL_NODIRECT,
                NeatConfig.parse("x", xorWith("initial_connection", "full_nodirect")).genome().initialConnection());
        assertEquals(InitialConnection.FS_NEAT_HIDDEN,
                NeatConfig.parse("x", xorWith("initial_connection", "fs_neat_hidden")).genome().initialConnection());
        assertEquals(InitialConnection.UNCONNECTED,
                NeatConfig.parse("x", xorWith("initial_connection", "unconnected")).genome().initialConnection());
    }

    static int lineOf(String text, String prefix) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no line starts with " + prefix);
    }
}
