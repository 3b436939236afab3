package org.pactum.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.DropwizardTestSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.server.config.PactumConfiguration;

/**
 * Pactum's registry driven by a real Confluent Schema Registry client: the npm package
 * {@code @kafkajs/confluent-schema-registry}, installed from the npm registry into the build
 * folder, unchanged. {@code src/test/node/confluent-client/check.mjs} does the talking and prints
 * what it saw; this test asserts it.
 */
class PactumConfluentClientIT {
  private static final Path CLIENT_SOURCES = Path.of("src/test/node/confluent-client");
  private static final Path CLIENT_DIR = Path.of("target/confluent-client");

  @TempDir static Path work;
  private static DropwizardTestSupport<PactumConfiguration> app;

  @BeforeAll
  static void start() throws Exception {
    Path contracts = Files.createDirectories(work.resolve("contracts"));
    app = PactumTestServer.create(work.resolve("pg"), contracts);
    app.before();
    installClient();
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.after();
    }
  }

  private static void installClient() throws Exception {
    Files.createDirectories(CLIENT_DIR);
    for (String f : List.of("package.json", "package-lock.json", "check.mjs")) {
      Files.copy(
          CLIENT_SOURCES.resolve(f),
          CLIENT_DIR.resolve(f),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    if (!Files.isDirectory(CLIENT_DIR.resolve("node_modules/@kafkajs/confluent-schema-registry"))) {
      run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), 300);
    }
  }

  private static String run(List<String> command, int timeoutSeconds) throws Exception {
    Path log = Files.createTempFile(work, "out", ".txt");
    Process p =
        new ProcessBuilder(command)
            .directory(CLIENT_DIR.toFile())
            .redirectErrorStream(false)
            .redirectOutput(log.toFile())
            .redirectError(ProcessBuilder.Redirect.appendTo(work.resolve("stderr.txt").toFile()))
            .start();
    boolean finished = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
    if (!finished) {
      p.destroyForcibly();
      throw new AssertionError(command + " did not finish in " + timeoutSeconds + " s");
    }
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("%s failed:%n%s%n%s", command, out, stderr()).isZero();
    return out;
  }

  private static String stderr() {
    try {
      Path err = work.resolve("stderr.txt");
      return Files.exists(err) ? Files.readString(err) : "";
    } catch (IOException e) {
      return e.toString();
    }
  }

  @Test
  void theConfluentClientRegistersEncodesDecodesAndIsRefusedAnIncompatibleChange()
      throws Exception {
    String url = "http://localhost:" + app.getLocalPort();
    JsonNode seen = new ObjectMapper().readTree(run(List.of("node", "check.mjs", url), 120));

    int avroId = seen.get("avroId").asInt();
    assertThat(avroId).isPositive();
    assertThat(seen.get("avroReRegisterSameId").asBoolean()).isTrue();
    assertThat(seen.get("avroLookupId").asInt()).isEqualTo(avroId);
    assertThat(seen.get("avroLatestId").asInt()).isEqualTo(avroId);

    assertThat(seen.get("avroMagicByte").asInt()).isZero();
    assertThat(seen.get("avroFramedId").asInt()).isEqualTo(avroId);
    assertThat(seen.get("avroDecoded").get("order_id").asText()).isEqualTo("o-1001");
    assertThat(seen.get("avroDecodedByColdClient").get("amount").asDouble()).isEqualTo(42.5);

    assertThat(seen.get("avroV2Id").asInt()).isNotEqualTo(avroId);
    assertThat(seen.get("avroV1ReadAsV2").get("coupon").isNull()).isTrue();
    assertThat(seen.get("incompatibleStatus").asInt()).isEqualTo(409);
    assertThat(seen.get("incompatibleMessage").asText())
        .contains("READER_FIELD_MISSING_DEFAULT_VALUE")
        .contains("channel");

    int protobufId = seen.get("protobufId").asInt();
    assertThat(protobufId).isNotIn(avroId, seen.get("avroV2Id").asInt());
    assertThat(seen.get("protobufFramedId").asInt()).isEqualTo(protobufId);
    assertThat(seen.get("protobufDecoded").get("paymentId").asText()).isEqualTo("p-77");
    assertThat(seen.get("protobufDecoded").get("amountMinor").asLong()).isEqualTo(1999);
    assertThat(seen.get("protobufDecodedFromIndexedFrame").asBoolean()).isTrue();
    assertThat(seen.get("protobufSameIdAcrossSubjects").asBoolean()).isTrue();
  }
}
