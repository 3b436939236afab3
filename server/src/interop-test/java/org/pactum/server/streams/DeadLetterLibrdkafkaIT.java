package org.pactum.server.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dead-letter topic of the npm producer's orders ({@link NpmOrders}) read by librdkafka:
 * Debian's {@code python3-confluent-kafka} running {@code src/test/python/read_dead_letters.py}
 * with Debian's own interpreter. What it printed must say what Kafka's Java consumer reads in
 * {@code StreamInteropIT}: the bytes as sent, where each record was read, and every reason in the
 * {@code __pactum.errors.*} headers. Profile {@code interop}: without the package this test fails,
 * saying what to install.
 */
@ExtendWith(NpmOrdersExtension.class)
class DeadLetterLibrdkafkaIT {
  /** Debian's interpreter, where the Debian package installs (not a python3 earlier on PATH). */
  private static final Path PYTHON = Path.of("/usr/bin/python3");

  private static final Path READER = Path.of("src/test/python/read_dead_letters.py");
  private static final String INSTALL =
      "the interop profile needs Debian's python3-confluent-kafka (librdkafka) for "
          + PYTHON
          + ": apt-get install -y python3-confluent-kafka (.ci/run installs it)";

  @TempDir static Path work;

  @BeforeAll
  static void librdkafkaIsInstalled() throws Exception {
    if (!Files.isExecutable(PYTHON)) {
      fail(PYTHON + " is missing: " + INSTALL);
    }
    Result probe = run(List.of(PYTHON.toString(), "-c", "import confluent_kafka"), 30);
    if (probe.exit() != 0) {
      String[] traceback = probe.stderr().strip().split("\n");
      fail("confluent_kafka does not import (" + traceback[traceback.length - 1] + "): " + INSTALL);
    }
  }

  @Test
  void librdkafkaReadsEveryDeadLetterWithItsReasonsAndTheProducersHeaders(NpmOrders orders)
      throws Exception {
    Result read =
        run(
            List.of(
                PYTHON.toString(),
                READER.toString(),
                orders.bootstrapServers(),
                orders.binding().deadLetterTopic(),
                Integer.toString(DeadLetters.VIOLATING.size()),
                "60"),
            90);
    assertThat(read.exit()).as("the reader failed:%n%s%n%s", read.stdout(), read.stderr()).isZero();

    List<JsonNode> lines = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : read.stdout().strip().split("\n")) {
      lines.add(json.readTree(line));
    }
    JsonNode versions = lines.get(0);
    assertThat(versions.get("librdkafka").asText()).matches("\\d+\\.\\d+\\.\\d+.*");
    System.out.println(
        "dead letters read by confluent_kafka "
            + versions.get("client").asText()
            + " on librdkafka "
            + versions.get("librdkafka").asText());

    List<ReadRecord> dead = lines.subList(1, lines.size()).stream().map(this::record).toList();
    DeadLetters.assertExplained(orders, dead);
  }

  /** A record as the reader printed it; a header that was not UTF-8 fails the test. */
  private ReadRecord record(JsonNode r) {
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    for (JsonNode h : r.get("headers")) {
      JsonNode value = h.get(1);
      assertThat(value.isTextual() || value.isNull()).as("header %s is UTF-8 text", h).isTrue();
      headers.add(
          new SimpleImmutableEntry<>(h.get(0).asText(), value.isNull() ? null : value.asText()));
    }
    return new ReadRecord(
        r.get("topic").asText(),
        r.get("partition").asInt(),
        r.get("offset").asLong(),
        r.get("key").isNull() ? null : r.get("key").asText(),
        r.get("value").isNull() ? null : Base64.getDecoder().decode(r.get("value").asText()),
        headers);
  }

  private record Result(int exit, String stdout, String stderr) {}

  private static Result run(List<String> command, int timeoutSeconds) throws Exception {
    Path out = Files.createTempFile(work, "out", ".txt");
    Path err = Files.createTempFile(work, "err", ".txt");
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail(command + " did not finish in " + timeoutSeconds + " s: " + Files.readString(err));
    }
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
