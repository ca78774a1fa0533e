package plasticity.tb.verilator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.io.FileUtils;

/**
 * Directory of finished builds: {@code <root>/<key>/sim}, and of Verilator's runtime objects
 * ({@code <root>/runtime-<key>/}, see {@link RuntimeObjects}). An entry appears only by an atomic
 * rename of a complete staging directory, so an interrupted build leaves at worst a
 * {@code .staging-*} directory, never a half entry that a later lookup would trust.
 */
public final class BuildCache {
  private final Path root;

  public BuildCache(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** {@code $PLASTICITY_CACHE}, else {@code ~/.cache/plasticity/verilator}. */
  public static BuildCache standard() {
    String env = System.getenv("PLASTICITY_CACHE");
    Path root =
        env != null && !env.isBlank()
            ? Path.of(env)
            : Path.of(System.getProperty("user.home"), ".cache", "plasticity", "verilator");
    return new BuildCache(root);
  }

  public Path root() {
    return root;
  }

  /** The binary of entry {@code key}, if a complete entry exists. */
  public Optional<Path> lookup(String key) {
    Path binary = root.resolve(key).resolve(HarnessView.BINARY);
    return Files.isExecutable(binary) ? Optional.of(binary) : Optional.empty();
  }

  /** A fresh private directory on the cache's file system (so the final rename is atomic). */
  public Path stage(String key) {
    try {
      Files.createDirectories(root);
      return Files.createDirectory(root.resolve(".staging-" + key.substring(0, 16) + "-" + UUID.randomUUID()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a build directory under " + root, e);
    }
  }

  /** The directory of entry {@code key}, if it exists (an entry exists only complete). */
  public Optional<Path> entry(String key) {
    Path entry = root.resolve(key);
    return Files.isDirectory(entry) ? Optional.of(entry) : Optional.empty();
  }

  /**
   * Publishes a staging directory as entry {@code key} and returns the entry's binary. If another
   * build of the same key won the race, its entry is kept and this one is discarded.
   */
  public Path commit(Path staging, String key) {
    Path entry = publish(staging, key);
    return lookup(key).orElseThrow(() -> new IllegalStateException("cache entry " + entry + " has no binary"));
  }

  /**
   * Publishes a staging directory as entry {@code key} by an atomic rename and returns the entry;
   * if another build of the same key won the race, its entry is kept and this one is discarded.
   */
  public Path publish(Path staging, String key) {
    Path entry = root.resolve(key);
    try {
      Files.move(staging, entry, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
      discard(staging);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IllegalStateException("cache root " + root + " does not support atomic renames", e);
    } catch (IOException e) {
      if (!Files.isDirectory(entry)) {
        throw new UncheckedIOException("cannot publish build " + staging + " as " + entry, e);
      }
      discard(staging);
    }
    return entry;
  }

  /** Deletes a staging directory (after a failed build, or a lost race). */
  public void discard(Path staging) {
    FileUtils.deleteQuietly(staging.toFile());
  }
}
