package plasticity.tb.verilator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.commons.io.FileUtils;
import plasticity.tb.Dut;
import plasticity.tb.process.ProcessResult;
import plasticity.tb.process.ProcessRunner;
import plasticity.tb.process.ToolException;

/**
 * Turns a DUT and settings into a simulation binary, through the {@link BuildCache}: the
 * second build of the same RTL, harness, flags and Verilator runs neither Verilator nor the
 * C++ compiler.
 */
public final class VerilatorBuild {
  private static final String HARNESS_FILE = "harness.cpp";
  private static final String HIER_BLOCK = "/*verilator hier_block*/";
  private static final ConcurrentHashMap<String, String> VERSIONS = new ConcurrentHashMap<>();

  private final BuildCache cache;
  private final ProcessRunner runner;
  private final RuntimeObjects runtime;

  public VerilatorBuild(BuildCache cache, ProcessRunner runner) {
    this.cache = cache;
    this.runner = runner;
    this.runtime = new RuntimeObjects(cache);
  }

  /** The standard cache ({@code $PLASTICITY_CACHE}) and a ten-minute build timeout. */
  public static VerilatorBuild standard() {
    return new VerilatorBuild(BuildCache.standard(), ProcessRunner.standard());
  }

  public BuildCache cache() {
    return cache;
  }

  /**
   * The binary for {@code dut} under {@code settings}, from the cache or freshly built.
   *
   * @throws ToolException when Verilator or the C++ compiler fails; the message holds the
   *     command and the first errors
   */
  public BuildResult build(Dut dut, VerilatorSettings settings) {
    long start = System.nanoTime();
    String harness = HarnessView.render(dut, settings);
    String key = BuildKey.of(dut.verilogFiles(), dut.top(), harness, settings.flags(), version());
    Optional<Path> cached = cache.lookup(key);
    if (cached.isPresent()) {
      return new BuildResult(cached.get(), true, key, since(start));
    }
    Path staging = cache.stage(key);
    try {
      Files.writeString(staging.resolve(HARNESS_FILE), harness, StandardCharsets.UTF_8);
      Path objDir = staging.resolve("obj_dir");
      // A hierarchical build makes its model in recursive makes, and make passes --old-file to
      // none of them: such a build compiles its own runtime, as Verilator would.
      boolean hierarchical = hierarchical(dut, settings);
      String runtimeKey = RuntimeObjects.key(version(), compilerVersion(), settings.flags());
      List<String> keptRuntime = hierarchical ? List.of() : runtime.seed(runtimeKey, objDir);
      List<List<String>> steps = new ArrayList<>();
      steps.add(command(dut, settings, staging, keptRuntime, hierarchical));
      if (hierarchical) {
        steps.add(hierarchicalMake(dut, settings, objDir));
      }
      Files.writeString(staging.resolve("command.txt"),
          steps.stream().map(c -> String.join("\n", c) + "\n").collect(Collectors.joining("\n")), StandardCharsets.UTF_8);
      StringBuilder log = new StringBuilder();
      for (List<String> step : steps) {
        ProcessResult r = runner.run(step, staging);
        log.append(r.stdout()).append(r.stderr());
        Files.writeString(staging.resolve("build.log"), log, StandardCharsets.UTF_8);
        if (!r.ok()) {
          throw new ToolException(
              "verilator build of " + dut.top() + " failed (exit " + r.exitCode() + "): " + r.commandLine()
                  + "\n" + firstErrors(r) + "\n--- last lines ---\n" + r.tail(15));
        }
      }
      if (!hierarchical && keptRuntime.isEmpty()) {
        runtime.keep(runtimeKey, objDir);
      }
      // The model's object files are large and never reused: an entry keeps the binary and what made it.
      FileUtils.deleteDirectory(objDir.toFile());
      Path binary = cache.commit(staging, key);
      return new BuildResult(binary, false, key, since(start));
    } catch (IOException e) {
      cache.discard(staging);
      throw new UncheckedIOException("cannot prepare the build of " + dut.top() + " in " + staging, e);
    } catch (RuntimeException e) {
      cache.discard(staging);
      throw e;
    }
  }

  /** The full Verilator command: fixed part here, everything settable from {@link VerilatorSettings#flags()}. */
  public List<String> command(Dut dut, VerilatorSettings settings, Path workDir) {
    return command(dut, settings, workDir, List.of(), hierarchical(dut, settings));
  }

  /**
   * The command, with {@code runtimeMakeFlags} from {@link RuntimeObjects#seed} (they change how
   * make gets the runtime library, not the binary, so they are not part of the cache key);
   * {@code hierarchical} is {@link #hierarchical}, found once per build (it reads the RTL).
   */
  private List<String> command(
      Dut dut, VerilatorSettings settings, Path workDir, List<String> runtimeMakeFlags, boolean hierarchical) {
    List<String> cmd = new ArrayList<>();
    cmd.add("verilator");
    cmd.addAll(List.of("--cc", "--exe"));
    if (!hierarchical) {
      cmd.add("--build"); // a hierarchical model is made by hierarchicalMake, in a second step
    }
    cmd.addAll(List.of("--top-module", dut.top()));
    cmd.addAll(List.of("--Mdir", workDir.resolve("obj_dir").toString()));
    cmd.addAll(List.of("-o", workDir.resolve(HarnessView.BINARY).toString()));
    cmd.addAll(settings.flags());
    cmd.addAll(runtimeMakeFlags);
    if (hierarchical) {
      // A module the generator marked (Module.hierBlock) is compiled once for all its instances;
      // the RTL and the settings are in the cache key, so the flag follows from the key's inputs.
      // Not for waves: a replay wants the signals inside those blocks too, and Verilator 5.006's
      // hierarchical model with --trace-fst dies of a segmentation fault.
      cmd.add("--hierarchical");
    }
    for (Path f : dut.verilogFiles()) {
      cmd.add(f.toAbsolutePath().toString());
    }
    cmd.add(workDir.resolve(HARNESS_FILE).toString());
    return cmd;
  }

  /**
   * The make that compiles a hierarchical model once Verilator has verilated it (and its blocks).
   *
   * <p>Why not {@code --build}: Verilator 5.006's {@code V<top>_hier.mk} verilates a block in a
   * rule with two targets (the block's .sv and its .mk) and no grouping, so make -j may run that
   * recipe twice at once, and the two Verilator runs write the same files while g++ reads them.
   * On a loaded machine the link then failed now and then, with undefined references into the
   * block's library (ADAM's 4 x 4 set, in a clean make test). Without {@code --build} Verilator
   * verilates serially ({@code hier_verilation} at -j 1); this step then only compiles, in
   * parallel: the same make command {@code --build} runs.
   */
  private static List<String> hierarchicalMake(Dut dut, VerilatorSettings settings, Path objDir) {
    List<String> cmd = new ArrayList<>(List.of("make", "-C", objDir.toString(), "-f", "V" + dut.top() + "_hier.mk",
        "-j", Integer.toString(settings.makeJobs())));
    cmd.addAll(settings.makeVariables());
    cmd.add("hier_build");
    return cmd;
  }

  private static boolean hierarchical(Dut dut, VerilatorSettings settings) {
    return settings.trace() == VerilatorSettings.TraceKind.NONE && hasHierBlocks(dut);
  }

  /** Whether some RTL file of {@code dut} marks a module {@value #HIER_BLOCK}. */
  static boolean hasHierBlocks(Dut dut) {
    for (Path f : dut.verilogFiles()) {
      try {
        if (Files.readString(f, StandardCharsets.UTF_8).contains(HIER_BLOCK)) {
          return true;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read RTL file " + f, e);
      }
    }
    return false;
  }

  /** {@code verilator --version}, asked once per JVM: it is part of every cache key. */
  public String version() {
    return toolVersion("verilator");
  }

  /** {@code g++ --version} (verilated.mk's compiler), part of the runtime objects' key. */
  private String compilerVersion() {
    return toolVersion("g++");
  }

  private String toolVersion(String tool) {
    return VERSIONS.computeIfAbsent(
        tool,
        t -> runner.run(List.of(t, "--version"), Path.of(".").toAbsolutePath())
            .requireSuccess(t + " --version")
            .stdout()
            .strip());
  }

  private static String firstErrors(ProcessResult r) {
    String errors =
        (r.stderr() + "\n" + r.stdout())
            .lines()
            .filter(l -> l.startsWith("%Error") || l.contains("error:"))
            .limit(8)
            .collect(Collectors.joining("\n"));
    return errors.isEmpty() ? "(no error lines; see the tail below)" : errors;
  }

  private static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
