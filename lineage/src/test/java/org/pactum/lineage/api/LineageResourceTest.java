package org.pactum.lineage.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.testing.DropwizardTestSupport;
import io.openlineage.client.OpenLineage;
import io.openlineage.client.OpenLineageClient;
import io.openlineage.client.OpenLineageClientException;
import io.openlineage.client.transports.HttpConfig;
import io.openlineage.client.transports.HttpTransport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.api.edge.EdgeBundle;
import org.pactum.contracts.ContractLoader;
import org.pactum.contracts.LoadedContract;
import org.pactum.lineage.LineageConfig;
import org.pactum.lineage.LineageContext;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

/**
 * The lineage API through a real Dropwizard application on the embedded PostgreSQL, fed by the real
 * OpenLineage Java client over its HTTP transport, with the example contracts as the catalog.
 */
@ExtendWith(PostgresExtension.class)
class LineageResourceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final URI PRODUCER = URI.create("https://github.com/pactum/tests");

  private static DropwizardTestSupport<TestConfig> app;
  private static Jdbi jdbi;
  private static List<LoadedContract> contracts;

  public static class TestConfig extends Configuration {
    public LineageConfig lineage = new LineageConfig();
  }

  public static class TestApp extends Application<TestConfig> {
    @Override
    public void initialize(Bootstrap<TestConfig> bootstrap) {
      bootstrap.addBundle(new EdgeBundle<TestConfig>(c -> null));
    }

    @Override
    public void run(TestConfig configuration, Environment environment) {
      new LineageContext(jdbi, configuration.lineage, () -> contracts, Clock.systemUTC())
          .resources()
          .forEach(environment.jersey()::register);
    }
  }

  @BeforeAll
  static void start(TestDatabase db) throws Exception {
    jdbi = Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin());
    contracts = new ContractLoader().loadAll(List.of(Path.of("../contracts/examples"))).contracts();
    TestConfig config = new TestConfig();
    config.lineage.getNamespaces().put("postgres://warehouse-db:5432", "warehouse");
    DefaultServerFactory server = (DefaultServerFactory) config.getServerFactory();
    ((HttpConnectorFactory) server.getApplicationConnectors().get(0)).setPort(0);
    ((HttpConnectorFactory) server.getAdminConnectors().get(0)).setPort(0);
    app = new DropwizardTestSupport<>(TestApp.class, config);
    app.before();
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.after();
    }
  }

  private static URI base() {
    return URI.create("http://localhost:" + app.getLocalPort() + "/");
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(base().resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String body) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(base().resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    return JSON.readTree(r.body());
  }

  private static OpenLineageClient client() {
    HttpConfig config = new HttpConfig();
    config.setUrl(URI.create("http://localhost:" + app.getLocalPort()));
    config.setTimeoutInMillis(60_000); // the shared build machine can be slow on a first request
    return OpenLineageClient.builder().transport(new HttpTransport(config)).build();
  }

  private static OpenLineage.InputField input(
      OpenLineage ol, String field, String type, String subtype, boolean masking) {
    return ol.newInputFieldBuilder()
        .namespace("postgres://warehouse-db:5432")
        .name("public.orders")
        .field(field)
        .transformations(
            List.of(
                ol.newInputFieldTransformationsBuilder()
                    .type(type)
                    .subtype(subtype)
                    .masking(masking)
                    .build()))
        .build();
  }

  @Test
  void theOpenLineageClientsEventsAreStoredWithSubtypes() throws Exception {
    OpenLineage ol = new OpenLineage(PRODUCER);
    OpenLineage.ColumnLineageDatasetFacet facet =
        ol.newColumnLineageDatasetFacetBuilder()
            .fields(
                ol.newColumnLineageDatasetFacetFieldsBuilder()
                    .put(
                        "revenue",
                        ol.newColumnLineageDatasetFacetFieldsAdditionalBuilder()
                            .inputFields(
                                List.of(
                                    input(ol, "amount", "DIRECT", "AGGREGATION", false),
                                    input(ol, "status", "INDIRECT", "FILTER", false)))
                            .build())
                    .build())
            .dataset(List.of(input(ol, "placed_at", "INDIRECT", "GROUP_BY", false)))
            .build();
    UUID runId = UUID.randomUUID();
    OpenLineage.RunEvent event =
        ol.newRunEventBuilder()
            .eventType(OpenLineage.RunEvent.EventType.COMPLETE)
            .eventTime(ZonedDateTime.parse("2026-03-01T10:00:00Z"))
            .run(ol.newRunBuilder().runId(runId).build())
            .job(ol.newJobBuilder().namespace("spark").name("revenue_job").build())
            .inputs(
                List.of(
                    ol.newInputDatasetBuilder()
                        .namespace("postgres://warehouse-db:5432")
                        .name("public.orders")
                        .build()))
            .outputs(
                List.of(
                    ol.newOutputDatasetBuilder()
                        .namespace("warehouse")
                        .name("mart.revenue")
                        .facets(ol.newDatasetFacetsBuilder().columnLineage(facet).build())
                        .build()))
            .build();
    try (OpenLineageClient client = client()) {
      client.emit(event);
      client.emit(
          ol.newDatasetEventBuilder()
              .eventTime(ZonedDateTime.now())
              .dataset(
                  ol.newStaticDatasetBuilder().namespace("warehouse").name("mart.lonely").build())
              .build());
      client.emit(
          ol.newJobEventBuilder()
              .eventTime(ZonedDateTime.now())
              .job(ol.newJobBuilder().namespace("spark").name("copy_job").build())
              .inputs(
                  List.of(
                      ol.newInputDatasetBuilder()
                          .namespace("warehouse")
                          .name("mart.revenue")
                          .build()))
              .outputs(
                  List.of(
                      ol.newOutputDatasetBuilder()
                          .namespace("warehouse")
                          .name("mart.revenue_copy")
                          .build()))
              .build());
    }

    JsonNode up =
        json(get("api/v1/lineage/columns/warehouse:mart.revenue/revenue?direction=up&depth=3"));
    assertThat(up.get("nodes")).hasSize(2);
    assertThat(up.get("edges").toString())
        .contains(
            "\"subtype\":\"AGGREGATION\"",
            "\"subtype\":\"FILTER\"",
            "\"last_run_id\":\"" + runId + "\"")
        .contains(
            "\"job_name\":\"revenue_job\"",
            "\"namespace\":\"warehouse\",\"dataset\":\"public.orders\"");
    JsonNode datasets =
        json(get("api/v1/lineage/datasets/warehouse:public.orders?direction=down&depth=5"));
    assertThat(datasets.get("nodes").findValuesAsText("name"))
        .containsExactly("mart.revenue", "mart.revenue_copy");
    assertThat(get("api/v1/lineage/datasets/warehouse:mart.lonely").statusCode()).isEqualTo(200);
  }

  @Test
  void theClientSeesAMalformedEventRefused() {
    OpenLineage ol = new OpenLineage(PRODUCER);
    OpenLineage.RunEvent bad =
        ol.newRunEventBuilder()
            .eventTime(ZonedDateTime.now())
            .run(ol.newRunBuilder().runId(UUID.randomUUID()).build())
            .job(ol.newJobBuilder().namespace("spark").name("bad").build())
            .outputs(
                List.of(
                    ol.newOutputDatasetBuilder()
                        .namespace("warehouse")
                        .name("mart.bad")
                        .facets(
                            ol.newDatasetFacetsBuilder()
                                .columnLineage(
                                    ol.newColumnLineageDatasetFacetBuilder()
                                        .fields(
                                            ol.newColumnLineageDatasetFacetFieldsBuilder()
                                                .put(
                                                    "x",
                                                    ol.newColumnLineageDatasetFacetFieldsAdditionalBuilder()
                                                        .inputFields(
                                                            List.of(
                                                                input(
                                                                    ol, "a", "DIRECT", "JOIN",
                                                                    false)))
                                                        .build())
                                                .build())
                                        .build())
                                .build())
                        .build()))
            .build();
    assertThatThrownBy(
            () -> {
              try (OpenLineageClient client = client()) {
                client.emit(bad);
              }
            })
        .isInstanceOf(OpenLineageClientException.class);
  }

  @Test
  void malformedEventsGet400NamingTheField() throws Exception {
    HttpResponse<String> r =
        post("api/v1/lineage", "{\"producer\": \"p\", \"run\": {}, \"job\": {}}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("error_code").asInt()).isEqualTo(40002);
    assertThat(json(r).get("message").asText()).isEqualTo("eventTime: is required");

    r = post("api/v1/lineage", "{\"eventTime\": ");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("error_code").asInt()).isEqualTo(40001);
    assertThat(r.body()).doesNotContain("Exception", "at org.");

    r =
        HTTP.send(
            HttpRequest.newBuilder(base().resolve("api/v1/lineage"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(415);
    assertThat(json(r).get("error_code").asInt()).isEqualTo(41500);
  }

  @Test
  void sqlLineageIsDerivedRecordedAndQueried() throws Exception {
    HttpResponse<String> r =
        post(
            "api/v1/lineage/sql",
            JSON.writeValueAsString(
                java.util.Map.of(
                    "job",
                    "marketing_audience",
                    "sql",
                    "create table marketing.audience as select customer_id, email, md5(phone) as phone_hash,"
                        + " country from crm.customers where marketing_opt_in and nope.x = 1")));
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = json(r);
    assertThat(body.get("recorded").asBoolean()).isTrue();
    assertThat(body.get("problems").findValuesAsText("message"))
        .containsExactly("unknown table or alias nope in nope.x");
    assertThat(body.get("edges").toString())
        .contains("\"subtype\":\"IDENTITY\"", "\"masking\":true");

    JsonNode down =
        json(get("api/v1/lineage/columns/warehouse:crm.customers/email?direction=down"));
    assertThat(down.get("nodes").findValuesAsText("dataset")).containsExactly("marketing.audience");
    assertThat(down.get("edges")).hasSize(1);
    JsonNode columnsOnly =
        json(
            get("api/v1/lineage/columns/warehouse:crm.customers/email?direction=down&edges=false"));
    assertThat(columnsOnly.get("nodes")).isEqualTo(down.get("nodes"));
    assertThat(columnsOnly.has("edges")).isFalse();
    assertThat(down.has("next_edges")).isFalse();

    // edges in pages: each answer says where the next one starts until none follows
    String up = "api/v1/lineage/columns/warehouse:marketing.audience/email?direction=up";
    JsonNode whole = json(get(up));
    assertThat(whole.get("edges").size()).isGreaterThan(1);
    List<String> paged = new java.util.ArrayList<>();
    String next = null;
    int pages = 0;
    do {
      JsonNode page =
          json(get(up + "&edge_limit=1" + (next == null ? "" : "&edges_after=" + next)));
      assertThat(page.get("nodes")).isEqualTo(whole.get("nodes"));
      page.get("edges").forEach(e -> paged.add(e.toString()));
      next = page.has("next_edges") ? page.get("next_edges").asText() : null;
      pages++;
    } while (next != null && pages < 50);
    assertThat(pages).isGreaterThan(1);
    List<String> all = new java.util.ArrayList<>();
    whole.get("edges").forEach(e -> all.add(e.toString()));
    assertThat(paged).containsExactlyInAnyOrderElementsOf(all);

    JsonNode findings = json(get("api/v1/lineage/pii-findings"));
    List<String> columns = new java.util.ArrayList<>();
    findings.get("findings").forEach(f -> columns.add(f.get("column").get("column").asText()));
    assertThat(columns).containsExactlyInAnyOrder("customer_id", "email");
    assertThat(findings.get("count").asInt()).isEqualTo(2);
    assertThat(findings.has("next")).isTrue();
    assertThat(findings.get("next").isNull()).isTrue();
    List<String> pagedFindings = new java.util.ArrayList<>();
    String cursor = null;
    int findingPages = 0;
    do {
      JsonNode page =
          json(
              get(
                  "api/v1/lineage/pii-findings?limit=1"
                      + (cursor == null ? "" : "&next=" + cursor)));
      assertThat(page.get("count").asInt()).isEqualTo(2);
      page.get("findings").forEach(f -> pagedFindings.add(f.get("column").toString()));
      cursor = page.get("next").isNull() ? null : page.get("next").asText();
      findingPages++;
    } while (cursor != null && findingPages < 10);
    List<String> allFindings = new java.util.ArrayList<>();
    findings.get("findings").forEach(f -> allFindings.add(f.get("column").toString()));
    assertThat(pagedFindings).isEqualTo(allFindings);
    assertThat(findingPages).isEqualTo(2);
    String first = json(get("api/v1/lineage/pii-findings?limit=1")).get("next").asText();
    HttpResponse<String> garbled = get("api/v1/lineage/pii-findings?next=" + first + "x");
    assertThat(garbled.statusCode()).isEqualTo(400);
    assertThat(json(garbled).get("message").asText()).startsWith("next:");
    for (String limit : List.of("0", "-1", "1001", "all")) {
      HttpResponse<String> bad = get("api/v1/lineage/pii-findings?limit=" + limit);
      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(json(bad).get("error_code").asInt()).isEqualTo(40091);
      assertThat(json(bad).get("message").asText()).startsWith("limit:");
    }
    assertThat(findings.toString())
        .contains("its dataset has no contract")
        .doesNotContain("phone_hash");

    JsonNode impact =
        json(get("api/v1/lineage/impact/crm.customer?column=email&column=country&column=gone"));
    assertThat(impact.get("not_in_graph").toString()).isEqualTo("[\"gone\"]");
    assertThat(impact.get("datasets").get(0).get("dataset").get("name").asText())
        .isEqualTo("marketing.audience");
    List<String> impacted = new java.util.ArrayList<>();
    impact.get("columns").forEach(c -> impacted.add(c.get("column").get("column").asText()));
    assertThat(impacted).containsExactly("email", "country");
    assertThat(impact.get("datasets").get(0).get("contract_id").isNull()).isTrue();

    HttpResponse<String> dry =
        post(
            "api/v1/lineage/sql",
            "{\"sql\": \"create table x as select 1 as a\", \"dry_run\": true}");
    assertThat(json(dry).get("recorded").asBoolean()).isFalse();
  }

  @Test
  void badParametersAreClear4xx() throws Exception {
    HttpResponse<String> r = get("api/v1/lineage/columns/warehouse:crm.customers/email?depth=0");
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(json(r).get("message").asText()).isEqualTo("depth must be between 1 and 20, got 0");
    r = get("api/v1/lineage/columns/nonamespace/email");
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(json(r).get("message").asText()).startsWith("dataset must be <namespace>:<name>");
    r = get("api/v1/lineage/columns/warehouse:nowhere/x");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(json(r).get("error_code").asInt()).isEqualTo(40401);
    r = get("api/v1/lineage/columns/warehouse:crm.customers/email?edges=maybe");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("error_code").asInt()).isEqualTo(40091);
    assertThat(json(r).get("message").asText())
        .isEqualTo("query parameter 'edges' must be true or false, got 'maybe'");
    r = get("api/v1/lineage/columns/warehouse:crm.customers/email?edge_limit=0");
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(json(r).get("message").asText())
        .isEqualTo("edge_limit must be a whole number from 1 to 50000, got: 0");
    r = get("api/v1/lineage/columns/warehouse:crm.customers/email?edges_after=bm90LWEtY3Vyc29y");
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(json(r).get("message").asText())
        .startsWith("edges_after must be the next_edges value of a previous answer");
    r = get("api/v1/lineage/columns/warehouse:crm.customers/email?edges=false&edge_limit=5");
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(json(r).get("message").asText())
        .isEqualTo("edge_limit and edges_after need edges=true");
    r = get("api/v1/lineage/columns/warehouse:nowhere/x?direction=sideways");
    assertThat(json(r).get("message").asText())
        .isEqualTo("direction must be up, down or both, got: sideways");
    r = get("api/v1/lineage/impact/no.such.contract?column=a");
    assertThat(r.statusCode()).isEqualTo(404);
    r = post("api/v1/lineage/sql", "{\"job\": \"j\", \"sql\": \"selec nothing\"}");
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(json(r).get("message").asText()).startsWith("sql does not parse");
    r = post("api/v1/lineage/sql", "{\"sql\": \"select 1\"}");
    assertThat(json(r).get("message").asText()).isEqualTo("job is required");
  }
}
