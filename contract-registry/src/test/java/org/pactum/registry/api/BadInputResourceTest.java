package org.pactum.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactum.registry.api.RegistryApi.body;
import static org.pactum.registry.api.RegistryApi.quote;

import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

/**
 * Hostile and broken input: each gets its 4xx code and a clear message, never a 500, and the store
 * is unchanged afterwards.
 */
@ExtendWith({PostgresExtension.class, DropwizardExtensionsSupport.class})
class BadInputResourceTest {
  static final RegistryApi API = new RegistryApi();
  static final ResourceExtension RESOURCES = API.resources;
  static final String VALID =
      "{\"type\":\"record\",\"name\":\"Ok\",\"fields\":[{\"name\":\"a\",\"type\":\"int\"}]}";
  static final List<String> TABLES =
      List.of("schema", "schema_reference", "subject_version", "subject_config", "subject_mode");

  private List<Long> before;

  @BeforeAll
  static void connect(TestDatabase db) {
    API.connect(db);
    Response r = API.post("/subjects/existing/versions", body(VALID));
    assertThat(r.getStatus()).isEqualTo(200);
    r.close();
  }

  @BeforeEach
  void countRows() {
    before = TABLES.stream().map(API::count).toList();
  }

  @AfterEach
  void storeIsUnchanged() {
    assertThat(TABLES.stream().map(API::count).toList()).isEqualTo(before);
  }

  private static void assertError(Response r, int status, int code, String messageStart) {
    String json = r.readEntity(String.class);
    assertThat(r.getStatus()).as(json).isEqualTo(status);
    assertThat(json)
        .startsWith(
            "{\"error_code\":"
                + code
                + ",\"message\":"
                + quote(messageStart).replaceAll("\"$", ""));
  }

  @Test
  void unparsableSchema() {
    assertError(
        API.post("/subjects/bad/versions", body("{\"type\":\"record\",\"name\":")),
        422,
        42201,
        "Invalid schema: ");
    assertError(
        API.post("/subjects/bad/versions", body("{\"type\":\"nope\"}")),
        422,
        42201,
        "Invalid schema");
    assertError(
        API.post(
            "/subjects/bad/versions", "{\"schemaType\":\"PROTOBUF\",\"schema\":\"message {\"}"),
        422,
        42201,
        "Invalid schema");
    assertError(
        API.post("/subjects/bad/versions", "{}"),
        422,
        42201,
        "Invalid schema: the schema is empty");
    assertError(
        API.post("/subjects/bad/versions", ""),
        422,
        42201,
        "Invalid schema: the request has no body");
  }

  @Test
  void unknownSchemaType() {
    assertError(
        API.post(
            "/subjects/bad/versions",
            "{\"schemaType\":\"JSON\",\"schema\":" + quote("{\"type\":\"object\"}") + "}"),
        422,
        42201,
        "Invalid schema type 'JSON': this registry supports AVRO and PROTOBUF");
  }

  @Test
  void subjectWithControlCharacters() {
    assertError(
        API.post("/subjects/bad%01subject/versions", body(VALID)),
        422,
        42208,
        "The specified subject is not valid: 'bad\\u0001subject' contains a control character at"
            + " index 3");
    assertError(
        API.put("/config/tab%09bed", "{\"compatibility\":\"NONE\"}"),
        422,
        42208,
        "The specified subject is not valid");
    assertError(
        API.put("/mode/new%0Aline", "{\"mode\":\"READONLY\"}"),
        422,
        42208,
        "The specified subject is not valid");
  }

  @Test
  void tenMegabyteSchema() {
    String huge =
        "{\"type\":\"record\",\"name\":\"Huge\",\"doc\":\""
            + "x".repeat(10 * 1024 * 1024)
            + "\",\"fields\":[]}";
    assertError(
        API.post("/subjects/huge/versions", body(huge)),
        422,
        42209,
        "Schema is too large: "
            + huge.length()
            + " bytes (UTF-8, with its references); the limit is 1048576");
    assertError(
        API.post("/compatibility/subjects/existing/versions/latest", body(huge)),
        422,
        42209,
        "Schema is too large");
  }

  @Test
  void schemaNestedTenThousandLevels() {
    String deep = "{\"type\":\"array\",\"items\":".repeat(10_000) + "\"int\"" + "}".repeat(10_000);
    assertError(API.post("/subjects/deep/versions", body(deep)), 422, 42201, "Invalid schema: ");
    String deepProto = "syntax = \"proto3\";\n" + "message M {".repeat(10_000) + "}".repeat(10_000);
    assertError(
        API.post(
            "/subjects/deep/versions",
            "{\"schemaType\":\"PROTOBUF\",\"schema\":" + quote(deepProto) + "}"),
        422,
        42201,
        "Invalid schema: ");
    // the request JSON itself nested 10,000 levels: Jackson's limit, still a client error
    String deepJson = "{\"schema\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    Response r = API.post("/subjects/deep/versions", deepJson);
    assertThat(r.getStatus()).isBetween(400, 499);
    assertThat(r.readEntity(String.class)).startsWith("{\"error_code\":");
  }

  @Test
  void invalidVersions() {
    String message =
        "The specified version '%s' is not a valid version id. Allowed values are between [1,"
            + " 2^31-1] and the string \"latest\"";
    for (String v : List.of("0", "abc", "-2", "2147483648", "1.5")) {
      assertError(
          API.get("/subjects/existing/versions/" + v), 422, 42202, String.format(message, v));
      assertError(
          API.delete("/subjects/existing/versions/" + v), 422, 42202, String.format(message, v));
      assertError(
          API.post("/compatibility/subjects/existing/versions/" + v, body(VALID)),
          422,
          42202,
          String.format(message, v));
    }
  }

  @Test
  void notFound() {
    assertError(API.get("/subjects/nope/versions"), 404, 40401, "Subject 'nope' not found.");
    assertError(API.get("/subjects/nope/versions/1"), 404, 40401, "Subject 'nope' not found.");
    assertError(API.get("/subjects/existing/versions/9"), 404, 40402, "Version 9 not found.");
    assertError(API.get("/schemas/ids/999999"), 404, 40403, "Schema 999999 not found");
    assertError(API.get("/schemas/ids/abc"), 404, 40403, "Schema abc not found");
    assertError(API.get("/schemas/ids/999999/subjects"), 404, 40403, "Schema 999999 not found");
    assertError(API.get("/subjects/existing/nonsense"), 404, 404, "HTTP 404 Not Found");
    assertError(
        API.put("/subjects/existing/versions", body(VALID)),
        405,
        405,
        "HTTP 405 Method Not Allowed");
  }

  @Test
  void malformedJson() {
    assertError(
        API.post("/subjects/bad/versions", "{\"schema\": "),
        400,
        400,
        "Invalid JSON in request body: ");
    assertError(
        API.post("/subjects/bad/versions", "not json"), 400, 400, "Invalid JSON in request body: ");
    assertError(
        API.post("/subjects/bad/versions", "{\"schema\": {\"x\": 1}}"),
        400,
        400,
        "Invalid JSON in request body: ");
    assertError(API.put("/config", "[1,2]"), 400, 400, "Invalid JSON in request body: ");
  }

  @Test
  void invalidReferences() {
    String request =
        "{\"schema\":"
            + quote(VALID)
            + ",\"references\":[{\"name\":\"x\",\"subject\":\"existing\",\"version\":0}]}";
    assertError(
        API.post("/subjects/bad/versions", request), 422, 42201, "Invalid schema reference");
  }
}
