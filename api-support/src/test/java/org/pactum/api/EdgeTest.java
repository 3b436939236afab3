package org.pactum.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The edge on a real Jetty: every generic failure answered in one shape, never a 5xx for input. */
@ExtendWith(DropwizardExtensionsSupport.class)
class EdgeTest {
  static final DropwizardAppExtension<EdgeTestApp.Config> APP =
      new DropwizardAppExtension<>(EdgeTestApp.class, EdgeTestApp.Config.onFreePorts());

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  record Answer(int status, String type, JsonNode body, HttpResponse<String> raw) {
    int code() {
      return body.path("error_code").asInt();
    }

    String message() {
      return body.path("message").asText();
    }
  }

  static Answer send(HttpRequest.Builder request) throws Exception {
    HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode body = r.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(r.body());
    return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), body, r);
  }

  static HttpRequest.Builder at(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + APP.getLocalPort() + path));
  }

  static Answer post(String path, String json) throws Exception {
    return send(
        at(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(data);
    }
    return out.toByteArray();
  }

  @Test
  void aNulInAnyBodyFieldIsRefusedNamingTheField() throws Exception {
    Answer a = post("/api/v1/things/tree", "{\"outer\": {\"list\": [\"ok\", \"bad\\u0000\"]}}");
    assertThat(a.status()).isEqualTo(422);
    assertThat(a.code()).isEqualTo(EdgeCodes.INVALID_INPUT);
    assertThat(a.message()).contains("outer.list[1]").contains("NUL");
  }

  @Test
  void aLoneSurrogateInAFieldNameOrTypedFieldIsRefused() throws Exception {
    Answer key = post("/api/v1/things/tree", "{\"a\\ud800\": 1}");
    assertThat(key.status()).as("the parser itself refuses it in a name").isEqualTo(400);
    assertThat(key.message()).contains("surrogate");
    Answer typed =
        post("/api/v1/things/typed", "{\"name\": \"x\", \"labels\": {\"k\": \"\\udc00\"}}");
    assertThat(typed.status()).isEqualTo(422);
    assertThat(typed.message()).contains("labels.k").contains("surrogate");
  }

  @Test
  void aPairedSurrogateAndRightToLeftMarksPass() throws Exception {
    Answer a = post("/api/v1/things/typed", "{\"name\": \"\\ud83d\\ude00 \\u202e abc\"}");
    assertThat(a.status()).isEqualTo(200);
  }

  @Test
  void wrongTypesAndUnknownFieldsNameTheFieldAndNoJavaType() throws Exception {
    Answer wrong = post("/api/v1/things/typed", "{\"name\": \"x\", \"count\": \"many\"}");
    assertThat(wrong.status()).isEqualTo(422);
    assertThat(wrong.message()).contains("'count'").contains("whole number");
    Answer huge = post("/api/v1/things/typed", "{\"count\": 99999999999999999999}");
    assertThat(huge.status()).isEqualTo(422);
    assertThat(huge.message()).isEqualTo("field 'count' is out of range (line 1, column 31)");
    Answer unknown = post("/api/v1/things/strict", "{\"name\": \"x\", \"colour\": 1}");
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.message()).isEqualTo("unknown field 'colour'; the body takes [count, name]");
    for (Answer a : new Answer[] {wrong, huge, unknown}) {
      assertThat(a.message()).doesNotContain("java.").doesNotContain("org.pactum");
    }
  }

  @Test
  void malformedJsonIs400WithWhereTheParserStopped() throws Exception {
    Answer a = post("/api/v1/things/tree", "{\"a\": ");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.code()).isEqualTo(EdgeCodes.MALFORMED_JSON);
    assertThat(a.type()).startsWith("application/json");
  }

  @Test
  void timesOutsideYearsOneTo9999AreRefused() throws Exception {
    assertThat(post("/api/v1/things/at", "{\"at\": \"+999999999-12-31T00:00:00Z\"}").status())
        .isEqualTo(422);
    assertThat(post("/api/v1/things/at", "{\"at\": \"-4713-01-01T00:00:00Z\"}").message())
        .contains("years 1 to 9999");
    assertThat(post("/api/v1/things/at", "{\"at\": \"2026-03-02T10:00:00+01:00\"}").body())
        .hasToString("{\"at\":\"2026-03-02T09:00:00Z\"}");
  }

  @Test
  void controlCharactersInParametersAre400NamingTheParameter() throws Exception {
    Answer raw = send(at("/api/v1/things/item/a%01b"));
    assertThat(raw.status()).as("the server refuses it before the application").isEqualTo(400);
    assertThat(raw.code()).isEqualTo(40000);
    assertThat(raw.type()).startsWith("application/json");
    Answer path = send(at("/api/v1/things/item/a%C2%85b"));
    assertThat(path.status()).isEqualTo(400);
    assertThat(path.code()).isEqualTo(EdgeCodes.INVALID_PARAMETER);
    assertThat(path.message()).contains("path parameter 'id'");
    Answer query = send(at("/api/v1/things/item/a?q=x%00y"));
    assertThat(query.status()).isEqualTo(400);
    assertThat(query.message()).contains("query parameter 'q'");
    Answer notInt = send(at("/api/v1/things/limited?limit=ten"));
    assertThat(notInt.status()).isEqualTo(400);
    assertThat(notInt.message()).isEqualTo("query parameter 'limit' is not valid");
  }

  @Test
  void unexpectedFailuresAre500WithAnIdAndNothingOfTheCause() throws Exception {
    for (String what : new String[] {"exception", "error"}) {
      Answer a = send(at("/api/v1/things/boom/" + what));
      assertThat(a.status()).isEqualTo(500);
      assertThat(a.code()).isEqualTo(EdgeCodes.INTERNAL);
      assertThat(a.message()).matches("internal error; it has been logged with id [0-9a-f]+");
    }
  }

  @Test
  void confluentPathsKeepConfluentCodesAndMediaType() throws Exception {
    Answer unknown = send(at("/subjects/x/nothing"));
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.code()).isEqualTo(404);
    assertThat(unknown.type()).startsWith("application/vnd.schemaregistry.v1+json");
    Answer internal = send(at("/subjects/boom"));
    assertThat(internal.code()).isEqualTo(50001);
    assertThat(internal.message()).doesNotContain("jdbc").doesNotContain("secret");
    Answer nul = post("/subjects/s/versions", "{\"schema\": \"\\u0000\"}");
    assertThat(nul.status()).isEqualTo(422);
    assertThat(nul.code()).isEqualTo(422);
    assertThat(nul.message()).contains("'schema'");
  }

  @Test
  void frameworkErrorsSpeakThePactumDialect() throws Exception {
    Answer missing = send(at("/api/v1/nothing"));
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.code()).isEqualTo(40400);
    Answer method = send(at("/api/v1/things/tree"));
    assertThat(method.status()).isEqualTo(405);
    assertThat(method.code()).isEqualTo(40500);
    assertThat(method.raw().headers().firstValue("Allow")).isPresent();
    Answer media =
        send(
            at("/api/v1/things/tree")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(media.status()).isEqualTo(415);
    assertThat(media.code()).isEqualTo(41500);
  }

  @Test
  void aDeclaredBodyOverTheLimitIs413BeforeItIsRead() throws Exception {
    String big = "{\"a\": \"" + "x".repeat(70 * 1024) + "\"}";
    Answer a = post("/api/v1/things/tree", big);
    assertThat(a.status()).isEqualTo(413);
    assertThat(a.code()).isEqualTo(EdgeCodes.BODY_TOO_LARGE);
    Answer schemas = post("/subjects/s/versions", big);
    assertThat(schemas.status()).as("the registry's paths take schema-sized bodies").isEqualTo(200);
  }

  @Test
  void aGzipBombIs413CountedAfterDecompression() throws Exception {
    byte[] bomb =
        gzip(("{\"a\": \"" + "x".repeat(4 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8));
    assertThat(bomb.length).isLessThan(64 * 1024);
    Answer a =
        send(
            at("/api/v1/things/tree")
                .header("Content-Type", "application/json")
                .header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bomb)));
    assertThat(a.status()).isEqualTo(413);
    assertThat(a.code()).isEqualTo(EdgeCodes.BODY_TOO_LARGE);
  }

  @Test
  void aGzipBodyWithinTheLimitIsRead() throws Exception {
    Answer a =
        send(
            at("/api/v1/things/tree")
                .header("Content-Type", "application/json")
                .header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(gzip("{\"a\": 1}".getBytes()))));
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.body().path("size").asInt()).isEqualTo(1);
  }

  @Test
  void aBodyThatIsNotGzipIs400AndAnUnknownCodingIs415() throws Exception {
    Answer notGzip =
        send(
            at("/api/v1/things/tree")
                .header("Content-Type", "application/json")
                .header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofString("{\"a\": 1}")));
    assertThat(notGzip.status()).isEqualTo(400);
    assertThat(notGzip.code()).isEqualTo(EdgeCodes.MALFORMED_ENCODING);
    Answer brotli =
        send(
            at("/api/v1/things/tree")
                .header("Content-Type", "application/json")
                .header("Content-Encoding", "br")
                .POST(HttpRequest.BodyPublishers.ofString("{\"a\": 1}")));
    assertThat(brotli.status()).isEqualTo(415);
  }

  @Test
  void everyAnswerCarriesARequestIdAndASafeOneIsKept() throws Exception {
    Answer given = send(at("/api/v1/things/item/x").header("X-Request-Id", "ci-run:42"));
    assertThat(given.raw().headers().firstValue("X-Request-Id")).contains("ci-run:42");
    Answer forged = send(at("/api/v1/things/item/x").header("X-Request-Id", "a b\tc"));
    assertThat(forged.raw().headers().firstValue("X-Request-Id").orElseThrow())
        .matches("[0-9a-f-]{36}");
  }
}
