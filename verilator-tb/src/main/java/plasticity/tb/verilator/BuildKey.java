package plasticity.tb.verilator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The cache key of a build: SHA-256 over every input that can change the binary — the bytes of
 * each RTL file in order, the top module, the rendered harness, the flags and Verilator's
 * version. Each field is length-prefixed so that no two different inputs hash the same text.
 * File paths are left out on purpose: the same RTL generated into another directory reuses the
 * entry.
 */
final class BuildKey {
  private BuildKey() {}

  static String of(List<Path> rtl, String top, String harness, List<String> flags, String version) {
    MessageDigest sha = sha256();
    field(sha, "plasticity-verilator-build 1".getBytes(StandardCharsets.UTF_8));
    for (Path f : rtl) {
      try {
        field(sha, Files.readAllBytes(f));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read RTL file " + f, e);
      }
    }
    field(sha, top.getBytes(StandardCharsets.UTF_8));
    field(sha, harness.getBytes(StandardCharsets.UTF_8));
    for (String flag : flags) {
      field(sha, flag.getBytes(StandardCharsets.UTF_8));
    }
    field(sha, version.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(sha.digest());
  }

  /** SHA-256 of a tag and text fields, length-prefixed like {@link #of}'s. */
  static String ofFields(String tag, List<String> fields) {
    MessageDigest sha = sha256();
    field(sha, tag.getBytes(StandardCharsets.UTF_8));
    for (String f : fields) {
      field(sha, f.getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void field(MessageDigest sha, byte[] bytes) {
    sha.update(ByteBuffer.allocate(Long.BYTES).putLong(bytes.length).array());
    sha.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java 17 runtime has SHA-256", e);
    }
  }
}
