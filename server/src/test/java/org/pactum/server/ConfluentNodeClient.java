package org.pactum.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The npm project of {@code src/test/node/confluent-client} (Confluent's JavaScript clients,
 * unchanged, and the scripts driving them), installed into {@code target/confluent-client}: its
 * modules with {@code npm ci}, again only when {@code package-lock.json} changed. Scripts run with
 * {@code node}; a script that fails or hangs fails the test with what it printed.
 */
public final class ConfluentNodeClient {
  private static final Path SOURCES = Path.of("src/test/node/confluent-client");
  private static final Path DIR = Path.of("target/confluent-client");

  /** The lock file as last installed from, beside the modules it installed. */
  private static final Path INSTALLED_LOCK =
      DIR.resolve("node_modules/.pactum-installed-lock.json");

  private final Path work;

  private ConfluentNodeClient(Path work) {
    this.work = work;
  }

  /**
   * Copies the project's files into the build folder and installs its modules when needed.
   *
   * @param work where the output of the commands run is kept
   */
  public static ConfluentNodeClient install(Path work) throws Exception {
    Files.createDirectories(DIR);
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, DIR.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    ConfluentNodeClient client = new ConfluentNodeClient(work);
    byte[] lock = Files.readAllBytes(DIR.resolve("package-lock.json"));
    if (!Files.isRegularFile(INSTALLED_LOCK)
        || !Arrays.equals(lock, Files.readAllBytes(INSTALLED_LOCK))) {
      client.run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), 300);
      Files.write(INSTALLED_LOCK, lock);
    }
    return client;
  }

  /** Runs {@code node script args…} in the project folder; what it printed on stdout. */
  public String node(String script, List<String> args, int timeoutSeconds) throws Exception {
    List<String> command = new ArrayList<>(List.of("node", script));
    command.addAll(args);
    return run(command, timeoutSeconds);
  }

  private String run(List<String> command, int timeoutSeconds) throws Exception {
    Path out = Files.createTempFile(work, "out", ".txt");
    Path err = Files.createTempFile(work, "err", ".txt");
    Process p =
        new ProcessBuilder(command)
            .directory(DIR.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(
          command + " did not finish in " + timeoutSeconds + " s:\n" + read(out) + read(err));
    }
    String stdout = read(out);
    assertThat(p.exitValue()).as("%s failed:%n%s%n%s", command, stdout, read(err)).isZero();
    return stdout;
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
