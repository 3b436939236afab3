package org.pactum.server.edge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every resource method of the application, as the fuzz test drives it: a concrete path and, for
 * writes, a valid body to mutate. {@code EdgeHardeningIT} fails when the application has a method
 * this list does not name, so a new endpoint cannot slip past the fuzz test.
 */
public final class Endpoints {
  public static final String JSON_TYPE = "application/json";
  public static final String CONFLUENT = "application/vnd.schemaregistry.v1+json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Endpoints() {}

  /**
   * @param examples the example contracts folder
   * @param silence an existing silence id
   * @param subject a registered subject with version 1
   */
  public static List<Endpoint> all(Path examples, long silence, String subject) {
    List<Endpoint> out = new ArrayList<>();
    String s = "/silences/" + silence;
    // contracts (contract-registry)
    JsonNode contract = contract(examples);
    out.add(write("POST", "/api/v1/contracts", "/api/v1/contracts", contract));
    out.add(
        write(
            "POST",
            "/api/v1/contracts/{id}/check",
            "/api/v1/contracts/fuzz.orders/check",
            contract));
    out.add(read("/api/v1/contracts", "/api/v1/contracts"));
    out.add(read("/api/v1/contracts/{id}", "/api/v1/contracts/orders.order_placed"));
    out.add(
        read(
            "/api/v1/contracts/{id}/versions/{version}",
            "/api/v1/contracts/orders.order_placed/versions/1"));
    out.add(
        read(
            "/api/v1/contracts/{id}/diff",
            "/api/v1/contracts/orders.order_placed/diff?from=1&to=latest"));
    out.add(read("/api/v1/contracts/{id}/status", "/api/v1/contracts/orders.order_placed/status"));
    // the folder declares it: a retirement is refused, whatever the fuzz does to the request
    out.add(none("DELETE", "/api/v1/contracts/{id}", "/api/v1/contracts/orders.order_placed"));
    // check engine
    out.add(
        write(
            "POST",
            "/api/v1/runs",
            "/api/v1/runs",
            obj(
                "{\"contract\": \"crm.customer\", \"run_id\": \"fuzz-run\", \"load_id\": \"l1\", \"params\": {}}")));
    out.add(read("/api/v1/runs", "/api/v1/runs?limit=5"));
    out.add(read("/api/v1/runs/{id}", "/api/v1/runs/fuzz-run"));
    out.add(
        read("/api/v1/contracts/{id}/results", "/api/v1/contracts/crm.customer/results?limit=5"));
    out.add(
        write(
            "POST",
            "/api/v1/contracts/{id}/backfill",
            "/api/v1/contracts/crm.customer/backfill",
            obj("{\"from\": \"2026-11-01\", \"to\": \"2026-11-02\"}")));
    out.add(
        write(
            "POST",
            "/api/v1/contracts/{id}/checks/{check}/baseline-reset",
            "/api/v1/contracts/orders.order_placed/checks/row_count_anomaly/baseline-reset",
            obj("{\"approved_by\": \"ana\", \"reason\": \"new normal\"}")));
    // alerts
    out.add(
        write(
            "POST",
            "/api/v1/silences",
            "/api/v1/silences",
            obj(
                "{\"matchers\": {\"contract\": \"orders.*\", \"severity\": [\"critical\"]}, \"duration\": \"2h\", \"created_by\": \"ana\", \"comment\": \"backfill\"}")));
    out.add(
        write(
            "PUT",
            "/api/v1/silences/{id}",
            "/api/v1" + s,
            obj(
                "{\"matchers\": {\"team\": \"checkout\"}, \"starts_at\": \"2026-12-01T00:00:00Z\", \"ends_at\": \"2026-12-02T00:00:00Z\", \"created_by\": \"ana\"}")));
    out.add(none("DELETE", "/api/v1/silences/{id}", "/api/v1/silences/999999"));
    out.add(read("/api/v1/silences", "/api/v1/silences"));
    out.add(read("/api/v1/silences/{id}", "/api/v1" + s));
    out.add(
        write(
            "POST",
            "/api/v1/incidents/{id}/acknowledge",
            "/api/v1/incidents/1/acknowledge",
            obj("{\"by\": \"ana\"}")));
    out.add(
        write(
            "POST",
            "/api/v1/incidents/{id}/resolve",
            "/api/v1/incidents/1/resolve",
            obj("{\"by\": \"ana\"}")));
    out.add(read("/api/v1/incidents", "/api/v1/incidents?state=open"));
    out.add(read("/api/v1/incidents/{id}", "/api/v1/incidents/1"));
    out.add(
        write(
            "POST",
            "/api/v1/alerts/route-test",
            "/api/v1/alerts/route-test",
            obj(
                "{\"contract\": \"orders.order_placed\", \"check\": \"range(amount)\", \"severity\": \"critical\", \"team\": \"checkout\", \"owner\": {\"slack\": \"#checkout\"}, \"dataset\": \"warehouse:public.orders\", \"tags\": [\"pii\"]}")));
    out.add(read("/api/v1/alerts/receivers", "/api/v1/alerts/receivers"));
    // streams (no Kafka is configured on the fuzzed server: the list says so, a stream is 404)
    out.add(read("/api/v1/streams", "/api/v1/streams?limit=10"));
    out.add(read("/api/v1/streams/{contract}", "/api/v1/streams/orders.order_placed?windows=5"));
    out.add(
        read(
            "/api/v1/streams/{contract}/dead-letters",
            "/api/v1/streams/orders.order_placed/dead-letters?limit=5"));
    // lineage
    out.add(write("POST", "/api/v1/lineage", "/api/v1/lineage", obj(OPENLINEAGE)));
    out.add(
        write(
            "POST",
            "/api/v1/lineage/sql",
            "/api/v1/lineage/sql",
            obj(
                "{\"job\": \"fuzz_job\", \"sql\": \"insert into mart.revenue (day, total) select placed_at::date, sum(amount) from public.orders group by 1\", \"namespace\": \"warehouse\"}")));
    out.add(
        read(
            "/api/v1/lineage/columns/{dataset}/{column}",
            "/api/v1/lineage/columns/warehouse:public.orders/amount?direction=down"));
    out.add(
        read(
            "/api/v1/lineage/datasets/{dataset}",
            "/api/v1/lineage/datasets/warehouse:public.orders"));
    out.add(read("/api/v1/lineage/pii-findings", "/api/v1/lineage/pii-findings"));
    out.add(
        read("/api/v1/lineage/impact/{contractId}", "/api/v1/lineage/impact/orders.order_placed"));
    // erasure
    out.add(
        write(
            "POST",
            "/api/v1/erasure-requests",
            "/api/v1/erasure-requests",
            obj(
                "{\"subject_type\": \"customer\", \"subject_id\": \"c-fuzz\", \"requested_by\": \"dpo\", \"legal_basis\": \"GDPR Art. 17\"}")));
    out.add(
        write(
            "POST",
            "/api/v1/erasure-requests/{id}/resume",
            "/api/v1/erasure-requests/00000000-0000-0000-0000-000000000000/resume",
            obj("{\"subject_id\": \"c-fuzz\"}")));
    out.add(read("/api/v1/erasure-requests", "/api/v1/erasure-requests?limit=5"));
    out.add(
        read(
            "/api/v1/erasure-requests/{id}",
            "/api/v1/erasure-requests/00000000-0000-0000-0000-000000000000"));
    out.add(
        read(
            "/api/v1/erasure-requests/{id}/audit",
            "/api/v1/erasure-requests/00000000-0000-0000-0000-000000000000/audit"));
    out.add(none("POST", "/api/v1/erasure-sweeps", "/api/v1/erasure-sweeps"));
    out.add(read("/api/v1/erasure-sweeps/latest", "/api/v1/erasure-sweeps/latest"));
    out.add(read("/api/v1/erasure-audit", "/api/v1/erasure-audit"));
    // API tokens (access)
    out.add(
        write(
            "POST",
            "/api/v1/tokens",
            "/api/v1/tokens",
            obj("{\"name\": \"fuzz-token\", \"role\": \"reader\", \"expires_in\": \"1h\"}")));
    out.add(read("/api/v1/tokens", "/api/v1/tokens?limit=5"));
    out.add(read("/api/v1/tokens/{name}", "/api/v1/tokens/fuzz-token"));
    out.add(none("DELETE", "/api/v1/tokens/{name}", "/api/v1/tokens/fuzz-no-such-token"));
    out.add(read("/api/v1/audit", "/api/v1/audit?limit=5&outcome=refused"));
    out.add(read("/api/v1/audit/verify", "/api/v1/audit/verify"));
    // the Confluent Schema Registry API
    String schema =
        "{\"schema\": \"{\\\"type\\\": \\\"record\\\", \\\"name\\\": \\\"Fuzz\\\", \\\"fields\\\": [{\\\"name\\\": \\\"id\\\", \\\"type\\\": \\\"string\\\"}]}\"}";
    String sub = "/subjects/" + subject;
    out.add(
        confluent(
            "POST", "/subjects/{subject}/versions", "/subjects/fuzz-value/versions", obj(schema)));
    out.add(confluent("POST", "/subjects/{subject}", sub, obj(schema)));
    out.add(
        confluent(
            "POST",
            "/compatibility/subjects/{subject}/versions/{version}",
            "/compatibility" + sub + "/versions/latest",
            obj(schema)));
    out.add(
        confluent(
            "POST",
            "/compatibility/subjects/{subject}/versions",
            "/compatibility" + sub + "/versions",
            obj(schema)));
    out.add(confluent("PUT", "/config", "/config", obj("{\"compatibility\": \"BACKWARD\"}")));
    out.add(
        confluent(
            "PUT",
            "/config/{subject}",
            "/config/fuzz-value",
            obj("{\"compatibility\": \"FULL\"}")));
    out.add(
        confluent("PUT", "/mode/{subject}", "/mode/fuzz-value", obj("{\"mode\": \"READWRITE\"}")));
    out.add(confluent("PUT", "/mode", "/mode", obj("{\"mode\": \"READWRITE\"}")));
    out.add(noneConfluent("DELETE", "/config/{subject}", "/config/fuzz-value"));
    out.add(noneConfluent("DELETE", "/config", "/config/none-such"));
    out.add(noneConfluent("DELETE", "/mode/{subject}", "/mode/fuzz-value"));
    out.add(
        noneConfluent(
            "DELETE",
            "/subjects/{subject}/versions/{version}",
            "/subjects/fuzz-value/versions/99"));
    out.add(noneConfluent("DELETE", "/subjects/{subject}", "/subjects/none-such"));
    for (String p :
        List.of(
            "/subjects",
            "/subjects/{subject}/versions",
            "/subjects/{subject}/versions/{version}",
            "/subjects/{subject}/versions/{version}/schema",
            "/subjects/{subject}/versions/{version}/referencedby",
            "/schemas",
            "/schemas/types",
            "/schemas/ids/{id}",
            "/schemas/ids/{id}/schema",
            "/schemas/ids/{id}/subjects",
            "/schemas/ids/{id}/versions",
            "/config",
            "/config/{subject}",
            "/mode",
            "/mode/{subject}")) {
      String concrete =
          p.replace("{subject}", subject).replace("{version}", "1").replace("{id}", "1");
      out.add(new Endpoint("GET", p, concrete, null, CONFLUENT));
    }
    // the UI
    for (String p :
        List.of(
            "/",
            "/ui",
            "/ui/contracts/{id}",
            "/ui/runs/{id}",
            "/ui/incidents",
            "/ui/incidents/{id}",
            "/ui/erasures",
            "/ui/erasures/{id}",
            "/ui/audit",
            "/ui/streams",
            "/ui/streams/{contract}",
            "/ui/lineage",
            "/ui/lineage/{namespace}/{dataset}")) {
      String concrete =
          p.replace("{id}", "1")
              .replace("{contract}", "orders.order_placed")
              .replace("{namespace}", "warehouse")
              .replace("{dataset}", "public.orders");
      out.add(new Endpoint("GET", p, concrete, null, "text/html"));
    }
    // the UI's sign-in (with auth.mode none, each sends the browser on to the page it asked for)
    String form = "application/x-www-form-urlencoded";
    out.add(new Endpoint("GET", "/ui/login", "/ui/login?next=%2Fui%2Fincidents", null, form));
    out.add(new Endpoint("POST", "/ui/login", "/ui/login", null, form));
    out.add(new Endpoint("GET", "/ui/login/oidc", "/ui/login/oidc?next=%2Fui%2F", null, form));
    out.add(
        new Endpoint("GET", "/ui/login/callback", "/ui/login/callback?code=c&state=s", null, form));
    out.add(new Endpoint("POST", "/ui/logout", "/ui/logout", null, form));
    out.add(
        new Endpoint(
            "GET",
            "/ui/contracts/{id}/versions/{n}",
            "/ui/contracts/orders.order_placed/versions/1",
            null,
            "text/html"));
    out.add(
        new Endpoint(
            "GET",
            "/ui/contracts/{id}/diff",
            "/ui/contracts/orders.order_placed/diff?from=1&to=latest",
            null,
            "text/html"));
    return out;
  }

  static final String OPENLINEAGE =
      """
      {"eventType": "COMPLETE", "eventTime": "2026-01-02T03:04:05.678Z",
       "producer": "https://example.com/producer",
       "schemaURL": "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent",
       "run": {"runId": "0176a8c2-fe01-7439-87e6-56a1a1b4029f"},
       "job": {"namespace": "etl", "name": "daily_revenue"},
       "inputs": [{"namespace": "warehouse", "name": "public.orders",
                   "facets": {"schema": {"fields": [{"name": "amount", "type": "numeric"}]}}}],
       "outputs": [{"namespace": "warehouse", "name": "mart.daily_revenue",
         "facets": {"columnLineage": {"fields": {"revenue": {"inputFields": [
           {"namespace": "warehouse", "name": "public.orders", "field": "amount",
            "transformations": [{"type": "DIRECT", "subtype": "AGGREGATION"}]}]}}}}}]}
      """;

  private static JsonNode contract(Path examples) {
    try {
      ObjectNode body = JSON.createObjectNode();
      body.put(
          "contract",
          Files.readString(examples.resolve("orders/order_placed.contract.yaml"))
              .replace("id: orders.order_placed", "id: fuzz.orders"));
      body.put("path", "orders/order_placed.contract.yaml");
      body.putObject("files")
          .put("order_placed.avsc", Files.readString(examples.resolve("orders/order_placed.avsc")));
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode obj(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Endpoint write(String method, String template, String path, JsonNode seed) {
    return new Endpoint(method, template, path, seed, JSON_TYPE);
  }

  private static Endpoint confluent(String method, String template, String path, JsonNode seed) {
    return new Endpoint(method, template, path, seed, CONFLUENT);
  }

  private static Endpoint none(String method, String template, String path) {
    return new Endpoint(method, template, path, null, JSON_TYPE);
  }

  private static Endpoint noneConfluent(String method, String template, String path) {
    return new Endpoint(method, template, path, null, CONFLUENT);
  }

  private static Endpoint read(String template, String path) {
    return new Endpoint("GET", template, path, null, JSON_TYPE);
  }
}
