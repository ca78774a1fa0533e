package plasticity.cli;

import picocli.CommandLine.Command;
import plasticity.gen.DesignSpec;
import plasticity.gen.Designs;

@Command(name = "designs", mixinStandardHelpOptions = true,
    description = "List the designs and their settings with defaults.")
final class DesignsCommand implements Runnable {
  @Override
  public void run() {
    for (DesignSpec d : Designs.all()) {
      System.out.printf("%s — %s%n", d.name(), d.summary());
      d.settings().forEach(s -> System.out.printf("  --set %-16s %s%s%n", s.name() + "=...", s.help(),
          s.defaultValue().isEmpty() ? "" : " (default " + s.defaultValue() + ")"));
    }
  }
}
