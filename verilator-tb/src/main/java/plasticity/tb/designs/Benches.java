package plasticity.tb.designs;

import java.util.List;
import java.util.stream.Collectors;
import plasticity.gen.ConfigException;

/** The bench of every design that has a golden model. */
public final class Benches {
  private static final List<DesignBench> ALL = List.of(new AdderTreeBench(), new FifoBench(), new XorwowBench(), new ArtBench(),
      new FrontEndBench(), new AdamBench());

  private Benches() {}

  public static List<DesignBench> all() {
    return ALL;
  }

  public static DesignBench byName(String design) {
    return ALL.stream()
        .filter(b -> b.design().equals(design))
        .findFirst()
        .orElseThrow(() -> new ConfigException("no regression for design '" + design + "'; designs with one: "
            + ALL.stream().map(DesignBench::design).collect(Collectors.joining(", "))));
  }
}
