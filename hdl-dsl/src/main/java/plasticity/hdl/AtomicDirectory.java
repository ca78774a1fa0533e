package plasticity.hdl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a set of files as one directory, all at once: into a sibling temporary directory first,
 * which then replaces the target by a rename. A failure part-way leaves the previous contents (or
 * nothing) in place, never a mix. Generated designs and evolution runs are written this way.
 */
public final class AtomicDirectory {
  private AtomicDirectory() {}

  /** Replaces {@code dir} with exactly {@code files} (name to bytes); returns the absolute path. */
  public static Path write(Path dir, Map<String, byte[]> files) {
    Path target = dir.toAbsolutePath().normalize();
    Path parent = target.getParent();
    Path staging = null;
    try {
      Files.createDirectories(parent);
      staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp");
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Files.write(staging.resolve(f.getKey()), f.getValue());
      }
      if (Files.exists(target)) {
        Path old = Files.createTempDirectory(parent, "." + target.getFileName() + ".old");
        Files.delete(old);
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        move(staging, target);
        deleteTree(old);
      } else {
        move(staging, target);
      }
      staging = null;
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    } finally {
      if (staging != null) {
        deleteTree(staging);
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void deleteTree(Path p) {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      s.sorted(Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
    } catch (IOException ignored) {
      // best effort: a stale temporary directory is harmless
    }
  }
}
