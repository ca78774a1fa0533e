package plasticity.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import plasticity.hdl.GeneratedDesign;

/** Every registered design: deterministic output, and bad settings refused with clear words. */
class DesignsTest {
  @ParameterizedTest
  @ValueSource(strings = {"addertree", "fifo", "xorwow", "frontend", "maeri", "maeri-fabric", "eve-pe", "adam"})
  void sameConfigurationGivesByteIdenticalFiles(String name) {
    DesignSpec spec = Designs.byName(name);
    GeneratedDesign first = spec.generate(Map.of());
    GeneratedDesign second = spec.generate(Map.of());
    assertEquals(first.files(), second.files());
    assertTrue(first.files().containsKey(name + ".f"));
    assertTrue(first.files().containsKey("manifest.json"));
  }

  static java.util.stream.Stream<Arguments> badSettings() {
    return java.util.stream.Stream.of(
        Arguments.of("addertree", Map.of("W", "0"), "W=0 is out of range"),
        Arguments.of("addertree", Map.of("N", "1"), "N=1 inputs is out of range"),
        Arguments.of("addertree", Map.of("K", "-1"), "K=-1 is negative"),
        Arguments.of("addertree", Map.of("N", "eight"), "N=eight is not an integer"),
        Arguments.of("addertree", Map.of("DEPTH", "8"), "unknown setting 'DEPTH'; known settings: K, N, W"),
        Arguments.of("fifo", Map.of("DEPTH", "12"), "DEPTH=12 must be a power of two"),
        Arguments.of("fifo", Map.of("WIDTH", "0"), "WIDTH=0 is out of range"),
        Arguments.of("fifo", Map.of("ALMOST_FULL", "40"), "ALMOST_FULL=40 must be in 1..16"),
        Arguments.of("xorwow", Map.of("LANES", "3"), "LANES=3 must be 1, 2, 4 or 8"),
        Arguments.of("frontend", Map.of("N", "12"), "N=12 must be a power of two in 2..256"),
        Arguments.of("frontend", Map.of("dnBw", "3"), "dnBw=3 must be a power of two in 1..N=16"),
        Arguments.of("frontend", Map.of("dnBw", "32"), "dnBw=32 must be a power of two in 1..N=16"),
        Arguments.of("frontend", Map.of("W", "16", "ACC", "24"), "ACC=24 is out of range: the full product needs 2W=32"),
        Arguments.of("frontend", Map.of("dnPipe", "3"), "dnPipe=3 is out of range: a DN tree of N/dnBw=4 MSs has 2"),
        Arguments.of("frontend", Map.of("dnBw", "16", "dnPipe", "1"), "dnPipe must be in 0..0"),
        Arguments.of("maeri", Map.of("N", "12"), "maeri: N=12 must be a power of two in 2..256"),
        Arguments.of("maeri", Map.of("dnBw", "3"), "maeri: dnBw=3 must be a power of two in 1..N=16"),
        Arguments.of("maeri", Map.of("rnBw", "0"), "maeri: rnBw=0 collection-bus lines is out of range: 1..N=16"),
        Arguments.of("maeri", Map.of("rnBw", "17"), "maeri: rnBw=17 collection-bus lines is out of range: 1..N=16"),
        Arguments.of("maeri", Map.of("BUFW", "24"), "maeri: BUFW=24 is out of range"),
        Arguments.of("maeri", Map.of("W", "16", "ACC", "24"), "maeri: ACC=24 is out of range"),
        Arguments.of("maeri", Map.of("rnPipe", "5"), "rnPipe must be in 0..4"),
        Arguments.of("maeri-fabric", Map.of("N", "512"), "maeri: N=512 must be a power of two in 2..256"),
        Arguments.of("maeri", Map.of("ACCD", "8"), "maeri: ACCD=8 accumulation-buffer entries must be a power of two in N=16..16N=256"),
        Arguments.of("maeri-fabric", Map.of("ACCD", "48"), "maeri: ACCD=48 accumulation-buffer entries must be a power of two"),
        Arguments.of("maeri", Map.of("ACCD", "x"), "maeri: ACCD=x is not an integer"),
        Arguments.of("eve-pe", Map.of("QUEUE", "3"), "eve-pe: QUEUE=3 must be a power of two in 2..64"),
        Arguments.of("eve-pe", Map.of("QUEUE", "1"), "QUEUE=1 must be a power of two in 2..64"),
        Arguments.of("eve-pe", Map.of("QUEUE", "128"), "QUEUE=128 must be a power of two in 2..64"),
        Arguments.of("adam", Map.of("ROWS", "0"), "ROWS=0 is out of range: 1..64"),
        Arguments.of("adam", Map.of("COLS", "65"), "COLS=65 is out of range: 1..64"),
        Arguments.of("adam", Map.of("LINK_DEPTH", "48"), "LINK_DEPTH=48 must be a power of two in 2..4096"),
        Arguments.of("adam", Map.of("NODE_DEPTH", "8192"), "NODE_DEPTH=8192 must be a power of two in 2..4096"),
        Arguments.of("adam", Map.of("VALUE_DEPTH", "1"), "VALUE_DEPTH=1 must be a power of two in 2..4096"),
        Arguments.of("adam", Map.of("ACC", "37"), "ACC=37 is out of range: LINK_DEPTH=64 products of up to 2^30 need 38 bits"),
        Arguments.of("adam", Map.of("LINK_DEPTH", "4096", "ACC", "43"), "set ACC to 44..64 or lower LINK_DEPTH"));
  }

  @ParameterizedTest
  @MethodSource("badSettings")
  void badSettingIsRefusedBeforeAnythingIsBuilt(String name, Map<String, String> settings, String message) {
    var e = assertThrows(ConfigException.class, () -> Designs.byName(name).generate(settings));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @org.junit.jupiter.api.Test
  void unknownDesignNamesTheKnownOnes() {
    var e = assertThrows(ConfigException.class, () -> Designs.byName("maeri2"));
    assertEquals("unknown design 'maeri2'; known designs: addertree, fifo, xorwow, art, frontend, maeri, maeri-fabric, eve-pe, eve, adam", e.getMessage());
  }

  @org.junit.jupiter.api.Test
  void adderTreeNamesCarryTheParameters() {
    GeneratedDesign d = Designs.byName("addertree").generate(Map.of("N", "5", "W", "3", "K", "1"));
    assertEquals("AdderTree_N5_W3_K1", d.top());
    String v = d.files().get("AdderTree_N5_W3_K1.v");
    assertTrue(v.contains("output wire [5:0] out_sum"), v); // W + ceil(log2 5) = 6 bits
  }
}
