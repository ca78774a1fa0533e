package plasticity.tb.verilator;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A simulation binary ready to run.
 *
 * @param binary the executable (inside its cache entry)
 * @param cacheHit true when no Verilator or C++ compiler ran
 * @param key the cache key (SHA-256 hex), also the entry's directory name
 * @param elapsed wall time of the build call, lookup included
 */
public record BuildResult(Path binary, boolean cacheHit, String key, Duration elapsed) {}
