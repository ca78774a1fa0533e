package plasticity.tb.verilator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Verilator's runtime library ({@code verilated.o}, {@code verilated_threads.o}, and for some
 * builds {@code verilated_dpi.o} or {@code verilated_fst_c.o}), compiled once and reused by every
 * later build with the same compiler, Verilator and flags.
 *
 * <p>Why: verilated.mk compiles the library into every model's object directory. At -O1 that is
 * about 5 s of the C++ compiler, on the critical path of a small design's build, and a clean
 * {@code make test} builds some 75 models. Keeping the objects saves minutes of CI.
 *
 * <p>How: the first build's objects are kept in a cache entry {@code runtime-<key>} (published by
 * an atomic rename, like every entry). A later build finds them, copies them into its object
 * directory before Verilator runs, and names each one to make with {@code --old-file}: make then
 * neither rebuilds it nor rebuilds anything on its account, although verilated.mk makes the
 * library depend on the model's freshly written makefile. The objects are the ones verilated.mk
 * compiled itself, so their flags are by construction the flags of a build that did not reuse
 * them; the key holds every input that reaches those flags.
 */
final class RuntimeObjects {
  /** Verilator's global objects are named after its runtime sources: verilated*.cpp. */
  private static final String PREFIX = "verilated";

  private final BuildCache cache;

  RuntimeObjects(BuildCache cache) {
    this.cache = cache;
  }

  /**
   * The entry's key: the compiler's and Verilator's versions and the build's flags. Parameter
   * overrides ({@code -G}) reach only the model, so designs that differ in them share a library.
   * Only flat builds use an entry: a {@code --hierarchical} build compiles its model in recursive
   * makes, which {@code --old-file} does not reach.
   */
  static String key(String verilatorVersion, String compilerVersion, List<String> flags) {
    List<String> fields = new ArrayList<>(List.of(verilatorVersion, compilerVersion));
    flags.stream().filter(f -> !f.startsWith("-G")).forEach(fields::add);
    return "runtime-" + BuildKey.ofFields("plasticity-verilator-runtime 1", fields);
  }

  /**
   * Copies the kept objects of {@code key} into {@code objDir} and returns the make flags that
   * keep make from rebuilding them; no flags when nothing is kept yet.
   */
  List<String> seed(String key, Path objDir) {
    Path entry = cache.entry(key).orElse(null);
    if (entry == null) {
      return List.of();
    }
    List<String> makeFlags = new ArrayList<>();
    try {
      Files.createDirectories(objDir);
      for (Path object : objects(entry)) {
        Path name = object.getFileName();
        Files.copy(object, objDir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        makeFlags.add("-MAKEFLAGS");
        makeFlags.add("--old-file=" + name);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy Verilator's runtime objects from " + entry + " to " + objDir, e);
    }
    return makeFlags;
  }

  /** After a build that compiled the library itself: keeps its objects under {@code key}. */
  void keep(String key, Path objDir) {
    if (cache.entry(key).isPresent()) {
      return;
    }
    Path staging = cache.stage(key);
    try {
      List<Path> objects = objects(objDir);
      if (objects.isEmpty()) {
        cache.discard(staging);
        return;
      }
      for (Path object : objects) {
        Files.copy(object, staging.resolve(object.getFileName()));
      }
      cache.publish(staging, key);
    } catch (IOException e) {
      cache.discard(staging);
      throw new UncheckedIOException("cannot keep Verilator's runtime objects of " + objDir, e);
    }
  }

  private static List<Path> objects(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.getFileName().toString().startsWith(PREFIX) && f.getFileName().toString().endsWith(".o"))
          .sorted()
          .toList();
    }
  }
}
