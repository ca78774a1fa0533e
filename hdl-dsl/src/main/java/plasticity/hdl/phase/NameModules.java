package plasticity.hdl.phase;

import java.util.HashMap;
import java.util.Map;
import plasticity.hdl.ir.ModuleIr;

/**
 * Verilog module names: the Java name, specialised with the elaboration parameters
 * ({@code AdderTree_N8_W16_K1}). Two different structures that still collide (same class and
 * parameters, e.g. built from other Java values) get {@code _2}, {@code _3} in elaboration
 * order, so names are deterministic and never change with unrelated edits elsewhere.
 */
final class NameModules implements Phase {
  @Override
  public String name() {
    return "names";
  }

  @Override
  public void run(CompileContext c) {
    Map<String, Integer> used = new HashMap<>();
    for (ModuleIr m : c.unique) {
      StringBuilder name = new StringBuilder(m.baseName());
      m.params().forEach((k, v) -> name.append('_').append(k).append(identifierPart(v)));
      String base = name.toString();
      int n = used.merge(base, 1, Integer::sum);
      c.verilogNames.put(m.fingerprint(), n == 1 ? base : base + "_" + n);
    }
  }

  static String identifierPart(String value) {
    StringBuilder sb = new StringBuilder();
    for (char ch : value.toCharArray()) {
      if (Character.isLetterOrDigit(ch) && ch < 128) {
        sb.append(ch);
      } else if (ch == '-') {
        sb.append('m');
      } else if (ch == '.') {
        sb.append('p');
      } else {
        sb.append('_');
      }
    }
    return sb.toString();
  }
}
