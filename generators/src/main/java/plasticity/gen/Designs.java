package plasticity.gen;

import java.util.List;
import java.util.stream.Collectors;
import plasticity.gen.adam.AdamDesign;
import plasticity.gen.blocks.AdderTreeDesign;
import plasticity.gen.blocks.FifoDesign;
import plasticity.gen.eve.EveArrayDesign;
import plasticity.gen.eve.EvePeDesign;
import plasticity.gen.maeri.AcceleratorDesign;
import plasticity.gen.maeri.ArtDesign;
import plasticity.gen.maeri.FabricDesign;
import plasticity.gen.maeri.FrontEndDesign;
import plasticity.gen.prng.XorwowDesign;

/** Every design Plasticity can generate, in the order the CLI lists them. */
public final class Designs {
  private static final List<DesignSpec> ALL =
      List.of(new AdderTreeDesign(), new FifoDesign(), new XorwowDesign(), new ArtDesign(),
          new FrontEndDesign(), new AcceleratorDesign(), new FabricDesign(FabricDesign.FABRIC),
          new EvePeDesign(), new EveArrayDesign(), new AdamDesign());

  private Designs() {}

  public static List<DesignSpec> all() {
    return ALL;
  }

  public static DesignSpec byName(String name) {
    return ALL.stream()
        .filter(d -> d.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new ConfigException("unknown design '" + name + "'; known designs: "
            + ALL.stream().map(DesignSpec::name).collect(Collectors.joining(", "))));
  }
}
