package plasticity.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code plasticity} command. */
@Command(
    name = "plasticity",
    mixinStandardHelpOptions = true,
    version = "plasticity 0.1.0",
    description = "Generate, verify and synthesise continuous-learning accelerators (GeneSys, MAERI).",
    subcommands = {
      GenerateCommand.class,
      RegressCommand.class,
      SynthCommand.class,
      BenchCommand.class,
      EvolveCommand.class,
      NeatResultsCommand.class,
      MaeriCommand.class,
      MaeriResultsCommand.class,
      AdamResultsCommand.class,
      EveResultsCommand.class,
      DesignsCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI and returns the exit code: 0 success, 1 a failing check, 2 bad input. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The configured command line (tests set its output and error writers). */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(new Errors());
    return cl;
  }
}
