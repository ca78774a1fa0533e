package plasticity.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import plasticity.golden.neat.Activation;
import plasticity.golden.neat.Aggregation;
import plasticity.golden.neat.ConnectionGene;
import plasticity.golden.neat.ConnectionKey;
import plasticity.golden.neat.Genome;
import plasticity.golden.neat.NodeGene;
import plasticity.golden.neat.tasks.OperatorSet;

/**
 * The winner file of {@code plasticity evolve} (docs/spec/genome-json.md): a genome with the env,
 * seed, config summary and fitness it was evolved with. Numbers are written as Java's shortest
 * round-trip decimal, so a genome read back is bit-identical.
 */
final class GenomeJson {
  static final String FORMAT = "plasticity-genome";
  static final int VERSION = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private GenomeJson() {}

  /** A winner file as read back: what {@code --replay} needs. */
  record Winner(String env, int seed, OperatorSet ops, Genome genome) {}

  /** The document without the genome; {@link #text} adds it. */
  static ObjectNode header(String env, int seed, String ops) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    root.put("env", env);
    root.put("seed", seed);
    root.put("ops", ops);
    return root;
  }

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static String text(ObjectNode root, Genome genome) {
    ObjectNode g = root.putObject("genome");
    g.put("key", genome.key());
    ArrayNode nodes = g.putArray("nodes");
    for (NodeGene n : genome.nodes().values()) {
      ObjectNode o = nodes.addObject();
      o.put("key", n.key());
      o.put("bias", n.bias());
      o.put("response", n.response());
      o.put("activation", n.activation().configName());
      o.put("aggregation", n.aggregation().configName());
    }
    ArrayNode conns = g.putArray("connections");
    for (ConnectionGene c : genome.connections().values()) {
      ObjectNode o = conns.addObject();
      o.put("in", c.key().in());
      o.put("out", c.key().out());
      o.put("weight", c.weight());
      o.put("enabled", c.enabled());
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads a winner file; every problem is a {@link Errors.UserError} naming the file. */
  static Winner read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new Errors.UserError("cannot read " + file + ": " + e.getMessage());
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() != null ? file + ":" + e.getLocation().getLineNr() : file.toString();
      throw new Errors.UserError(where + ": not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
    Reader r = new Reader(file);
    if (root == null || !root.isObject()) {
      throw r.error("", "expected a JSON object (a winner.json written by plasticity evolve)");
    }
    String format = r.text(root, "format");
    if (!FORMAT.equals(format)) {
      throw r.error("format", "is '" + format + "', expected '" + FORMAT + "'");
    }
    int version = r.integer(root, "version");
    if (version != VERSION) {
      throw r.error("version", "is " + version + ", this plasticity reads version " + VERSION);
    }
    String env = r.text(root, "env");
    int seed = r.integer(root, "seed");
    String opsName = r.text(root, "ops");
    OperatorSet ops = java.util.Arrays.stream(OperatorSet.values()).filter(o -> o.id().equals(opsName)).findFirst()
        .orElseThrow(() -> r.error("ops", "is '" + opsName + "', expected 'standard' or 'hardware'"));
    JsonNode g = r.field(root, "genome");
    r.path = "genome";
    Genome.Builder b = new Genome.Builder(r.integer(g, "key"));
    JsonNode nodes = r.array(g, "nodes");
    for (int i = 0; i < nodes.size(); i++) {
      JsonNode n = nodes.get(i);
      String at = "genome.nodes[" + i + "]";
      r.path = at;
      b.put(r.build(at, () -> new NodeGene(r.integer(n, "key"), r.real(n, "bias"), r.real(n, "response"),
          r.choice(n, "activation", Activation::byConfigName),
          r.choice(n, "aggregation", Aggregation::byConfigName))));
    }
    r.path = "genome";
    JsonNode conns = r.array(g, "connections");
    for (int i = 0; i < conns.size(); i++) {
      JsonNode c = conns.get(i);
      String at = "genome.connections[" + i + "]";
      r.path = at;
      b.put(r.build(at, () -> new ConnectionGene(new ConnectionKey(r.integer(c, "in"), r.integer(c, "out")),
          r.real(c, "weight"), r.bool(c, "enabled"))));
    }
    return new Winner(env, seed, ops, r.build("genome", b::build));
  }

  /** Field access with messages of the form {@code FILE: genome.nodes[2].bias: ...}. */
  private static final class Reader {
    private final Path file;
    String path = "";

    Reader(Path file) {
      this.file = file;
    }

    Errors.UserError error(String field, String message) {
      String at = path.isEmpty() ? field : field.isEmpty() ? path : path + "." + field;
      return new Errors.UserError(file + ": " + (at.isEmpty() ? "" : at + ": ") + message);
    }

    JsonNode field(JsonNode parent, String name) {
      JsonNode v = parent.get(name);
      if (v == null || v.isNull()) {
        throw error(name, "missing");
      }
      return v;
    }

    String text(JsonNode parent, String name) {
      JsonNode v = field(parent, name);
      if (!v.isTextual()) {
        throw error(name, "expected a string, got " + v);
      }
      return v.asText();
    }

    int integer(JsonNode parent, String name) {
      JsonNode v = field(parent, name);
      if (!v.isInt()) {
        throw error(name, "expected an integer, got " + v);
      }
      return v.intValue();
    }

    double real(JsonNode parent, String name) {
      JsonNode v = field(parent, name);
      if (!v.isNumber()) {
        throw error(name, "expected a number, got " + v);
      }
      return v.doubleValue();
    }

    boolean bool(JsonNode parent, String name) {
      JsonNode v = field(parent, name);
      if (!v.isBoolean()) {
        throw error(name, "expected true or false, got " + v);
      }
      return v.booleanValue();
    }

    JsonNode array(JsonNode parent, String name) {
      JsonNode v = field(parent, name);
      if (!v.isArray()) {
        throw error(name, "expected an array, got " + v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
      }
      return v;
    }

    <T> T choice(JsonNode parent, String name, Function<String, Optional<T>> lookup) {
      String v = text(parent, name);
      return lookup.apply(v).orElseThrow(() -> error(name, "unknown " + name + " function '" + v + "'"));
    }

    /** Runs a gene constructor; its IllegalArgumentException becomes an error at {@code at}. */
    <T> T build(String at, java.util.function.Supplier<T> body) {
      try {
        return body.get();
      } catch (IllegalArgumentException e) {
        path = "";
        throw error(at, e.getMessage());
      }
    }
  }
}
