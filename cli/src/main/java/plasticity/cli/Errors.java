package plasticity.cli;

import java.io.UncheckedIOException;
import picocli.CommandLine;
import plasticity.gen.ConfigException;
import plasticity.golden.neat.config.NeatConfigException;
import plasticity.hdl.ElaborationException;
import plasticity.hdl.HdlException;

/**
 * Turns the errors a user can cause into one clear line on stderr and exit code 2; anything
 * else is a bug in Plasticity and keeps its stack trace.
 */
final class Errors implements CommandLine.IExecutionExceptionHandler {
  static final int BAD_INPUT = 2;

  @Override
  public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    if (e instanceof ConfigException || e instanceof UncheckedIOException || e instanceof UserError
        || e instanceof NeatConfigException) {
      cl.getErr().println("plasticity: " + e.getMessage());
      return BAD_INPUT;
    }
    if (e instanceof HdlException || e instanceof ElaborationException) {
      cl.getErr().println("plasticity: " + e.getMessage());
      return BAD_INPUT;
    }
    cl.getErr().println("plasticity: internal error (please report): " + e);
    e.printStackTrace(cl.getErr());
    return 3;
  }

  /** A problem with what the user asked for, already phrased for them. */
  static final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
      super(message);
    }
  }
}
