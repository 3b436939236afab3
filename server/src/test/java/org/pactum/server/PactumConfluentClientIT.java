package org.pactum.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.api.auth.Role;
import org.pactum.server.config.PactumConfiguration;

/**
 * Pactum's registry driven by real Confluent Schema Registry clients from npm, installed into the
 * build folder, unchanged: {@code @kafkajs/confluent-schema-registry} (KafkaJS applications') and
 * Confluent's own {@code @confluentinc/schemaregistry} (Avro). The server requires authentication,
 * as {@code pactum serve} does; each client is configured as its users configure HTTP Basic, with
 * the name and secret of a producer's API token created through {@code /api/v1/tokens}, and with a
 * wrong secret. {@code src/test/node/confluent-client/check*.mjs} do the talking and print what
 * they saw; this test asserts it.
 */
class PactumConfluentClientIT {
  private static final String TEAM = "checkout";
  private static final String PRODUCER = "kafka-checkout";
  private static final String ADMIN = "it-admin";

  @TempDir static Path work;
  private static DropwizardTestSupport<PactumConfiguration> app;
  private static String url;
  private static String adminUserInfo;
  private static String userInfo;
  private static String wrongUserInfo;
  private static ConfluentNodeClient client;

  @BeforeAll
  static void start() throws Exception {
    Path contracts = Files.createDirectories(work.resolve("contracts"));
    app =
        PactumTestServer.create(
            work.resolve("pg"),
            contracts,
            PactumTestServer.AUTH_REQUIRED,
            // no contract owns the clients' subjects: the team claims them by prefix
            ConfigOverride.config("registry.subjectTeams.orders-", TEAM),
            ConfigOverride.config("registry.subjectTeams.payments-", TEAM));
    app.before();
    url = "http://localhost:" + app.getLocalPort();
    String admin = adminToken();
    adminUserInfo = ADMIN + ":" + admin;
    String secret = producerToken(admin);
    userInfo = PRODUCER + ":" + secret;
    wrongUserInfo = PRODUCER + ":" + wrong(secret);
    client = ConfluentNodeClient.install(work);
  }

  /** An admin token made on the store, as {@code pactum demo} bootstraps one. */
  private static String adminToken() {
    return PactumTestServer.createToken(app, ADMIN, Role.ADMIN);
  }

  /** A producer's token for the team, created through the token API; its secret. */
  private static String producerToken(String admin) throws Exception {
    HttpResponse<String> created =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url + "/api/v1/tokens"))
                    .header("Authorization", "Bearer " + admin)
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"name\":\""
                                + PRODUCER
                                + "\",\"role\":\"producer\",\"teams\":[\""
                                + TEAM
                                + "\"]}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return new ObjectMapper().readTree(created.body()).path("secret").asText();
  }

  /** The secret with its last character changed: well-formed, and nobody's. */
  private static String wrong(String secret) {
    char last = secret.charAt(secret.length() - 1);
    return secret.substring(0, secret.length() - 1) + (last == 'a' ? 'b' : 'a');
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.after();
    }
  }

  /**
   * KafkaJS's client with an admin's token: its {@code register} also sets a new subject's
   * compatibility level ({@code PUT /config/{subject}}), which is the registry administrator's.
   */
  @Test
  void theKafkaJsClientOverBasicAuthRegistersEncodesDecodesAndIsRefusedAnIncompatibleChange()
      throws Exception {
    JsonNode seen =
        new ObjectMapper()
            .readTree(
                client.node(
                    "check.mjs", List.of(url, adminUserInfo, wrongUserInfo, userInfo), 120));

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

    assertRefused(seen.get("wrongSecretRegister"));
    assertRefused(seen.get("wrongSecretDecode"));

    // a producer's token: refused the compatibility change, it registers with updateConfig: false
    assertThat(seen.get("producerDefaultRegister").get("status").asText()).isEqualTo("403");
    assertThat(seen.get("producerRegisterId").asInt()).isPositive();
    assertThat(seen.get("producerDecodedByColdClient").get("order_id").asText())
        .isEqualTo("o-1001");
  }

  @Test
  void confluentsOwnClientOverBasicAuthRegistersSerializesAndDeserializesAvro() throws Exception {
    JsonNode seen =
        new ObjectMapper()
            .readTree(
                client.node("check-confluent.mjs", List.of(url, userInfo, wrongUserInfo), 120));

    int avroId = seen.get("avroId").asInt();
    assertThat(avroId).isPositive();
    assertThat(seen.get("avroReRegisterSameId").asBoolean()).isTrue();
    assertThat(seen.get("avroLookupId").asInt()).isEqualTo(avroId);
    assertThat(seen.get("avroLatestId").asInt()).isEqualTo(avroId);
    assertThat(seen.get("avroMagicByte").asInt()).isZero();
    assertThat(seen.get("avroFramedId").asInt()).isEqualTo(avroId);
    assertThat(seen.get("avroDecodedByColdClient").get("order_id").asText()).isEqualTo("o-2002");
    assertThat(seen.get("avroDecodedByColdClient").get("amount").asDouble()).isEqualTo(17.25);

    assertRefused(seen.get("wrongSecretRegister"));
    assertRefused(seen.get("wrongSecretDecode"));
    assertThat(seen.get("wrongSecretRegister").get("errorCode").asInt()).isEqualTo(40101);
  }

  /** A call with a wrong secret failed with the registry's 401, not another error. */
  private static void assertRefused(JsonNode failure) {
    assertThat(failure.get("status").asText()).as(failure.toString()).isEqualTo("401");
  }
}
