package org.pactum.api.auth.authz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.testing.DropwizardTestSupport;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pactum.api.EdgeCodes;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.AuthResult;
import org.pactum.api.auth.Authenticator;
import org.pactum.api.auth.Credentials;
import org.pactum.api.auth.NotAllowedException;
import org.pactum.api.auth.Principal;
import org.pactum.api.auth.Role;
import org.pactum.api.auth.TeamName;
import org.pactum.api.auth.filter.AttemptLimits;
import org.pactum.api.auth.filter.AuthMode;
import org.pactum.api.auth.filter.AuthenticationFilter;
import org.pactum.api.auth.filter.FailedAttempts;
import org.pactum.api.auth.filter.PublicPaths;
import org.pactum.api.edge.EdgeBundle;

/**
 * The rule binder on a real Jetty behind the edge and the authentication filter: who may call what,
 * and what everyone else is told, per path family.
 */
class AuthorizationFeatureTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static DropwizardTestSupport<Configuration> app;

  /** {@code Bearer role.<role>[.<team>]} → that principal; anything else is not accepted. */
  static final class RoleTokens implements Authenticator {
    @Override
    public AuthResult authenticate(Credentials credentials) {
      if (credentials instanceof Credentials.Bearer b && b.token().startsWith("role.")) {
        String[] parts = b.token().split("\\.");
        Optional<Role> role = Role.parse(parts[1]);
        if (role.isPresent()) {
          Set<TeamName> teams = parts.length > 2 ? Set.of(TeamName.of(parts[2])) : Set.of();
          return AuthResult.accepted(Principal.machine("token:" + parts[1], role.get(), teams));
        }
      }
      return AuthResult.NOT_MINE;
    }
  }

  @Path("/api/v1/things")
  @Produces(MediaType.APPLICATION_JSON)
  public static final class Things {
    @GET
    @Requires(Action.READ)
    public Map<String, String> list(@Context SecurityContext security) {
      return Map.of("as", Authorization.principal(security).name());
    }

    @POST
    @Requires(Action.INCIDENT_ACT)
    public Map<String, String> act() {
      return Map.of("done", "yes");
    }

    @POST
    @Path("/{team}/publish")
    @Requires(Action.CONTRACT_PUBLISH)
    public Map<String, String> publish(
        @Context SecurityContext security, @PathParam("team") String team) {
      Principal p = Authorization.principal(security);
      if (p.role() != Role.ADMIN && !p.memberOf(TeamName.of(team))) {
        throw new NotAllowedException(Action.CONTRACT_PUBLISH);
      }
      return Map.of("published", team);
    }

    /** Forgotten: no rule. */
    @GET
    @Path("/forgotten")
    public Map<String, String> forgotten() {
      return Map.of("leaked", "yes");
    }
  }

  /** Reached without credentials: a public path that (wrongly) leads to a resource. */
  @Path("/public/thing")
  @Produces(MediaType.APPLICATION_JSON)
  public static final class PublicThing {
    @GET
    @Requires(Action.READ)
    public Map<String, String> get() {
      return Map.of("leaked", "yes");
    }
  }

  /** A Confluent path. */
  @Path("/config")
  @Produces(MediaType.APPLICATION_JSON)
  public static final class Config {
    @GET
    @Requires(Action.READ)
    public Map<String, String> get() {
      return Map.of("compatibilityLevel", "BACKWARD");
    }

    @PUT
    @Requires(Action.REGISTRY_ADMIN)
    public Map<String, String> put() {
      return Map.of("compatibility", "NONE");
    }
  }

  public static final class TestApp extends Application<Configuration> {
    @Override
    public void initialize(Bootstrap<Configuration> bootstrap) {
      bootstrap.addBundle(new EdgeBundle<Configuration>(c -> null));
    }

    @Override
    public void run(Configuration configuration, Environment environment) {
      environment
          .jersey()
          .register(
              new AuthenticationFilter(
                  AuthMode.REQUIRED,
                  List.of(new RoleTokens()),
                  new FailedAttempts(
                      new AttemptLimits(1000, Duration.ofMinutes(1), 100), Clock.systemUTC()),
                  PublicPaths.of("/public")));
      Authorization.providers().forEach(environment.jersey()::register);
      environment.jersey().register(new Things());
      environment.jersey().register(new PublicThing());
      environment.jersey().register(new Config());
    }
  }

  @BeforeAll
  static void start() throws Exception {
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

  record Answer(int status, String type, JsonNode body) {
    int code() {
      return body.path("error_code").asInt();
    }

    String message() {
      return body.path("message").asText();
    }
  }

  static Answer send(String method, String path, String token) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.getLocalPort() + path))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode body = r.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(r.body());
    return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), body);
  }

  @Test
  void everyRoleReads() throws Exception {
    for (Role r : Role.values()) {
      Answer a = send("GET", "/api/v1/things", "role." + r.wireName());
      assertThat(a.status()).as(r.wireName()).isEqualTo(200);
      assertThat(a.body().path("as").asText()).isEqualTo("token:" + r.wireName());
    }
  }

  @Test
  void aWriteIsAllowedToTheRolesTheMatrixGrantsItAndRefusedToTheOthers() throws Exception {
    Set<Role> allowed =
        Set.of(Role.values()).stream()
            .filter(r -> send0("POST", "/api/v1/things", "role." + r.wireName()).status() == 200)
            .collect(Collectors.toSet());
    assertThat(allowed).containsExactlyInAnyOrder(Role.ADMIN, Role.STEWARD);
    Answer refused = send("POST", "/api/v1/things", "role.reader");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.type()).startsWith("application/json");
    assertThat(refused.code()).isEqualTo(EdgeCodes.NOT_ALLOWED);
    assertThat(refused.message()).isEqualTo("not allowed to act on incidents");
  }

  @Test
  void anonymousWritesAreUnauthenticated() throws Exception {
    Answer a = send("POST", "/api/v1/things", null);
    assertThat(a.status()).isEqualTo(401);
    assertThat(a.code()).isEqualTo(EdgeCodes.UNAUTHENTICATED);
  }

  @Test
  void aResourceReachedWithoutAPrincipalAnswers401() throws Exception {
    Answer a = send("GET", "/public/thing", null);
    assertThat(a.status()).isEqualTo(401);
    assertThat(a.code()).isEqualTo(EdgeCodes.UNAUTHENTICATED);
    assertThat(a.body().has("leaked")).isFalse();
  }

  @Test
  void aMethodWithoutARuleIsRefusedToEveryoneAdminsIncluded() throws Exception {
    for (Role r : Role.values()) {
      Answer a = send("GET", "/api/v1/things/forgotten", "role." + r.wireName());
      assertThat(a.status()).as(r.wireName()).isEqualTo(403);
      assertThat(a.code()).isEqualTo(EdgeCodes.NOT_ALLOWED);
      assertThat(a.body().has("leaked")).isFalse();
    }
  }

  @Test
  void theRegistrysPathsAnswerInConfluentsDialect() throws Exception {
    assertThat(send("GET", "/config", "role.reader").status()).isEqualTo(200);
    Answer a = send("PUT", "/config", "role.steward");
    assertThat(a.status()).isEqualTo(403);
    assertThat(a.type()).startsWith("application/vnd.schemaregistry.v1+json");
    assertThat(a.code()).isEqualTo(EdgeCodes.CONFLUENT_FORBIDDEN);
    assertThat(a.message()).isEqualTo("not allowed to administer the registry");
    assertThat(send("PUT", "/config", "role.admin").status()).isEqualTo(200);
    assertThat(send("PUT", "/config", null).code()).isEqualTo(EdgeCodes.CONFLUENT_UNAUTHENTICATED);
  }

  @Test
  void aServicesTeamRefusalIsTheSame403WithoutNamingTheTeam() throws Exception {
    assertThat(send("POST", "/api/v1/things/checkout/publish", "role.producer.checkout").status())
        .isEqualTo(200);
    Answer a = send("POST", "/api/v1/things/payments/publish", "role.producer.checkout");
    assertThat(a.status()).isEqualTo(403);
    assertThat(a.code()).isEqualTo(EdgeCodes.NOT_ALLOWED);
    assertThat(a.message()).isEqualTo("not allowed to publish contracts");
    assertThat(a.message()).doesNotContain("payments").doesNotContain("checkout");
    assertThat(send("POST", "/api/v1/things/payments/publish", "role.ci").status())
        .as("the matrix first")
        .isEqualTo(403);
    assertThat(send("POST", "/api/v1/things/payments/publish", "role.admin").status())
        .isEqualTo(200);
  }

  private static Answer send0(String method, String path, String token) {
    try {
      return send(method, path, token);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
