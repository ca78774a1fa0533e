package plasticity.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.LongStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import plasticity.tb.Regression;
import plasticity.tb.Verdict;
import plasticity.tb.designs.DesignRegression;

@Command(name = "regress", mixinStandardHelpOptions = true,
    description = {"Golden model against the generated RTL on Verilator, cycle by cycle.",
        "Without --set, seed s runs on the design's parameter set s mod k (see the progress lines);",
        "the last line is 'N passed, M failed'. Exit code 1 when any seed fails."})
final class RegressCommand implements Callable<Integer> {
  @Mixin DesignOptions design;

  @Option(names = "--seeds", paramLabel = "N", defaultValue = "100", description = "run seeds 1..N (default 100)")
  long seeds;

  @Option(names = "--seed", paramLabel = "S", description = "run only seed S (a replay)")
  Long seed;

  @Option(names = "--waves", description = "with --seed: write an FST waveform beside the trace")
  boolean waves;

  @Option(names = "--jobs", paramLabel = "J",
      description = "seeds run at a time (default: one per core); progress lines stay in seed order")
  Integer jobs;

  @Override
  public Integer call() {
    if (seeds < 1) {
      throw new Errors.UserError("--seeds " + seeds + ": give at least 1");
    }
    if (waves && seed == null) {
      throw new Errors.UserError("--waves replays one case: give --seed S too (a failing run prints it)");
    }
    if (jobs != null && jobs < 1) {
      throw new Errors.UserError("--jobs " + jobs + ": give at least 1");
    }
    DesignRegression regression =
        DesignRegression.standard(design.design, design.overrides(), jobs == null ? Regression.defaultJobs() : jobs);
    if (seed != null) {
      Verdict v = regression.replay(seed, waves);
      return v.passed() ? 0 : 1;
    }
    List<Long> all = LongStream.rangeClosed(1, seeds).boxed().toList();
    Regression.Report report = regression.run(all);
    return report.failed() == 0 ? 0 : 1;
  }
}
