package plasticity.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * Tensor files of {@code plasticity maeri} (docs/spec/maeri.md, "Layer strings and tensor
 * files"): a JSON object {@code {"shape": [d0, d1, ...], "data": [v, ...]}}, the values as
 * integers in row-major order.
 */
final class TensorFiles {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TensorFiles() {}

  /** Reads {@code file}, which must hold a tensor of {@code shape} with signed W-bit values. */
  static long[] read(Path file, String what, int[] shape, int w) {
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new Errors.UserError(what + " " + file + ": not JSON (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw new Errors.UserError(what + " " + file + ": cannot read it (" + e.getMessage() + ")");
    }
    if (root == null || !root.isObject() || !root.path("shape").isArray() || !root.path("data").isArray()) {
      throw new Errors.UserError(what + " " + file + ": expected {\"shape\": [...], \"data\": [...]}");
    }
    JsonNode s = root.get("shape");
    int[] given = new int[s.size()];
    for (int i = 0; i < given.length; i++) {
      given[i] = s.get(i).isInt() ? s.get(i).intValue() : -1;
    }
    if (!Arrays.equals(given, shape)) {
      throw new Errors.UserError(what + " " + file + ": shape " + Arrays.toString(given) + ", but the layer needs "
          + Arrays.toString(shape));
    }
    JsonNode data = root.get("data");
    long size = 1;
    for (int d : shape) {
      size *= d;
    }
    if (data.size() != size) {
      throw new Errors.UserError(what + " " + file + ": " + data.size() + " values, but shape "
          + Arrays.toString(shape) + " holds " + size);
    }
    long[] out = new long[data.size()];
    long min = -(1L << (w - 1));
    long max = (1L << (w - 1)) - 1;
    for (int i = 0; i < out.length; i++) {
      JsonNode v = data.get(i);
      if (!v.canConvertToLong() || !v.isIntegralNumber() || v.longValue() < min || v.longValue() > max) {
        throw new Errors.UserError(what + " " + file + ": data[" + i + "] = " + v + " is not a signed " + w
            + "-bit integer (" + min + " .. " + max + ")");
      }
      out[i] = v.longValue();
    }
    return out;
  }

  /** The JSON text of a tensor. */
  static String text(int[] shape, long[] data) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode s = root.putArray("shape");
    for (int d : shape) {
      s.add(d);
    }
    ArrayNode d = root.putArray("data");
    for (long v : data) {
      d.add(v);
    }
    return root.toString() + "\n";
  }

  /** Writes {@code bytes} to {@code file} whole or not at all (a staging file, then a move). */
  static void writeAtomically(Path file, byte[] bytes) {
    Path target = file.toAbsolutePath().normalize();
    Path staging = target.resolveSibling("." + target.getFileName() + ".staging");
    try {
      Files.createDirectories(target.getParent());
      Files.write(staging, bytes);
      Files.move(staging, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      try {
        Files.deleteIfExists(staging);
      } catch (IOException ignored) {
        // the original error is the one to report
      }
      throw new java.io.UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }
}
