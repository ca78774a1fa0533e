package plasticity.tb.designs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import plasticity.gen.Designs;
import plasticity.golden.maeri.FabricConfig;
import plasticity.hdl.GeneratedDesign;

/**
 * Given the accelerator's settings without ACCD, the generator derives the same accumulation-buffer
 * entries as the golden model (docs/spec/maeri.md, "Accumulation buffer"), and writes them in the
 * Verilog header: the host compiles programs for the buffer the RTL has.
 */
class DefaultAccDepthTest {

  @Test
  void theGeneratorAndTheGoldenModelDeriveTheSameDefault() {
    int checked = 0;
    for (int n : new int[] {2, 8, 16, 64, 256}) {
      for (int dnBw = 1; dnBw <= n; dnBw *= 4) {
        for (int rnBw = 1; rnBw <= n; rnBw *= 2) {
          for (int dnPipe = 0; dnPipe <= 1; dnPipe++) {
            for (int rnPipe = 0; rnPipe <= 2; rnPipe++) {
              int levels = Integer.numberOfTrailingZeros(n);
              if (rnPipe > levels || dnPipe > Integer.numberOfTrailingZeros(n / dnBw)) {
                continue;
              }
              Map<String, String> s = Map.of("N", "" + n, "dnBw", "" + dnBw, "rnBw", "" + rnBw,
                  "dnPipe", "" + dnPipe, "rnPipe", "" + rnPipe);
              int golden = new FabricConfig(n, 8, 32, 32, dnBw, dnPipe, rnBw, rnPipe).accDepth();
              int generated = plasticity.gen.maeri.AcceleratorDesign.config(s).fabric().accDepth();
              assertEquals(golden, generated, s.toString());
              checked++;
            }
          }
        }
      }
    }
    assertEquals(true, checked > 100, "settings checked: " + checked);
  }

  @Test
  void theHeaderCarriesTheDerivedEntries() {
    // N = 64, rnBw = 16, rnPipe = 1: Q = 7, 16 x 9 = 144 -> 256 entries (4N).
    GeneratedDesign d = Designs.byName("maeri").generate(Map.of("N", "64", "dnBw", "16", "rnBw", "16"));
    assertEquals("256", d.configuration().get("ACCD"));
    // The defaults (N = 16, dnBw = rnBw = 4, dnPipe = rnPipe = 1): Q = 2 + 1 + 4 = 7, 4 x 9 = 36 -> 4N = 64.
    assertEquals("64", Designs.byName("maeri").generate(Map.of()).configuration().get("ACCD"));
  }
}
