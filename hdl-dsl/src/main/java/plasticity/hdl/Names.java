package plasticity.hdl;

import java.util.Set;
import java.util.regex.Pattern;

/** What a user-chosen name may be: a plain Verilog-2005 identifier that no tool will trip on. */
final class Names {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  /** Verilog-2005 and SystemVerilog keywords (Verilator parses SV), plus our implicit ports. */
  private static final Set<String> RESERVED = Set.of(
      "always", "and", "assign", "automatic", "begin", "buf", "bufif0", "bufif1", "case", "casex",
      "casez", "cell", "cmos", "config", "deassign", "default", "defparam", "design", "disable",
      "edge", "else", "end", "endcase", "endconfig", "endfunction", "endgenerate", "endmodule",
      "endprimitive", "endspecify", "endtable", "endtask", "event", "for", "force", "forever",
      "fork", "function", "generate", "genvar", "highz0", "highz1", "if", "ifnone", "incdir",
      "include", "initial", "inout", "input", "instance", "integer", "join", "large", "liblist",
      "library", "localparam", "macromodule", "medium", "module", "nand", "negedge", "nmos", "nor",
      "noshowcancelled", "not", "notif0", "notif1", "or", "output", "parameter", "pmos", "posedge",
      "primitive", "pull0", "pull1", "pulldown", "pullup", "pulsestyle_ondetect",
      "pulsestyle_onevent", "rcmos", "real", "realtime", "reg", "release", "repeat", "rnmos",
      "rpmos", "rtran", "rtranif0", "rtranif1", "scalared", "showcancelled", "signed", "small",
      "specify", "specparam", "strong0", "strong1", "supply0", "supply1", "table", "task", "time",
      "tran", "tranif0", "tranif1", "tri", "tri0", "tri1", "triand", "trior", "trireg", "unsigned",
      "use", "uwire", "vectored", "wait", "wand", "weak0", "weak1", "while", "wire", "wor", "xnor",
      "xor", "logic", "bit", "byte", "int", "shortint", "longint", "string", "struct", "union",
      "enum", "typedef", "class", "interface", "modport", "package", "import", "export", "return",
      "break", "continue", "do", "foreach", "unique", "priority", "final", "const", "var", "void",
      "static", "virtual", "extends", "new", "this", "super", "null", "local", "protected", "bind",
      "assert", "assume", "cover", "property", "sequence", "clocking", "program", "chandle",
      "inside", "dist", "rand", "randc", "constraint", "solve", "before", "type", "ref", "alias",
      "always_comb", "always_ff", "always_latch", "timeprecision", "timeunit", "clk", "rst");

  private Names() {}

  /** Null when {@code name} is fine, else why it is not. */
  static String problem(String name) {
    if (name == null || name.isEmpty()) {
      return "a name must not be empty";
    }
    if (name.startsWith("_")) {
      return "'" + name + "' starts with '_', which is kept for generated temporaries";
    }
    if (!IDENTIFIER.matcher(name).matches()) {
      return "'" + name + "' is not a Verilog identifier: use letters, digits and '_', "
          + "starting with a letter";
    }
    if (RESERVED.contains(name)) {
      return "'" + name + "' is a Verilog/SystemVerilog keyword"
          + (name.equals("clk") || name.equals("rst") ? " or an implicit port (clk, rst)" : "")
          + ": choose another name";
    }
    return null;
  }
}
