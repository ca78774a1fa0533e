package plasticity.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plasticity.hdl.GeneratedDesign;

/** The Synthesis section of a results page: one row per synthesis, the rest of the page kept. */
class SynthReportTest {
  @TempDir Path tmp;

  private static final String ICE40_STAT = """
      === design hierarchy ===

         Number of cells:               1500
           SB_CARRY                      200
           SB_DFFE                        90
           SB_DFFSR                       10
           SB_LUT4                      1200
           SB_RAM40_4K                     4
      """;

  /** A generic stat report with two blackbox instances of an SRAM macro. */
  private static final String MACRO_STAT = """
      === design hierarchy ===

         Number of cells:                 12
           $_DFF_P_                        3
           $_AND_                          7
           Sram_256x8                      2
      """;

  private static final List<GeneratedDesign.SramMacroUse> SRAM =
      List.of(new GeneratedDesign.SramMacroUse("Sram_256x8", 256, 8, 2));

  @Test
  void aRowIsAddedThenReplacedAndOtherSectionsStay() throws Exception {
    Path page = tmp.resolve("maeri.md");
    Files.writeString(page, "# MAERI results\n\n## Mapper\n\nthe mapper's table\n");
    Map<String, String> n16 = new LinkedHashMap<>();
    n16.put("N", "16");
    n16.put("W", "8");
    SynthReport.record(page, SynthReport.row("maeri", n16, "ice40", 1504, ICE40_STAT, SRAM, 12.4), "Yosys 0.23");
    SynthReport.record(page, SynthReport.row("maeri", Map.of("N", "64"), "generic", 12, MACRO_STAT, SRAM, 100), "Yosys 0.23");
    SynthReport.record(page, SynthReport.row("maeri", n16, "ice40", 1404, ICE40_STAT, SRAM, 9.6), "Yosys 0.23");
    String text = Files.readString(page);
    assertTrue(text.startsWith("# MAERI results\n\n## Mapper\n\nthe mapper's table\n\n## Synthesis\n"), text);
    assertTrue(text.contains("| maeri | N=16 W=8 | ice40 | 1400 | 1200 | 100 | 4 | 2 | 4096 | 0 | 10 s |\n"), text);
    assertTrue(text.contains("| maeri | N=64 | generic | 10 | — | 3 | — | 2 | 4096 | 0 | 100 s |\n"), text);
    assertEquals(-1, text.indexOf("| 1500 |"), text);
  }

  @Test
  void aRowOfAnOlderHeaderIsDropped() throws Exception {
    Path page = tmp.resolve("maeri.md");
    Files.writeString(page, "# MAERI\n\n## Synthesis\n\n| design | settings | target | cells | LUT4 | flip-flops | latches |\n"
        + "|---|---|---|---|---|---|---|\n| maeri | N=16 | generic | 31048 | — | 2581 | 0 |\n");
    SynthReport.record(page, SynthReport.row("maeri", Map.of("N", "64"), "generic", 12, MACRO_STAT, SRAM, 100), "Yosys 0.23");
    String text = Files.readString(page);
    assertEquals(-1, text.indexOf("31048"), text);
    assertTrue(text.contains("| maeri | N=64 | generic | 10 |"), text);
  }

  @Test
  void aSectionInTheMiddleIsRewrittenInPlace() throws Exception {
    Path page = tmp.resolve("maeri.md");
    Files.writeString(page, "# MAERI\n\n## Synthesis\n\nold text\n\n## Mapper\n\nkept\n");
    SynthReport.record(page, SynthReport.row("maeri", Map.of("N", "16"), "generic", 10, "", List.of(), 1), "Yosys 0.23");
    String text = Files.readString(page);
    assertTrue(text.endsWith("| maeri | N=16 | generic | 10 | — | 0 | — | 0 | 0 | 0 | 1 s |\n\n## Mapper\n\nkept\n"), text);
  }

  /** A generic-gate stat report of a small hierarchy, shaped as Yosys 0.23 prints it. */
  private static final String HIERARCHY_STAT = """

      6. Printing statistics.

      === Draw ===

         Number of wires:                 10
         Number of cells:                100
           $_AND_                         90
           $_SDFF_PP0_                    10

      === Mutation ===

         Number of wires:                  5
         Number of cells:                 21
           $_MUX_                         20
           Draw                            1

      === Top ===

         Number of wires:                  5
         Number of cells:                 12
           $_DFF_P_                        4
           $_OR_                           5
           Draw                            1
           Mutation                        2

      === design hierarchy ===

         Top                               1
           Draw                            1
           Mutation                        2
             Draw                          1

         Number of wires:                 50
         Number of cells:                349
           $_AND_                        270
           $_DFF_P_                        4
           $_MUX_                         40
           $_OR_                           5
           $_SDFF_PP0_                    30
      """;

  @Test
  void instancesMultiplyDownTheHierarchyAndOwnCellsLeaveOutSubBlocks() {
    SynthReport.Modules m = SynthReport.modules(HIERARCHY_STAT);
    assertEquals(java.util.List.of(new SynthReport.Module("Draw", 3, 100), new SynthReport.Module("Mutation", 2, 20),
        new SynthReport.Module("Top", 1, 9)), m.modules());
    assertEquals(349, m.total());
    assertEquals(m.total(), m.modules().stream().mapToInt(SynthReport.Module::total).sum());
  }

  @Test
  void theCellsByModuleSectionIsReplacedAndTheRestKept() throws Exception {
    Path page = tmp.resolve("eve.md");
    Files.writeString(page, "# EvE results\n\n## Synthesis\n\nthe table\n");
    SynthReport.recordModules(page, "top", Map.of("Q", "2"), "generic", HIERARCHY_STAT);
    SynthReport.recordModules(page, "top", Map.of("Q", "2"), "generic", HIERARCHY_STAT);
    String text = Files.readString(page);
    assertTrue(text.startsWith("# EvE results\n\n## Synthesis\n\nthe table\n\n## Cells by module: top Q=2 (generic)\n"), text);
    assertEquals(text.indexOf("## Cells by module"), text.lastIndexOf("## Cells by module"), "one section: " + text);
    assertTrue(text.contains("| Draw | 3 | 100 | 300 | 86.0% |\n"), text);
    assertTrue(text.endsWith("| **total** | | | **349** | |\n"), text);
  }

  @Test
  void blackboxInstancesHaveARowOfTheirOwn() {
    String stat = """
        === Top ===

           Number of cells:                  5
             $_AND_                          3
             Sram_4x8                        2

        === design hierarchy ===

           Top                               1

           Number of cells:                  5
             $_AND_                          3
             Sram_4x8                        2
        """;
    java.util.List<String> table = SynthReport.moduleTable(stat);
    assertTrue(table.contains("| Top | 1 | 3 | 3 | 60.0% |"), table.toString());
    assertTrue(table.contains("| blackbox instances (SRAM macros) | | | 2 | 40.0% |"), table.toString());
    assertTrue(table.contains("| **total** | | | **5** | |"), table.toString());
  }
}
