package org.pactum.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactum.registry.api.RegistryApi.body;
import static org.pactum.registry.api.RegistryApi.quote;

import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

/** The Confluent API end to end: request and response JSON, on the real store. */
@ExtendWith({PostgresExtension.class, DropwizardExtensionsSupport.class})
class SchemaRegistryResourceTest {
  static final RegistryApi API = new RegistryApi();

  static final ResourceExtension RESOURCES = API.resources;

  static final String ORDER_V1 =
      "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"id\",\"type\":\"long\"}]}";
  static final String ORDER_V1_SPACED =
      "{ \"name\": \"Order\", \"type\" : \"record\",\n"
          + "  \"fields\": [ {\"type\": \"long\", \"name\": \"id\"} ] }";
  static final String ORDER_V2 =
      "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"id\",\"type\":\"long\"},"
          + "{\"name\":\"note\",\"type\":\"string\",\"default\":\"\"}]}";
  static final String ORDER_V3_BREAKING =
      "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"id\",\"type\":\"long\"},"
          + "{\"name\":\"qty\",\"type\":\"int\"}]}";

  @BeforeAll
  static void connect(TestDatabase db) {
    API.connect(db);
  }

  @AfterEach
  void resetGlobalSettings() {
    API.delete("/config");
    API.put("/mode?force=true", "{\"mode\":\"READWRITE\"}");
  }

  private static String text(Response r) {
    return r.readEntity(String.class);
  }

  private static int register(String subject, String schema) {
    Response r = API.post("/subjects/" + subject + "/versions", body(schema));
    String json = text(r);
    assertThat(r.getStatus()).as(json).isEqualTo(200);
    return Integer.parseInt(json.replaceAll("\\D", ""));
  }

  private static void assertResponse(Response r, int status, String json) {
    assertThat(r.getStatus()).isEqualTo(status);
    assertThat(text(r)).isEqualTo(json);
  }

  private static void assertError(Response r, int status, int code, String message) {
    assertThat(r.getStatus()).isEqualTo(status);
    assertThat(r.getMediaType().toString()).startsWith(RegistryMediaTypes.V1_JSON);
    assertThat(text(r))
        .isEqualTo("{\"error_code\":" + code + ",\"message\":" + quote(message) + "}");
  }

  // ------------------------------------------------------------- register, get, look up

  @Test
  void registerReturnsTheIdAndTheVersionReadsBackInConfluentsShape() {
    Response r = API.post("/subjects/reg-orders/versions", body(ORDER_V1));
    assertThat(r.getStatus()).isEqualTo(200);
    assertThat(r.getMediaType().toString()).startsWith(RegistryMediaTypes.V1_JSON);
    String json = text(r);
    assertThat(json).matches("\\{\"id\":\\d+}");
    int id = Integer.parseInt(json.replaceAll("\\D", ""));

    String expected =
        "{\"subject\":\"reg-orders\",\"version\":1,\"id\":"
            + id
            + ",\"schema\":"
            + quote(ORDER_V1)
            + "}";
    assertResponse(API.get("/subjects/reg-orders/versions/1"), 200, expected);
    assertResponse(API.get("/subjects/reg-orders/versions/latest"), 200, expected);
    assertResponse(API.get("/subjects/reg-orders/versions/-1"), 200, expected);
    assertResponse(API.get("/subjects/reg-orders/versions"), 200, "[1]");
    assertResponse(API.get("/schemas/ids/" + id), 200, "{\"schema\":" + quote(ORDER_V1) + "}");
    assertResponse(API.get("/schemas/ids/" + id + "/schema"), 200, ORDER_V1);
    assertResponse(API.get("/subjects/reg-orders/versions/1/schema"), 200, ORDER_V1);
    assertResponse(API.post("/subjects/reg-orders", body(ORDER_V1_SPACED)), 200, expected);
    assertThat(text(API.get("/subjects"))).contains("\"reg-orders\"");
  }

  @Test
  void reRegisteringTheSameSchemaReturnsItsIdAndCreatesNoVersion() {
    String same = ORDER_V1.replace("Order", "SameOrder");
    String sameSpaced = ORDER_V1_SPACED.replace("Order", "SameOrder");
    int id = register("same-a", same);
    assertThat(register("same-a", sameSpaced)).isEqualTo(id);
    assertThat(register("same-a", same)).isEqualTo(id);
    assertResponse(API.get("/subjects/same-a/versions"), 200, "[1]");

    assertThat(register("same-b", sameSpaced)).as("same id in every subject").isEqualTo(id);
    assertResponse(API.get("/schemas/ids/" + id + "/subjects"), 200, "[\"same-a\",\"same-b\"]");
    assertThat(text(API.get("/schemas/ids/" + id + "/versions")))
        .contains("{\"subject\":\"same-a\",\"version\":1}")
        .contains("{\"subject\":\"same-b\",\"version\":1}");
  }

  @Test
  void lookupAnswers40401ForAnUnknownSubjectAnd40403ForAnUnknownSchema() {
    register("lookup-s", ORDER_V1);
    assertError(
        API.post("/subjects/lookup-nope", body(ORDER_V1)),
        404,
        40401,
        "Subject 'lookup-nope' not found.");
    assertError(API.post("/subjects/lookup-s", body(ORDER_V2)), 404, 40403, "Schema not found");
  }

  @Test
  void subjectsVersionsAndSchemasTakeConfluentsOffsetAndLimitAndStayBareArrays() {
    for (String name : List.of("win-a", "win-b", "win-c", "win-d", "win-e")) {
      register(name, ORDER_V1.replace("Order", "Win"));
    }
    register("win-a", ORDER_V2.replace("Order", "Win"));
    assertResponse(
        API.get("/subjects?subjectPrefix=win-"),
        200,
        "[\"win-a\",\"win-b\",\"win-c\",\"win-d\",\"win-e\"]");
    assertResponse(
        API.get("/subjects?subjectPrefix=win-&offset=1&limit=2"), 200, "[\"win-b\",\"win-c\"]");
    assertResponse(
        API.get("/subjects?subjectPrefix=win-&offset=3&limit=-1"), 200, "[\"win-d\",\"win-e\"]");
    assertResponse(API.get("/subjects?subjectPrefix=win-&offset=4&limit=0"), 200, "[\"win-e\"]");
    assertResponse(API.get("/subjects?subjectPrefix=win-&offset=9"), 200, "[]");
    assertResponse(API.get("/subjects?subjectPrefix=win-&offset=-3&limit=1"), 200, "[\"win-a\"]");
    List<String> walked = new java.util.ArrayList<>();
    for (int offset = 0; offset < 5; offset += 2) {
      walked.add(text(API.get("/subjects?subjectPrefix=win-&limit=2&offset=" + offset)));
    }
    assertThat(walked)
        .containsExactly("[\"win-a\",\"win-b\"]", "[\"win-c\",\"win-d\"]", "[\"win-e\"]");
    assertResponse(API.get("/subjects/win-a/versions"), 200, "[1,2]");
    assertResponse(API.get("/subjects/win-a/versions?offset=1&limit=1"), 200, "[2]");
    assertResponse(API.get("/subjects/win-a/versions?limit=1"), 200, "[1]");
    assertThat(text(API.get("/schemas?subjectPrefix=win-&offset=5&limit=1")))
        .startsWith("[{\"subject\":\"win-e\"");
    int shared = register("win-e", ORDER_V1.replace("Order", "Win"));
    assertResponse(
        API.get("/schemas/ids/" + shared + "/subjects?offset=1&limit=2"),
        200,
        "[\"win-b\",\"win-c\"]");
    assertResponse(
        API.get("/schemas/ids/" + shared + "/versions?offset=4&limit=-1"),
        200,
        "[{\"subject\":\"win-e\",\"version\":1}]");
    assertResponse(API.get("/subjects/win-a/versions/1/referencedby?offset=0&limit=5"), 200, "[]");
  }

  @Test
  void schemaTypesListsAvroAndProtobuf() {
    assertResponse(API.get("/schemas/types"), 200, "[\"AVRO\",\"PROTOBUF\"]");
  }

  @Test
  void acceptsConfluentsOtherContentTypes() {
    for (String type :
        new String[] {
          "application/json", "application/vnd.schemaregistry+json", "application/octet-stream"
        }) {
      Response r =
          RESOURCES
              .target("/subjects/ctype-" + type.length() + "/versions")
              .request("application/json")
              .post(Entity.entity(body(ORDER_V1), MediaType.valueOf(type)));
      assertThat(r.getStatus()).as(type).isEqualTo(200);
      assertThat(text(r)).matches("\\{\"id\":\\d+}");
    }
  }

  // ------------------------------------------------------------- compatibility

  @Test
  void anIncompatibleSchemaIsRefusedWith409AndTheReasons() {
    register("compat-s", ORDER_V1);
    assertThat(register("compat-s", ORDER_V2)).isPositive();

    Response refused = API.post("/subjects/compat-s/versions", body(ORDER_V3_BREAKING));
    assertThat(refused.getStatus()).isEqualTo(409);
    String json = text(refused);
    assertThat(json)
        .startsWith(
            "{\"error_code\":40901,\"message\":\"Schema being registered is incompatible with an"
                + " earlier schema for subject \\\"compat-s\\\", details: [")
        .contains("qty")
        .contains("{oldSchemaVersion: 2}")
        .contains("{compatibility: 'BACKWARD'}");
    assertResponse(API.get("/subjects/compat-s/versions"), 200, "[1,2]");

    assertResponse(
        API.post("/compatibility/subjects/compat-s/versions/latest", body(ORDER_V3_BREAKING)),
        200,
        "{\"is_compatible\":false}");
    String verbose =
        text(
            API.post(
                "/compatibility/subjects/compat-s/versions/1?verbose=true",
                body(ORDER_V3_BREAKING)));
    assertThat(verbose)
        .startsWith("{\"is_compatible\":false,\"messages\":[")
        .contains("{oldSchemaVersion: 1}");
    assertResponse(
        API.post("/compatibility/subjects/compat-s/versions?verbose=true", body(ORDER_V2)),
        200,
        "{\"is_compatible\":true,\"messages\":[]}");
    assertResponse(
        API.post("/compatibility/subjects/compat-new/versions/latest", body(ORDER_V3_BREAKING)),
        200,
        "{\"is_compatible\":true}");
    assertError(
        API.post("/compatibility/subjects/compat-s/versions/7", body(ORDER_V2)),
        404,
        40402,
        "Version 7 not found.");

    assertResponse(
        API.put("/config/compat-s", "{\"compatibility\":\"NONE\"}"),
        200,
        "{\"compatibility\":\"NONE\"}");
    assertThat(register("compat-s", ORDER_V3_BREAKING)).isPositive();
    assertResponse(API.get("/subjects/compat-s/versions"), 200, "[1,2,3]");
  }

  // ------------------------------------------------------------- config

  @Test
  void globalAndSubjectCompatibilityConfig() {
    assertResponse(API.get("/config"), 200, "{\"compatibilityLevel\":\"BACKWARD\"}");
    assertResponse(
        API.put("/config", "{\"compatibility\":\"full_transitive\"}"),
        200,
        "{\"compatibility\":\"FULL_TRANSITIVE\"}");
    assertResponse(API.get("/config"), 200, "{\"compatibilityLevel\":\"FULL_TRANSITIVE\"}");

    assertError(
        API.get("/config/cfg-s"),
        404,
        40408,
        "Subject 'cfg-s' does not have subject-level compatibility configured");
    assertResponse(
        API.get("/config/cfg-s?defaultToGlobal=true"),
        200,
        "{\"compatibilityLevel\":\"FULL_TRANSITIVE\"}");
    assertResponse(
        API.put("/config/cfg-s", "{\"compatibility\":\"FORWARD\"}"),
        200,
        "{\"compatibility\":\"FORWARD\"}");
    assertResponse(API.get("/config/cfg-s"), 200, "{\"compatibilityLevel\":\"FORWARD\"}");
    assertResponse(API.delete("/config/cfg-s"), 200, "{\"compatibilityLevel\":\"FORWARD\"}");
    assertError(API.delete("/config/cfg-s"), 404, 40401, "Subject 'cfg-s' not found.");

    String invalid =
        "Invalid compatibility level. Valid values are none, backward, forward, full,"
            + " backward_transitive, forward_transitive, and full_transitive";
    assertError(API.put("/config", "{\"compatibility\":\"SIDEWAYS\"}"), 422, 42203, invalid);
    assertError(API.put("/config/cfg-s", "{\"compatibility\":\"\"}"), 422, 42203, invalid);
    assertResponse(API.delete("/config"), 200, "{\"compatibilityLevel\":\"FULL_TRANSITIVE\"}");
    assertResponse(API.get("/config"), 200, "{\"compatibilityLevel\":\"BACKWARD\"}");
  }

  // ------------------------------------------------------------- modes

  @Test
  void readOnlyRefusesWritesWith42205() {
    register("ro-s", ORDER_V1);
    assertResponse(
        API.put("/mode/ro-s", "{\"mode\":\"READONLY\"}"), 200, "{\"mode\":\"READONLY\"}");
    assertResponse(API.get("/mode/ro-s"), 200, "{\"mode\":\"READONLY\"}");
    assertError(
        API.post("/subjects/ro-s/versions", body(ORDER_V2)),
        422,
        42205,
        "Subject ro-s is in read-only mode");
    assertError(
        API.delete("/subjects/ro-s/versions/1"), 422, 42205, "Subject ro-s is in read-only mode");
    assertError(API.delete("/subjects/ro-s"), 422, 42205, "Subject ro-s is in read-only mode");
    assertResponse(API.get("/subjects/ro-s/versions"), 200, "[1]");
    assertResponse(API.delete("/mode/ro-s"), 200, "{\"mode\":\"READONLY\"}");
    assertError(API.delete("/mode/ro-s"), 404, 40401, "Subject 'ro-s' not found.");
    assertError(
        API.get("/mode/ro-s"),
        404,
        40409,
        "Subject 'ro-s' does not have subject-level mode configured");
    assertResponse(API.get("/mode/ro-s?defaultToGlobal=true"), 200, "{\"mode\":\"READWRITE\"}");
    assertThat(register("ro-s", ORDER_V2)).isPositive();
  }

  @Test
  void modeValidation() {
    assertResponse(API.get("/mode"), 200, "{\"mode\":\"READWRITE\"}");
    assertError(
        API.put("/mode", "{\"mode\":\"SLEEPING\"}"),
        422,
        42204,
        "Invalid mode. Valid values are READWRITE, READONLY, IMPORT");
    register("mode-busy", ORDER_V1);
    assertError(
        API.put("/mode/mode-busy", "{\"mode\":\"IMPORT\"}"),
        422,
        42205,
        "Cannot import since found existing subjects; use force=true to set IMPORT anyway");
    assertError(
        API.put("/mode", "{\"mode\":\"IMPORT\"}"),
        422,
        42205,
        "Cannot import since found existing subjects; use force=true to set IMPORT anyway");
    assertResponse(
        API.put("/mode/mode-busy?force=true", "{\"mode\":\"IMPORT\"}"),
        200,
        "{\"mode\":\"IMPORT\"}");
    API.delete("/mode/mode-busy");
  }

  @Test
  void importModeTakesExplicitIdsAndVersionsAndMovesTheSequencePast() {
    assertResponse(API.put("/mode/imp-s", "{\"mode\":\"IMPORT\"}"), 200, "{\"mode\":\"IMPORT\"}");
    String imported = "{\"schema\":" + quote(ORDER_V3_BREAKING) + ",\"id\":5000,\"version\":3}";
    assertResponse(API.post("/subjects/imp-s/versions", imported), 200, "{\"id\":5000}");
    assertResponse(API.post("/subjects/imp-s/versions", imported), 200, "{\"id\":5000}");
    assertResponse(API.get("/subjects/imp-s/versions"), 200, "[3]");
    assertError(
        API.post("/subjects/imp-s/versions", body(ORDER_V2)),
        422,
        42205,
        "Subject imp-s is not in read-write mode");
    assertError(
        API.post(
            "/subjects/imp-s/versions",
            "{\"schema\":" + quote(ORDER_V2) + ",\"id\":5000,\"version\":4}"),
        422,
        42207,
        "Schema id 5000 is already used by a different schema");
    assertError(
        API.post("/subjects/imp-other/versions", imported),
        422,
        42205,
        "Subject imp-other is not in import mode");
    API.delete("/mode/imp-s");

    String fresh =
        "{\"type\":\"record\",\"name\":\"AfterImport\",\"fields\":[{\"name\":\"a\",\"type\":\"int\"}]}";
    assertThat(register("imp-after", fresh)).isGreaterThan(5000);
  }

  // ------------------------------------------------------------- deletes

  @Test
  void softThenPermanentDeleteFollowsConfluentsRules() {
    String del1 = ORDER_V1.replace("Order", "DelOrder");
    String del2 = ORDER_V2.replace("Order", "DelOrder");
    int id1 = register("del-s", del1);
    register("del-s", del2);
    assertResponse(API.get("/schemas/ids/" + id1), 200, "{\"schema\":" + quote(del1) + "}");

    assertError(
        API.delete("/subjects/del-s/versions/1?permanent=true"),
        404,
        40407,
        "Subject 'del-s' Version 1 was not deleted first before being permanently deleted");
    assertResponse(API.delete("/subjects/del-s/versions/1"), 200, "1");
    assertError(API.get("/subjects/del-s/versions/1"), 404, 40402, "Version 1 not found.");
    assertThat(API.get("/subjects/del-s/versions/1?deleted=true").getStatus()).isEqualTo(200);
    assertError(
        API.delete("/subjects/del-s/versions/1"),
        404,
        40406,
        "Subject 'del-s' Version 1 was soft deleted. Set permanent=true to delete permanently");
    assertResponse(API.get("/subjects/del-s/versions"), 200, "[2]");
    assertResponse(API.get("/subjects/del-s/versions?deleted=true"), 200, "[1,2]");
    assertResponse(API.get("/subjects/del-s/versions?deletedOnly=true"), 200, "[1]");

    assertError(
        API.delete("/subjects/del-s?permanent=true"),
        404,
        40405,
        "Subject 'del-s' was not deleted first before being permanently deleted");
    assertResponse(API.delete("/subjects/del-s"), 200, "[2]");
    assertError(
        API.delete("/subjects/del-s"),
        404,
        40404,
        "Subject 'del-s' was soft deleted. Set permanent=true to delete permanently");
    assertError(API.get("/subjects/del-s/versions"), 404, 40401, "Subject 'del-s' not found.");
    assertThat(text(API.get("/subjects"))).doesNotContain("\"del-s\"");
    assertThat(text(API.get("/subjects?deleted=true"))).contains("\"del-s\"");

    assertResponse(API.delete("/subjects/del-s?permanent=true"), 200, "[1,2]");
    assertError(API.get("/schemas/ids/" + id1), 404, 40403, "Schema " + id1 + " not found");
    assertError(API.delete("/subjects/del-s"), 404, 40401, "Subject 'del-s' not found.");

    // a new registration starts the subject over and gets a new id
    assertThat(register("del-s", del1)).isNotEqualTo(id1);
    assertResponse(API.get("/subjects/del-s/versions"), 200, "[1]");
  }

  @Test
  void softDeletingTheLastVersionDropsTheSubjectsSettings() {
    register("del-cfg", ORDER_V1);
    API.put("/config/del-cfg", "{\"compatibility\":\"NONE\"}");
    assertResponse(API.delete("/subjects/del-cfg/versions/latest"), 200, "1");
    assertThat(API.get("/config/del-cfg").getStatus()).isEqualTo(404);
  }

  // ------------------------------------------------------------- references

  @Test
  void protobufImportsResolveAcrossSubjectsAndBlockDeletes() throws IOException {
    String money = resource("/protobuf/common/money.proto");
    String payment = resource("/protobuf/payment_v1.proto");
    Response m =
        API.post(
            "/subjects/money-value/versions",
            "{\"schemaType\":\"PROTOBUF\",\"schema\":" + quote(money) + "}");
    assertThat(m.getStatus()).isEqualTo(200);
    m.close();

    String request =
        "{\"schemaType\":\"PROTOBUF\",\"schema\":"
            + quote(payment)
            + ",\"references\":[{\"name\":\"common/money.proto\",\"subject\":\"money-value\","
            + "\"version\":1}]}";
    String idJson = text(API.post("/subjects/payment-value/versions", request));
    int id = Integer.parseInt(idJson.replaceAll("\\D", ""));
    String refs =
        "\"references\":[{\"name\":\"common/money.proto\",\"subject\":\"money-value\","
            + "\"version\":1}]";
    assertResponse(
        API.get("/subjects/payment-value/versions/1"),
        200,
        "{\"subject\":\"payment-value\",\"version\":1,\"id\":"
            + id
            + ",\"schemaType\":\"PROTOBUF\","
            + refs
            + ",\"schema\":"
            + quote(payment)
            + "}");
    assertResponse(
        API.get("/schemas/ids/" + id),
        200,
        "{\"schemaType\":\"PROTOBUF\",\"schema\":" + quote(payment) + "," + refs + "}");
    assertResponse(API.get("/subjects/money-value/versions/1/referencedby"), 200, "[" + id + "]");
    assertError(
        API.delete("/subjects/money-value/versions/1"),
        422,
        42206,
        "One or more references exist to the schema {subject=money-value, version=1}: schema ids"
            + " ["
            + id
            + "]");
    Response broken =
        API.post(
            "/subjects/payment-broken/versions",
            "{\"schemaType\":\"PROTOBUF\",\"schema\":" + quote(payment) + "}");
    assertThat(broken.getStatus()).isEqualTo(422);
    assertThat(text(broken))
        .startsWith("{\"error_code\":42201,\"message\":\"Invalid schema: ")
        .contains("unable to find import \\\"common/money.proto\\\"");
  }

  @Test
  void avroNamedTypesResolveAcrossSubjects() {
    String address =
        "{\"type\":\"record\",\"name\":\"Address\",\"namespace\":\"com.example\","
            + "\"fields\":[{\"name\":\"city\",\"type\":\"string\"}]}";
    String customer =
        "{\"type\":\"record\",\"name\":\"Customer\",\"namespace\":\"com.example\","
            + "\"fields\":[{\"name\":\"home\",\"type\":\"com.example.Address\"}]}";
    register("address-value", address);
    String request =
        "{\"schema\":"
            + quote(customer)
            + ",\"references\":[{\"name\":\"com.example.Address\",\"subject\":\"address-value\","
            + "\"version\":-1}]}";
    Response r = API.post("/subjects/customer-value/versions", request);
    assertThat(r.getStatus()).isEqualTo(200);
    r.close();
    assertThat(text(API.get("/subjects/customer-value/versions/1")))
        .contains(
            "\"references\":[{\"name\":\"com.example.Address\",\"subject\":\"address-value\","
                + "\"version\":1}]");
    Response missing =
        API.post(
            "/subjects/customer-value/versions",
            "{\"schema\":"
                + quote(customer)
                + ",\"references\":[{\"name\":\"x\",\"subject\":\"nowhere\",\"version\":1}]}");
    assertThat(missing.getStatus()).isEqualTo(422);
    assertThat(text(missing)).contains("42201").contains("no such subject version");
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = SchemaRegistryResourceTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
