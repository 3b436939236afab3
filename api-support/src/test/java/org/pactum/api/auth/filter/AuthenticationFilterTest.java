package org.pactum.api.auth.filter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.PlainJWT;
import io.dropwizard.core.Configuration;
import io.dropwizard.testing.DropwizardTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.api.EdgeCodes;
import org.pactum.api.auth.AuthFailure;
import org.pactum.api.auth.AuthResult;
import org.pactum.api.auth.Authenticator;
import org.pactum.api.auth.Credentials;
import org.pactum.api.auth.Principal;
import org.pactum.api.auth.Role;
import org.pactum.api.auth.TeamName;
import org.pactum.api.auth.TokenHash;
import org.pactum.api.auth.TokenSecret;
import org.pactum.api.auth.oidc.JwtAuthenticator;
import org.pactum.api.auth.oidc.OidcConfig;
import org.pactum.testsupport.OidcExtension;
import org.pactum.testsupport.OidcProvider;

/**
 * The filter on a real Jetty behind the edge, with JWTs from a real OpenID provider and a stand-in
 * for the API-token store: who gets in, and what everyone else is told.
 */
@ExtendWith(OidcExtension.class)
class AuthenticationFilterTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TokenSecret CI_SECRET = TokenSecret.generate(new SecureRandom());
  private static final String UNAVAILABLE = "eyJwrobe.unavailable.probe";

  private static OidcProvider oidc;
  private static DropwizardTestSupport<Configuration> app;

  /** The API-token store's stand-in: one token, {@code ci}, and a probe for a 503. */
  static final class OneToken implements Authenticator {
    @Override
    public AuthResult authenticate(Credentials credentials) {
      String secret =
          credentials instanceof Credentials.Bearer b
              ? b.token()
              : credentials instanceof Credentials.Basic b && b.name().equals("ci")
                  ? b.secret()
                  : "";
      if (secret.equals(UNAVAILABLE)) {
        return AuthResult.refused(AuthFailure.PROVIDER_UNAVAILABLE);
      }
      if (!TokenSecret.looksLikeOne(secret)) {
        return credentials instanceof Credentials.Basic
            ? AuthResult.refused(AuthFailure.UNKNOWN)
            : AuthResult.NOT_MINE;
      }
      return TokenHash.of(secret).matches(CI_SECRET.hash())
          ? AuthResult.accepted(
              Principal.machine("token:ci", Role.CI, Set.of(TeamName.of("checkout"))))
          : AuthResult.refused(AuthFailure.UNKNOWN);
    }
  }

  static List<Authenticator> authenticators(OidcProvider oidc) {
    OidcConfig c = new OidcConfig();
    c.issuer = oidc.issuer().toString();
    c.audience = List.of("pactum");
    OidcConfig.GroupMappingConfig stewards = new OidcConfig.GroupMappingConfig();
    stewards.role = "steward";
    c.groupMappings = Map.of("stewards", stewards);
    return List.of(new OneToken(), JwtAuthenticator.discovering(c.toSettings(), Clock.systemUTC()));
  }

  @BeforeAll
  static void start(OidcProvider provider) throws Exception {
    oidc = provider;
    app =
        AuthTestApp.start(
            new AuthenticationFilter(
                AuthMode.REQUIRED,
                authenticators(oidc),
                new FailedAttempts(
                    new AttemptLimits(1000, Duration.ofMinutes(1), 100), Clock.systemUTC()),
                PublicPaths.of("/ui/assets")));
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.after();
    }
  }

  record Answer(int status, String type, JsonNode body, HttpResponse<String> raw) {
    int code() {
      return body.path("error_code").asInt();
    }

    List<String> challenges() {
      return raw.headers().allValues("WWW-Authenticate");
    }
  }

  static Answer send(DropwizardTestSupport<?> to, String method, String path, String authorization)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + to.getLocalPort() + path))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode body = r.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(r.body());
    return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), body, r);
  }

  static Answer get(String path, String authorization) throws Exception {
    return send(app, "GET", path, authorization);
  }

  static String bearer(String token) {
    return "Bearer " + token;
  }

  static String basic(String name, String secret) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((name + ":" + secret).getBytes(StandardCharsets.UTF_8));
  }

  private static OidcProvider.TokenBuilder jwt() {
    return oidc.token()
        .audience("pactum")
        .claim("preferred_username", "ana")
        .claim("groups", List.of("stewards"));
  }

  @Test
  void aRequestWithoutCredentialsIsChallenged() throws Exception {
    Answer a = get("/api/v1/whoami", null);
    assertThat(a.status()).isEqualTo(401);
    assertThat(a.type()).startsWith("application/json");
    assertThat(a.code()).isEqualTo(EdgeCodes.UNAUTHENTICATED);
    assertThat(a.body().path("message").asText()).contains("Authorization: Bearer");
    assertThat(a.challenges())
        .containsExactlyInAnyOrder(
            "Bearer realm=\"pactum\"", "Basic realm=\"pactum\", charset=\"UTF-8\"");
    assertThat(send(app, "POST", "/api/v1/whoami", null).status()).isEqualTo(401);
    assertThat(get("/api/v1/no-such-thing", null).status())
        .as("decided before matching: an unknown path tells a stranger nothing")
        .isEqualTo(401);
  }

  @Test
  void theRegistryAnswersInConfluentsDialect() throws Exception {
    Answer a = get("/subjects", null);
    assertThat(a.status()).isEqualTo(401);
    assertThat(a.type()).startsWith("application/vnd.schemaregistry.v1+json");
    assertThat(a.code()).isEqualTo(40101);
    Answer refused = get("/subjects", basic("ci", "pct_wrong"));
    assertThat(refused.code()).isEqualTo(40101);
    assertThat(refused.challenges()).hasSize(2);
  }

  @Test
  void aValidJwtRunsTheRequestAsItsPerson() throws Exception {
    Answer a = get("/api/v1/whoami", bearer(jwt().sign()));
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.body().path("name").asText()).isEqualTo("ana");
    assertThat(a.body().path("kind").asText()).isEqualTo("PERSON");
    assertThat(a.body().path("role").asText()).isEqualTo("steward");
    assertThat(a.body().path("admin").asBoolean()).isFalse();
    assertThat(a.body().path("scheme").asText()).isEqualTo("Bearer");
    assertThat(send(app, "POST", "/api/v1/whoami", bearer(jwt().sign())).status()).isEqualTo(200);
    assertThat(get("/api/v1/no-such-thing", bearer(jwt().sign())).status()).isEqualTo(404);
  }

  @Test
  void anApiTokenWorksAsBearerAndAsConfluentsBasicAuth() throws Exception {
    Answer basic = get("/subjects", basic("ci", CI_SECRET.reveal()));
    assertThat(basic.status()).isEqualTo(200);
    assertThat(basic.body().path("name").asText()).isEqualTo("token:ci");
    assertThat(basic.body().path("kind").asText()).isEqualTo("MACHINE");
    assertThat(basic.body().path("teams").get(0).asText()).isEqualTo("checkout");
    assertThat(basic.body().path("scheme").asText()).isEqualTo("BASIC");
    Answer bearer = get("/api/v1/whoami", bearer(CI_SECRET.reveal()));
    assertThat(bearer.status()).isEqualTo(200);
    assertThat(bearer.body().path("role").asText()).isEqualTo("ci");
  }

  @Test
  void everyRefusalLooksTheSameWhateverWasWrong() throws Exception {
    Instant now = Instant.now();
    List<String> wrong =
        List.of(
            bearer(jwt().issuedAt(now.minusSeconds(900)).expiresAt(now.minusSeconds(600)).sign()),
            bearer(jwt().notBefore(now.plusSeconds(600)).sign()),
            bearer(jwt().issuer("https://evil.example.com").sign()),
            bearer(jwt().audience("another-app").sign()),
            bearer(jwt().sign().replaceFirst("\\.[^.]+$", ".AAAA")),
            bearer(new PlainJWT(jwt().claims()).serialize()),
            bearer("pct_not-a-real-token"),
            bearer("opaque"),
            basic("ci", "pct_wrong"),
            basic("someone-else", CI_SECRET.reveal()),
            "Digest username=\"x\"",
            "Basic %%%");
    Answer first = null;
    for (String authorization : wrong) {
      Answer a = get("/api/v1/whoami", authorization);
      assertThat(a.status()).as(authorization).isEqualTo(401);
      assertThat(a.code()).isEqualTo(EdgeCodes.UNAUTHENTICATED);
      assertThat(a.challenges()).contains("Bearer realm=\"pactum\", error=\"invalid_token\"");
      if (first == null) {
        first = a;
      }
      assertThat(a.raw().body()).as(authorization).isEqualTo(first.raw().body());
      assertThat(a.challenges()).isEqualTo(first.challenges());
    }
    assertThat(first.body().path("message").asText())
        .isEqualTo("the credentials were not accepted");
  }

  @Test
  void aValidSignInWithoutARoleIsForbidden() throws Exception {
    String token = jwt().claim("groups", List.of("interns")).sign();
    Answer a = get("/api/v1/whoami", bearer(token));
    assertThat(a.status()).isEqualTo(403);
    assertThat(a.code()).isEqualTo(EdgeCodes.NO_ROLE);
    assertThat(a.challenges()).isEmpty();
    assertThat(get("/subjects", bearer(token)).code()).isEqualTo(40301);
  }

  @Test
  void anUnreachableIdentityProviderIsA503WithRetryAfter() throws Exception {
    Answer a = get("/api/v1/whoami", bearer(UNAVAILABLE));
    assertThat(a.status()).isEqualTo(503);
    assertThat(a.code()).isEqualTo(EdgeCodes.AUTH_UNAVAILABLE);
    assertThat(a.raw().headers().firstValue("Retry-After")).contains("10");
  }

  @Test
  void secretsInTheQueryStringAreRefusedEvenBesideValidCredentials() throws Exception {
    for (String q :
        List.of("access_token=x", "token=x", "api_key=x", "API-KEY=x", "password=x", "jwt=x")) {
      Answer a = get("/api/v1/whoami?" + q, bearer(jwt().sign()));
      assertThat(a.status()).as(q).isEqualTo(400);
      assertThat(a.code()).isEqualTo(EdgeCodes.INVALID_PARAMETER);
      assertThat(a.body().path("message").asText())
          .contains(q.substring(0, q.indexOf('=')))
          .contains("Authorization header")
          .doesNotContain("=x");
    }
    Answer confluent = get("/subjects?access_token=" + CI_SECRET.reveal(), null);
    assertThat(confluent.status()).isEqualTo(400);
    assertThat(confluent.raw().body()).doesNotContain(CI_SECRET.reveal());
  }

  @Test
  void publicPathsNeedNoCredentials() throws Exception {
    HttpResponse<String> css =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + app.getLocalPort() + "/ui/assets/app.css"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.body()).isEqualTo("body{}");
    for (String sneaky :
        List.of(
            "/ui/assets/..%2F..%2Fapi/v1/whoami",
            "/ui/assets/%2e%2e/%2e%2e/api/v1/whoami",
            "/ui/assets/../../api/v1/whoami",
            "/ui/assets/./../../subjects")) {
      int status = RawRequest.status(app.getLocalPort(), "127.0.0.1", "GET " + sneaky, null);
      assertThat(status).as(sneaky).isIn(400, 401, 404);
    }
  }

  @Test
  void withAuthenticationOffEveryoneIsTheUnauthenticatedAdministrator() throws Exception {
    DropwizardTestSupport<Configuration> open =
        AuthTestApp.start(
            new AuthenticationFilter(
                AuthMode.NONE,
                List.of(),
                new FailedAttempts(AttemptLimits.defaults(), Clock.systemUTC()),
                PublicPaths.none()));
    try {
      Answer a = send(open, "POST", "/api/v1/whoami", null);
      assertThat(a.status()).isEqualTo(200);
      assertThat(a.body().path("name").asText()).isEqualTo("anonymous");
      assertThat(a.body().path("role").asText()).isEqualTo("admin");
      assertThat(a.body().path("scheme").isNull()).isTrue();
      assertThat(send(open, "GET", "/api/v1/whoami?token=x", null).status()).isEqualTo(400);
    } finally {
      open.after();
    }
  }

  /** A GET sent from a loopback address of the test's choosing. */
  static int fromAddress(String local, int port, String path, String authorization)
      throws Exception {
    return RawRequest.status(port, local, "GET " + path, authorization);
  }

  @Test
  void aPasswordGuessingBurstIsCutOffPerSourceAddress() throws Exception {
    DropwizardTestSupport<Configuration> guarded =
        AuthTestApp.start(
            new AuthenticationFilter(
                AuthMode.REQUIRED,
                authenticators(oidc),
                new FailedAttempts(
                    new AttemptLimits(5, Duration.ofMinutes(1), 1000), Clock.systemUTC()),
                PublicPaths.none()));
    try {
      for (int i = 0; i < 5; i++) {
        assertThat(send(guarded, "GET", "/subjects", basic("ci", "pct_guess" + i)).status())
            .isEqualTo(401);
      }
      Answer blocked = send(guarded, "GET", "/subjects", basic("ci", "pct_guess6"));
      assertThat(blocked.status()).isEqualTo(429);
      assertThat(blocked.code()).as("Confluent's dialect: the status").isEqualTo(429);
      long retry = Long.parseLong(blocked.raw().headers().firstValue("Retry-After").orElseThrow());
      assertThat(retry).isBetween(1L, 60L);
      Answer evenValid = send(guarded, "GET", "/api/v1/whoami", basic("ci", CI_SECRET.reveal()));
      assertThat(evenValid.status())
          .as("a right guess now would tell nothing either")
          .isEqualTo(429);
      assertThat(evenValid.code()).isEqualTo(EdgeCodes.TOO_MANY_FAILURES);
      assertThat(
              fromAddress(
                  "127.0.0.2",
                  guarded.getLocalPort(),
                  "/subjects",
                  basic("ci", CI_SECRET.reveal())))
          .as("another address is not blocked")
          .isEqualTo(200);
      assertThat(fromAddress("127.0.0.1", guarded.getLocalPort(), "/subjects", "Basic x"))
          .isEqualTo(429);
    } finally {
      guarded.after();
    }
  }

  @Test
  void missingCredentialsAndForbiddenSignInsAreNotCountedAsGuesses() throws Exception {
    DropwizardTestSupport<Configuration> guarded =
        AuthTestApp.start(
            new AuthenticationFilter(
                AuthMode.REQUIRED,
                authenticators(oidc),
                new FailedAttempts(
                    new AttemptLimits(2, Duration.ofMinutes(1), 1000), Clock.systemUTC()),
                PublicPaths.none()));
    try {
      String noRole = bearer(jwt().claim("groups", List.of("interns")).sign());
      for (int i = 0; i < 5; i++) {
        assertThat(send(guarded, "GET", "/api/v1/whoami", null).status()).isEqualTo(401);
        assertThat(send(guarded, "GET", "/api/v1/whoami", noRole).status()).isEqualTo(403);
      }
      assertThat(send(guarded, "GET", "/api/v1/whoami", bearer(CI_SECRET.reveal())).status())
          .isEqualTo(200);
    } finally {
      guarded.after();
    }
  }
}
