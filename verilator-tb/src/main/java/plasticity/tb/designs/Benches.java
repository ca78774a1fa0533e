package plasticity.tb.designs;

import java.util.List;
import java.util.stream.Collectors;
import plasticity.gen.ConfigException;
import plasticity.gen.maeri.AcceleratorDesign;
import plasticity.gen.maeri.FabricDesign;

/** The bench of every design that has a golden model. */
public final class Benches {
  private static final List<DesignBench> ALL = List.of(new AdderTreeBench(), new FifoBench(), new XorwowBench(), new ArtBench(),
      new FrontEndBench(), new FabricBench(FabricDesign.FABRIC), new AcceleratorBench(AcceleratorDesign.NAME),
      new EvePeBench(), new EveArrayBench(), new AdamBench());
  /** Designs regressed with another's bench: the same hardware under a second name (none today). */
  private static final List<DesignBench> ALIASES = List.of();

  private Benches() {}

  public static List<DesignBench> all() {
    return ALL;
  }

  public static DesignBench byName(String design) {
    return java.util.stream.Stream.concat(ALL.stream(), ALIASES.stream())
        .filter(b -> b.design().equals(design))
        .findFirst()
        .orElseThrow(() -> new ConfigException("no regression for design '" + design + "'; designs with one: "
            + ALL.stream().map(DesignBench::design).collect(Collectors.joining(", "))));
  }
}
