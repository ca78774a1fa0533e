package plasticity.tb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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
  @TempDir Path traceDir;

  private VerilatorBuild builder() {
    return new VerilatorBuild(new BuildCache(cacheRoot), ProcessRunner.standard());
  }

  @Test
  void secondBuildIsACacheHit() throws IOException {
    Tools.require("verilator");
    VerilatorBuild build = builder();
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
      assertEquals(
          List.of(first.key(), "runtime-"),
          entries.map(p -> p.getFileName().toString()).map(n -> n.startsWith("runtime-") ? "runtime-" : n).sorted().toList(),
          "the build and Verilator's runtime objects; no staging directory is left behind");
    }
  }

  /**
   * A second design with the same settings links the first build's runtime library instead of
   * compiling it again, and still simulates; waves compile a library of their own.
   */
  @Test
  void verilatorsRuntimeLibraryIsCompiledOncePerSettings() throws IOException {
    Tools.require("verilator");
    VerilatorBuild build = builder();
    VerilatorSettings s = VerilatorSettings.defaults();

    BuildResult first = build.build(TestDuts.widePass(), s);
    assertTrue(compilesRuntime(first), "an empty cache compiles verilated.cpp");
    BuildResult second = build.build(TestDuts.acc8(), s);
    assertFalse(compilesRuntime(second), "the kept runtime is linked, not compiled");
    String command = Files.readString(second.binary().getParent().resolve("command.txt"));
    assertTrue(command.contains("--old-file=verilated.o"), command);
    Path trace = Acc8Golden.trace(42, 500).write(traceDir.resolve("acc8.trace"));
    assertEquals(new Verdict.Pass(500), Simulation.run(second.binary(), trace, Optional.empty(), ProcessRunner.standard()));

    BuildResult waves = build.build(TestDuts.widePass(), s.withTrace(VerilatorSettings.TraceKind.FST));
    assertTrue(compilesRuntime(waves), "an FST build compiles the runtime with VM_TRACE=1");
  }

  private static String buildLog(BuildResult r) throws IOException {
    return Files.readString(r.binary().getParent().resolve("build.log"));
  }

  private static boolean compilesRuntime(BuildResult r) throws IOException {
    return buildLog(r).lines().anyMatch(l -> l.contains("-o verilated.o "));
  }

  @Test
  void keyCoversFlagsHarnessAndRtl() {
    Tools.require("verilator");
    VerilatorBuild build = builder();
    String plain = build.cache().root().toString();
    assertNotEquals(
        VerilatorSettings.defaults().flags(), VerilatorSettings.defaults().withTrace(VerilatorSettings.TraceKind.FST).flags());
    assertTrue(build.version().startsWith("Verilator 5"), build.version());
    assertTrue(plain.endsWith(cacheRoot.getFileName().toString()));
  }
}
