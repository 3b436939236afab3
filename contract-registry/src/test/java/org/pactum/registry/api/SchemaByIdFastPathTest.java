package org.pactum.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.api.auth.AuthFailure;
import org.pactum.api.auth.AuthResult;
import org.pactum.api.auth.Authenticator;
import org.pactum.api.auth.Credentials;
import org.pactum.api.auth.Principal;
import org.pactum.api.auth.Role;
import org.pactum.api.auth.authz.ReadGate;
import org.pactum.registry.core.CompatibilityChecker;
import org.pactum.registry.core.RegistrySettings;
import org.pactum.registry.core.SchemaRegistry;
import org.pactum.registry.core.SchemaSubmission;
import org.pactum.registry.core.VersionId;
import org.pactum.registry.store.JdbiRegistryStore;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

/**
 * The fast path on a real Jetty in front of a stand-in for Jersey that records what reaches it: the
 * fast path answers exactly the plain {@code GET /schemas/ids/{id}} of a live schema, with the JSON
 * {@link SchemasResource#byId} would write, and hands everything else on.
 */
@ExtendWith(PostgresExtension.class)
class SchemaByIdFastPathTest {
  private static final ObjectMapper MAPPER = Jackson.newObjectMapper();
  private static final String ORDER =
      "{\"type\":\"record\",\"name\":\"Order\",\"fields\":[{\"name\":\"id\",\"type\":\"long\"}]}";
  private static final List<String> DELEGATED = new CopyOnWriteArrayList<>();

  /** The filter's read rule: open (auth.mode none) unless a test says otherwise. */
  private static volatile ReadGate gate = ReadGate.open();

  /** {@code Bearer reader-token} is a reader; any other credential is refused. */
  private static final Authenticator READER =
      credentials ->
          credentials instanceof Credentials.Bearer b && b.token().equals("reader-token")
              ? AuthResult.accepted(Principal.machine("token:r", Role.READER, Set.of()))
              : AuthResult.refused(AuthFailure.UNKNOWN);

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static SchemaRegistry registry;
  private static Server jetty;
  private static String base;

  @BeforeAll
  static void start(TestDatabase db) throws Exception {
    registry =
        new SchemaRegistry(
            new JdbiRegistryStore(
                Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin())),
            CompatibilityChecker.standard(),
            RegistrySettings.DEFAULTS);
    jetty = new Server();
    ServerConnector connector = new ServerConnector(jetty);
    connector.setHost("127.0.0.1");
    jetty.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.addFilter(
        new FilterHolder(new SchemaByIdFastPath(registry, MAPPER, r -> gate.mayRead(r))),
        SchemaByIdFastPath.PATTERN,
        EnumSet.of(DispatcherType.REQUEST));
    context.addServlet(
        new ServletHolder(
            new HttpServlet() {
              @Override
              protected void service(HttpServletRequest req, HttpServletResponse res)
                  throws IOException {
                DELEGATED.add(req.getMethod() + " " + req.getRequestURI());
                res.setStatus(299);
                res.getWriter().write("jersey");
              }
            }),
        "/*");
    jetty.setHandler(context);
    jetty.start();
    base = "http://127.0.0.1:" + connector.getLocalPort();
  }

  @AfterAll
  static void stop() throws Exception {
    jetty.stop();
  }

  @BeforeEach
  void clear() {
    DELEGATED.clear();
    gate = ReadGate.open();
  }

  private static HttpResponse<String> get(String path, String accept) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    if (accept != null) {
      b.header("Accept", accept);
    }
    return HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> getAs(String path, String authorization) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void withAuthenticationRequiredServesOnlyCallersWhoMayRead_andLeavesTheRestToJersey()
      throws Exception {
    int id = register("fast-guarded", ORDER.replace("Order", "Guarded"));
    gate = ReadGate.authenticating(List.of(READER));

    assertThat(getAs("/schemas/ids/" + id, null).statusCode())
        .as("anonymous: Jersey's authentication answers (401)")
        .isEqualTo(299);
    assertThat(getAs("/schemas/ids/" + id, "Bearer wrong").statusCode()).isEqualTo(299);
    assertThat(DELEGATED).hasSize(2);
    HttpResponse<String> reader = getAs("/schemas/ids/" + id, "Bearer reader-token");
    assertThat(reader.statusCode()).isEqualTo(200);
    assertThat(reader.body()).contains("Guarded");
    assertThat(DELEGATED).hasSize(2);
  }

  private static int register(String subject, String schema) {
    return registry.register(subject, new SchemaSubmission(schema, null, null, null, null)).id();
  }

  @Test
  void answersALiveSchemaWithTheResourcesJson() throws Exception {
    int id = register("fast-orders", ORDER);

    HttpResponse<String> r = get("/schemas/ids/" + id, null);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue(RegistryMediaTypes.V1_JSON);
    assertThat(r.body())
        .isEqualTo(MAPPER.writeValueAsString(SchemaStringResponse.of(registry.schemaById(id))))
        .contains("\"schema\":");
    assertThat(DELEGATED).isEmpty();
  }

  @Test
  void answersInTheTypeThePlainAcceptHeadersAskFor() throws Exception {
    int id = register("fast-accept", ORDER);

    assertThat(get("/schemas/ids/" + id, "application/json").headers().firstValue("Content-Type"))
        .hasValue("application/json");
    assertThat(
            get("/schemas/ids/" + id, RegistryMediaTypes.DEFAULT_JSON)
                .headers()
                .firstValue("Content-Type"))
        .hasValue(RegistryMediaTypes.DEFAULT_JSON);
    assertThat(get("/schemas/ids/" + id, "*/*").statusCode()).isEqualTo(200);
    assertThat(DELEGATED).isEmpty();
  }

  @Test
  void handsOnEverythingElse() throws Exception {
    int id = register("fast-others", ORDER);

    assertThat(get("/schemas/ids/987654", null).statusCode()).isEqualTo(299); // unknown id
    assertThat(get("/schemas/ids/abc", null).statusCode()).isEqualTo(299);
    assertThat(get("/schemas/ids/99999999999", null).statusCode()).isEqualTo(299);
    assertThat(get("/schemas/ids/" + id + "/schema", null).statusCode()).isEqualTo(299);
    assertThat(get("/schemas/ids/" + id + "?subject=x", null).statusCode()).isEqualTo(299);
    assertThat(get("/schemas/ids/" + id, "text/html").statusCode()).isEqualTo(299);
    assertThat(get("/schemas/ids/" + id, "application/json;q=0.5, text/html").statusCode())
        .isEqualTo(299);
    HttpResponse<String> post =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/schemas/ids/" + id))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(299);
    assertThat(DELEGATED).hasSize(8);
  }

  @Test
  void neverServesASchemaAfterItsPermanentDelete() throws Exception {
    int id = register("fast-deleted", ORDER.replace("Order", "Gone"));
    assertThat(get("/schemas/ids/" + id, null).statusCode()).isEqualTo(200);

    registry.deleteVersion("fast-deleted", VersionId.parse("1"), false);
    registry.deleteVersion("fast-deleted", VersionId.parse("1"), true);

    assertThat(get("/schemas/ids/" + id, null).statusCode()).isEqualTo(299);
  }

  @Test
  void readsIdsFromPathsOnly() {
    assertThat(SchemaByIdFastPath.id("/schemas/ids/42", "")).isEqualTo(42);
    assertThat(SchemaByIdFastPath.id("/ctx/schemas/ids/7", "/ctx")).isEqualTo(7);
    assertThat(SchemaByIdFastPath.id("/schemas/ids/", "")).isEqualTo(-1);
    assertThat(SchemaByIdFastPath.id("/schemas/ids/-1", "")).isEqualTo(-1);
    assertThat(SchemaByIdFastPath.id("/schemas/ids/2147483648", "")).isEqualTo(-1);
    assertThat(SchemaByIdFastPath.id("/subjects/ids/4", "")).isEqualTo(-1);
  }
}
