package plasticity.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import plasticity.golden.neat.tasks.Tasks;

/** {@code plasticity evolve}: the run files, reproducibility, replay, and bad input. */
class EvolveCommandTest {
  @TempDir Path tmp;



  private static void assertBadInput(CliRun r, String message, Path out) throws IOException {
    assertEquals(2, r.code(), r.err());
    assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    assertTrue(r.err().startsWith("plasticity: "), r.err());
    assertTrue(r.err().contains(message), r.err());
    assertFalse(Files.exists(out), "nothing written at " + out);
    try (Stream<Path> left = Files.list(out.getParent())) {
      assertEquals(0, left.filter(p -> p.getFileName().toString().startsWith(".")).count(), "no staging left");
    }
  }

  /** run.csv without its last column, the wall time. */
  private static List<String> csvWithoutSeconds(Path dir) throws IOException {
    return Files.readAllLines(dir.resolve("run.csv")).stream().map(l -> l.substring(0, l.lastIndexOf(','))).toList();
  }

  @Test
  void xorSolvesAndWritesTheRun() throws IOException {
    Path out = tmp.resolve("xor-3");
    CliRun r = CliRun.of("evolve", "--env", "xor", "--seed", "3", "--generations", "60", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    // neat-python's XOR config, seed 3: 38 generations evaluated (EvolutionTest).
    assertEquals("solved at generation 37", r.lastLine(), r.out());
    assertTrue(r.out().contains("gen   37  best"), r.out());
    List<String> csv = Files.readAllLines(out.resolve("run.csv"));
    assertEquals("generation,best,mean,species,mean_nodes,mean_connections,seconds", csv.get(0));
    assertEquals(1 + 38, csv.size());
    byte[] png = Files.readAllBytes(out.resolve("fitness.png"));
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
    String json = Files.readString(out.resolve("winner.json"));
    assertTrue(json.contains("\"env\" : \"xor\""), json);
    assertTrue(json.contains("\"solved\" : true"), json);

    CliRun replay = CliRun.of("evolve", "--replay", out.resolve("winner.json").toString());
    assertEquals(0, replay.code(), replay.err());
    assertTrue(replay.lastLine().startsWith("xor: fitness "), replay.out());
    assertTrue(replay.lastLine().endsWith(": solved"), replay.out());
  }

  @Test
  void theSameSeedGivesTheSameRun() throws IOException {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    assertEquals(0, CliRun.of("evolve", "--env", "xor", "--seed", "9", "--generations", "60", "--out", a.toString()).code());
    assertEquals(0, CliRun.of("evolve", "--env", "xor", "--seed", "9", "--generations", "60", "--out", b.toString()).code());
    assertEquals(csvWithoutSeconds(a), csvWithoutSeconds(b));
    assertEquals(Files.readString(a.resolve("winner.json")), Files.readString(b.resolve("winner.json")));
    Path c = tmp.resolve("c");
    assertEquals(0, CliRun.of("evolve", "--env", "xor", "--seed", "24", "--generations", "60", "--out", c.toString()).code());
    assertFalse(csvWithoutSeconds(a).equals(csvWithoutSeconds(c)), "another seed, another run");
  }

  @Test
  void aCartPoleWinnerReplaysItsHundredEpisodes() throws IOException {
    Path out = tmp.resolve("cartpole-7");
    CliRun r = CliRun.of("evolve", "--env", "cartpole", "--seed", "7", "--generations", "10", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.lastLine().startsWith("solved at generation "), r.out());
    CliRun replay = CliRun.of("evolve", "--replay", out.resolve("winner.json").toString());
    assertEquals(0, replay.code(), replay.err());
    String returns = replay.out().lines().filter(l -> l.startsWith("episode returns: ")).findFirst().orElseThrow();
    assertEquals(100, returns.substring("episode returns: ".length()).split(" ").length);
    assertTrue(replay.lastLine().startsWith("cartpole: mean return over 100 episodes"), replay.out());
    assertTrue(replay.lastLine().endsWith(": solved"), replay.out());
  }

  @Test
  void aNotSolvedRunStillExitsZero() {
    Path out = tmp.resolve("short");
    CliRun r = CliRun.of("evolve", "--env", "xor", "--seed", "3", "--generations", "5", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("not solved after 5 generations", r.lastLine());
    assertTrue(Files.exists(out.resolve("winner.json")));
  }

  @Test
  void aConfigErrorNamesFileAndLine() throws IOException {
    String text = Tasks.defaultConfigText(Tasks.byName("xor")).replace("min_species_size    ",
        "min_specis_size     ");
    Path config = Files.writeString(tmp.resolve("bad.ini"), text);
    int line = text.lines().toList().indexOf("min_specis_size                = 2") + 1;
    Path out = tmp.resolve("x");
    assertBadInput(CliRun.of("evolve", "--env", "xor", "--config", config.toString(), "--out", out.toString()),
        "bad.ini:" + line + ": unknown key 'min_specis_size' in [DefaultReproduction]", out);
  }

  @Test
  void aConfigForAnotherEnvIsRefused() throws IOException {
    Path config = Files.writeString(tmp.resolve("xor.ini"), Tasks.defaultConfigText(Tasks.byName("xor")));
    Path out = tmp.resolve("x");
    assertBadInput(CliRun.of("evolve", "--env", "cartpole", "--config", config.toString(), "--out", out.toString()),
        "num_inputs = 2, but cartpole (CartPole-v1) has 4 inputs", out);
  }

  @Test
  void theHardwareOperatorsSolveXorAndTheWinnerReplaysInFixedPoint() throws IOException {
    Path out = tmp.resolve("xor-hw");
    CliRun r = CliRun.of("evolve", "--env", "xor", "--seed", "1", "--ops", "hardware", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().lines().findFirst().orElse("").contains("with seed 1, ops hardware,"), r.out());
    assertTrue(r.lastLine().startsWith("solved at generation "), r.out());
    String json = Files.readString(out.resolve("winner.json"));
    assertTrue(json.contains("\"ops\" : \"hardware\""), json);

    CliRun replay = CliRun.of("evolve", "--replay", out.resolve("winner.json").toString());
    assertEquals(0, replay.code(), replay.err());
    assertTrue(replay.out().contains("ops hardware"), replay.out());
    assertTrue(replay.lastLine().endsWith(": solved"), replay.out());

    Path again = tmp.resolve("xor-hw-again");
    assertEquals(0, CliRun.of("evolve", "--env", "xor", "--seed", "1", "--ops", "hardware", "--out",
        again.toString()).code());
    assertEquals(csvWithoutSeconds(out), csvWithoutSeconds(again), "the same seed gives the same run");
    assertEquals(json, Files.readString(again.resolve("winner.json")));
  }

  @Test
  void aConfigTheHardwareCannotRunIsRefusedByKey() throws IOException {
    String text = Tasks.defaultConfigText(Tasks.byName("xor")).replaceFirst("(?m)^activation_options(\\s*)=.*$",
        "activation_options$1= sigmoid gauss");
    Path config = Files.writeString(tmp.resolve("gauss.ini"), text);
    Path out = tmp.resolve("x");
    assertBadInput(CliRun.of("evolve", "--env", "xor", "--ops", "hardware", "--config", config.toString(), "--out",
        out.toString()), "activation_options: 'gauss' has no hardware code", out);
  }

  @Test
  void anUnknownEnvIsRefused() throws IOException {
    Path out = tmp.resolve("x");
    assertBadInput(CliRun.of("evolve", "--env", "doom", "--out", out.toString()),
        "unknown env 'doom'; known envs: xor, cartpole, mountaincar, acrobot, pendulum", out);
  }

  @Test
  void aMalformedWinnerNamesFileAndLine() throws IOException {
    Path bad = Files.writeString(tmp.resolve("winner.json"), "{\n  \"format\" : \"plasticity-genome\",\n  \"env\" : ,\n}\n");
    CliRun r = CliRun.of("evolve", "--replay", bad.toString());
    assertEquals(2, r.code(), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().startsWith("plasticity: " + bad + ":3: not valid JSON"), r.err());
  }

  @Test
  void aWinnerWithABadGeneNamesTheGene() throws IOException {
    Path out = tmp.resolve("xor");
    assertEquals(0, CliRun.of("evolve", "--env", "xor", "--seed", "3", "--generations", "60", "--out", out.toString()).code());
    String json = Files.readString(out.resolve("winner.json")).replaceFirst("\"sigmoid\"", "\"sigmund\"");
    Path bad = Files.writeString(tmp.resolve("bad.json"), json);
    CliRun r = CliRun.of("evolve", "--replay", bad.toString());
    assertEquals(2, r.code(), r.err());
    assertEquals("plasticity: " + bad + ": genome.nodes[0].activation: unknown activation function 'sigmund'",
        r.err().strip());
  }
}
