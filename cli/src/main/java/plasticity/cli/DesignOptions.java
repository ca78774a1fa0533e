package plasticity.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import plasticity.gen.DesignSpec;
import plasticity.gen.Designs;
import plasticity.gen.Settings;

/** The design name and {@code --set key=value} options that several commands share. */
final class DesignOptions {
  @Parameters(index = "0", paramLabel = "<design>", description = "one of: ${COMPLETION-CANDIDATES}",
      completionCandidates = DesignNames.class)
  String design;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "a design setting, repeatable (see `plasticity designs`), e.g. --set N=8")
  List<String> settings = new ArrayList<>();

  DesignSpec spec() {
    return Designs.byName(design);
  }

  Map<String, String> overrides() {
    return Settings.parse(settings);
  }

  /** Completion candidates: the registered designs. */
  static final class DesignNames extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    DesignNames() {
      Designs.all().forEach(d -> add(d.name()));
    }
  }
}
