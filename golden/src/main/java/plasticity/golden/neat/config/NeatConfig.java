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
}
