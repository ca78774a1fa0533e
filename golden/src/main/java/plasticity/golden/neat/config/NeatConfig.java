package plasticity.golden.neat.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A whole neat-python style configuration: the five sections of a v0.92 config file
 * (docs/spec/neat.md, "Configuration files").
 */
public record NeatConfig(RunConfig run, GenomeConfig genome, SpeciesSetConfig speciesSet,
        StagnationConfig stagnation, ReproductionConfig reproduction) {

    /** Reads a config file; errors name the file and line ({@link NeatConfigException}). */
    public static NeatConfig read(Path file) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NEAT config " + file, e);
        }
    }

    /** Parses config text; {@code fileName} is only used in error messages. */
    public static NeatConfig parse(String fileName, String text) {
        return new NeatConfigReader(IniFile.parse(fileName, text)).read();
    }

    /**
     * Parses a config for a feed-forward network with {@code numInputs} inputs and
     * {@code numOutputs} outputs, as a task needs it ({@code what} names the task in the
     * message): a different {@code num_inputs} or {@code num_outputs}, or
     * {@code feed_forward = False}, is a {@link NeatConfigException} at that key's line.
     */
    public static NeatConfig parseFeedForward(String fileName, String text, int numInputs, int numOutputs,
            String what) {
        IniFile ini = IniFile.parse(fileName, text);
        NeatConfig config = new NeatConfigReader(ini).read();
        GenomeConfig g = config.genome();
        if (g.numInputs() != numInputs) {
            throw mismatch(ini, "num_inputs", "num_inputs = " + g.numInputs() + ", but " + what + " has "
                    + numInputs + " inputs: set num_inputs = " + numInputs);
        }
        if (g.numOutputs() != numOutputs) {
            throw mismatch(ini, "num_outputs", "num_outputs = " + g.numOutputs() + ", but " + what + " reads "
                    + numOutputs + " outputs: set num_outputs = " + numOutputs);
        }
        if (!g.feedForward()) {
            throw mismatch(ini, "feed_forward", "feed_forward = False, but only feed-forward networks are"
                    + " evaluated (recurrent networks are not implemented): set feed_forward = True");
        }
        return config;
    }

    private static NeatConfigException mismatch(IniFile ini, String key, String message) {
        // The reader has checked that [DefaultGenome] and the key exist.
        return new NeatConfigException(ini.file, ini.sections.get("DefaultGenome").entries.get(key).line(),
                message);
    }
}
