package org.pactum.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.testing.DropwizardTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.api.EdgeCodes;
import org.pactum.api.auth.AuthResult;
import org.pactum.api.auth.Authenticator;
import org.pactum.api.auth.Credentials;
import org.pactum.api.auth.Principal;
import org.pactum.api.auth.Role;
import org.pactum.api.auth.TeamName;
import org.pactum.api.auth.authz.Authorization;
import org.pactum.api.auth.filter.AttemptLimits;
import org.pactum.api.auth.filter.AuthMode;
import org.pactum.api.auth.filter.AuthenticationFilter;
import org.pactum.api.auth.filter.FailedAttempts;
import org.pactum.api.auth.filter.PublicPaths;
import org.pactum.api.edge.EdgeBundle;
import org.pactum.contracts.model.CompatibilityMode;
import org.pactum.registry.RegistryContext;
import org.pactum.registry.core.RegistrySettings;
import org.pactum.registry.core.SubjectTeams;
import org.pactum.registry.core.contract.ContractHistory;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

/**
 * Producers scoped to their teams, through the real contract and Confluent APIs behind the edge's
 * authentication and authorization: a checkout producer publishes and registers for checkout's
 * subjects, and gets 403 on payments' subject and on an owner change; an administrator may do both.
 * Subjects {@code scope.checkout.} are claimed for checkout, {@code scope.payments.} for payments.
 */
@ExtendWith(PostgresExtension.class)
class ProducerScopeResourceTest {
  private static final Path ORDERS =
      Path.of("../contracts/examples/orders").toAbsolutePath().normalize();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SCHEMA =
      "{\"schema\": \"{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"T\\\","
          + "\\\"fields\\\":[{\\\"name\\\":\\\"id\\\",\\\"type\\\":\\\"long\\\"}]}\"}";

  private static DropwizardTestSupport<Configuration> app;
  private static Jdbi jdbi;

  /** {@code Bearer <role>.<team>} → a principal of that role and team. */
  static final class RoleTokens implements Authenticator {
    @Override
    public AuthResult authenticate(Credentials credentials) {
      if (credentials instanceof Credentials.Bearer b) {
        String[] parts = b.token().split("\\.");
        Optional<Role> role = Role.parse(parts[0]);
        if (role.isPresent()) {
          Set<TeamName> teams = parts.length > 1 ? Set.of(TeamName.of(parts[1])) : Set.of();
          return AuthResult.accepted(Principal.machine("token:" + parts[0], role.get(), teams));
        }
      }
      return AuthResult.NOT_MINE;
    }
  }

  public static final class TestApp extends Application<Configuration> {
    @Override
    public void initialize(Bootstrap<Configuration> bootstrap) {
      bootstrap.addBundle(new EdgeBundle<Configuration>(c -> null));
    }

    @Override
    public void run(Configuration configuration, Environment environment) {
      RegistrySettings settings =
          new RegistrySettings(
              CompatibilityMode.BACKWARD,
              1 << 20,
              256,
              100,
              new SubjectTeams(
                  Map.of(
                      "scope.checkout.", TeamName.of("checkout"),
                      "scope.payments.", TeamName.of("payments"))));
      RegistryContext registry =
          RegistryContext.build(
              jdbi,
              settings,
              environment.getObjectMapper(),
              ContractHistory.NONE,
              Clock.systemUTC());
      environment
          .jersey()
          .register(
              new AuthenticationFilter(
                  AuthMode.REQUIRED,
                  List.of(new RoleTokens()),
                  new FailedAttempts(
                      new AttemptLimits(1000, Duration.ofMinutes(1), 100), Clock.systemUTC()),
                  PublicPaths.none()));
      Authorization.providers().forEach(environment.jersey()::register);
      registry.resources().forEach(environment.jersey()::register);
    }
  }

  @BeforeAll
  static void start(TestDatabase db) throws Exception {
    jdbi = Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin());
    Configuration c = new Configuration();
    DefaultServerFactory server = (DefaultServerFactory) c.getServerFactory();
    HttpConnectorFactory http = new HttpConnectorFactory();
    http.setPort(0);
    http.setBindHost("127.0.0.1");
    HttpConnectorFactory admin = new HttpConnectorFactory();
    admin.setPort(0);
    admin.setBindHost("127.0.0.1");
    server.setApplicationConnectors(List.of(http));
    server.setAdminConnectors(List.of(admin));
    app = new DropwizardTestSupport<>(TestApp.class, c);
    app.before();
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.after();
    }
  }

  record Answer(int status, JsonNode body) {
    int code() {
      return body.path("error_code").asInt();
    }
  }

  static Answer send(String method, String path, String token, String body, String type)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.getLocalPort() + path))
            .header("Authorization", "Bearer " + token);
    if (body == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(
        r.statusCode(), r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body()));
  }

  /** The orders example under another id and owner team. */
  static String contract(String id, String team) throws Exception {
    String yaml =
        Files.readString(ORDERS.resolve("order_placed.contract.yaml"))
            .replace("id: orders.order_placed", "id: " + id)
            .replace("owner: {team: checkout,", "owner: {team: " + team + ",");
    ObjectNode body = JSON.createObjectNode();
    body.put("contract", yaml);
    body.put("path", "orders/order_placed.contract.yaml");
    body.putObject("files")
        .put("order_placed.avsc", Files.readString(ORDERS.resolve("order_placed.avsc")));
    return JSON.writeValueAsString(body);
  }

  static Answer publish(String token, String id, String team) throws Exception {
    return send("POST", "/api/v1/contracts", token, contract(id, team), "application/json");
  }

  static Answer register(String token, String subject) throws Exception {
    return send(
        "POST",
        "/subjects/" + subject + "/versions",
        token,
        SCHEMA,
        "application/vnd.schemaregistry.v1+json");
  }

  @Test
  void aProducerPublishesAndRegistersForItsOwnTeam() throws Exception {
    Answer published = publish("producer.checkout", "scope.checkout.orders", "checkout");
    assertThat(published.status()).as(published.body().toString()).isEqualTo(201);
    Answer again = publish("producer.checkout", "scope.checkout.orders", "checkout");
    assertThat(again.status()).as("its own contract, the same content").isEqualTo(200);
    assertThat(register("producer.checkout", "scope.checkout.events-value").status())
        .as("an unclaimed-by-contract subject under its team's prefix")
        .isEqualTo(200);
  }

  @Test
  void aTeamAProducerGets403OnTeamBsSubject() throws Exception {
    assertThat(publish("admin", "scope.payments.payment", "payments").status()).isEqualTo(201);

    Answer contract = publish("producer.checkout", "scope.payments.payment", "payments");
    assertThat(contract.status()).isEqualTo(403);
    assertThat(contract.code()).isEqualTo(EdgeCodes.NOT_ALLOWED);
    assertThat(contract.body().path("message").asText())
        .isEqualTo("not allowed to publish contracts");

    Answer schema = register("producer.checkout", "scope.payments.payment-value");
    assertThat(schema.status()).isEqualTo(403);
    assertThat(schema.code()).as("Confluent's code").isEqualTo(EdgeCodes.CONFLUENT_FORBIDDEN);
    assertThat(schema.body().path("message").asText()).isEqualTo("not allowed to register schemas");
    assertThat(register("producer.checkout", "scope.payments.other").status()).isEqualTo(403);
    assertThat(register("producer.checkout", "elsewhere.unclaimed").status())
        .as("nobody's subject")
        .isEqualTo(403);
    assertThat(register("producer.payments", "scope.payments.payment-value").status())
        .isEqualTo(200);
  }

  @Test
  void anOwnerChangeNeedsAnAdministrator() throws Exception {
    assertThat(publish("producer.checkout", "scope.checkout.handover", "checkout").status())
        .isEqualTo(201);
    Answer takeover = publish("producer.checkout", "scope.checkout.handover", "payments");
    assertThat(takeover.status()).isEqualTo(403);
    assertThat(takeover.code()).isEqualTo(EdgeCodes.NOT_ALLOWED);
    Answer byPayments = publish("producer.payments", "scope.checkout.handover", "payments");
    assertThat(byPayments.status()).isEqualTo(403);
    assertThat(publish("admin", "scope.checkout.handover", "payments").status()).isEqualTo(201);
    assertThat(publish("producer.checkout", "scope.checkout.handover", "payments").status())
        .as("now payments' contract")
        .isEqualTo(403);
  }

  @Test
  void otherRolesNeitherPublishNorRegister() throws Exception {
    for (String role : List.of("steward", "privacy", "ci", "reader")) {
      assertThat(publish(role + ".checkout", "scope.checkout.roles", "checkout").status())
          .as(role)
          .isEqualTo(403);
      assertThat(register(role + ".checkout", "scope.checkout.roles").status())
          .as(role)
          .isEqualTo(403);
    }
  }
}
