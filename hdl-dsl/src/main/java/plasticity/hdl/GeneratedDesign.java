package plasticity.hdl;

import java.util.List;
import java.util.Map;

/**
 * A design ready to write: the files in filelist order (Verilog modules, then
 * {@code <top>.f} and {@code manifest.json}) and the top module's ports.
 */
public record GeneratedDesign(
    String design, String top, Map<String, String> configuration, Map<String, String> files, List<TopPort> ports) {

  /** A port of the top module, including the implicit {@code clk} and {@code rst}. */
  public record TopPort(String name, String direction, int width, boolean signed) {}

  /** The Verilog files only, in dependency order. */
  public List<String> verilogFiles() {
    return files.keySet().stream().filter(f -> f.endsWith(".v")).toList();
  }
}
