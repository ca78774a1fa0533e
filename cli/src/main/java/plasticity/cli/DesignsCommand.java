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
      d.help().forEach((k, v) -> System.out.printf("  --set %-13s %s (default %s)%n", k + "=…", v,
          d.defaults().get(k).isEmpty() ? "derived" : d.defaults().get(k)));
    }
  }
}
