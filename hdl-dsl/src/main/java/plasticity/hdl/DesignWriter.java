package plasticity.hdl;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a design into a directory all at once ({@link AtomicDirectory}): a failure part-way
 * leaves the previous output (or nothing) in place, never a mix.
 */
public final class DesignWriter {
  private DesignWriter() {}

  public static Path write(GeneratedDesign design, Path dir) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    design.files().forEach((name, text) -> files.put(name, text.getBytes(StandardCharsets.UTF_8)));
    return AtomicDirectory.write(dir, files);
  }
}
