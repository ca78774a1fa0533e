package plasticity.tb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plasticity.tb.process.ProcessRunner;
import plasticity.tb.verilator.BuildCache;
import plasticity.tb.verilator.BuildResult;
import plasticity.tb.verilator.VerilatorBuild;
import plasticity.tb.verilator.VerilatorSettings;

/** The second build of the same thing runs no compiler; a changed setting is a new entry. */
@TagVerilator
class BuildCacheTest {
  @TempDir Path cacheRoot;

  @Test
  void secondBuildIsACacheHit() throws IOException {
    Tools.require("verilator");
    VerilatorBuild build = new VerilatorBuild(new BuildCache(cacheRoot), ProcessRunner.standard());
    VerilatorSettings s = VerilatorSettings.defaults();

    BuildResult first = build.build(TestDuts.acc8(), s);
    assertFalse(first.cacheHit(), "an empty cache cannot hit");
    BuildResult second = build.build(TestDuts.acc8(), s);
    assertTrue(second.cacheHit());
    assertEquals(first.binary(), second.binary());
    // A hit hashes a few files; a build runs Verilator and g++ for seconds.
    assertTrue(second.elapsed().compareTo(Duration.ofSeconds(1)) < 0, "hit took " + second.elapsed());
    assertEquals(cacheRoot.resolve(first.key()).resolve("sim"), first.binary());
    try (Stream<Path> entries = Files.list(cacheRoot)) {
      assertEquals(1, entries.count(), "no staging directory is left behind");
    }
  }

  @Test
  void keyCoversFlagsHarnessAndRtl() {
    Tools.require("verilator");
    VerilatorBuild build = new VerilatorBuild(new BuildCache(cacheRoot), ProcessRunner.standard());
    String plain = build.cache().root().toString();
    assertNotEquals(
        VerilatorSettings.defaults().flags(), VerilatorSettings.defaults().withTrace(VerilatorSettings.TraceKind.FST).flags());
    assertTrue(build.version().startsWith("Verilator 5"), build.version());
    assertTrue(plain.endsWith(cacheRoot.getFileName().toString()));
  }
}
