package plasticity.tb;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import plasticity.tb.process.ProcessRunner;

/** The one place that decides what a missing tool means for a test. */
public final class Tools {
  private Tools() {}

  /**
   * Returns when {@code tool} is on the PATH. Otherwise on CI ({@code CI=true}) the test fails,
   * because a CI run that silently skips the RTL proves nothing; elsewhere it is skipped.
   */
  public static void require(String tool) {
    if (ProcessRunner.find(tool).isPresent()) {
      return;
    }
    String message = tool + " not found: make test installs it (apt-get install " + tool + ")";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(message);
    }
    assumeTrue(false, message);
  }
}
