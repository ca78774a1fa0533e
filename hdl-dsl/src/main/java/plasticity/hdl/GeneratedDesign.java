package plasticity.hdl;

import java.util.List;
import java.util.Map;

/**
 * A design ready to write: the files in filelist order (Verilog modules, then
 * {@code <top>.f} and {@code manifest.json}), the top module's ports and its SRAM macros.
 */
public record GeneratedDesign(String design, String top, Map<String, String> configuration,
    Map<String, String> files, List<TopPort> ports, List<SramMacroUse> macros) {

  /** A port of the top module, including the implicit {@code clk} and {@code rst}. */
  public record TopPort(String name, String direction, int width, boolean signed) {}

  /**
   * An SRAM macro module ({@code memMacro}) of the design, whose Verilog file is a behavioural
   * model that a real flow replaces: {@code instances} of {@code depth} words of {@code width} bits.
   */
  public record SramMacroUse(String module, int depth, int width, int instances) {
    public long bits() {
      return (long) depth * width * instances;
    }
  }

  public GeneratedDesign {
    macros = List.copyOf(macros);
  }

  /** The Verilog files only, in dependency order. */
  public List<String> verilogFiles() {
    return files.keySet().stream().filter(f -> f.endsWith(".v")).toList();
  }
}
