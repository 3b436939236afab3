package org.pactum.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.DropwizardTestSupport;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.api.auth.Role;
import org.pactum.server.PactumApplication;
import org.pactum.server.PactumTestServer;
import org.pactum.server.config.PactumConfiguration;
import org.pactum.testsupport.OidcProvider;

/**
 * The UI's sign-in on a server that requires authentication, driven over HTTP as a browser would
 * (cookies by hand, no redirect followed unless said): a page without a session is sent to the
 * sign-in page and back; an API token's sign-in and the OpenID issuer's authorization-code flow
 * (the real provider of test-support) each start a session in an HttpOnly, SameSite cookie; signing
 * out, revoking the token, or a write from another site's page all end in a refusal; every sign-in
 * is on the audit trail under who signed in.
 */
class SignInIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String CLIENT = "pactum-ui";
  private static final Pattern SESSION = Pattern.compile("pactum_session=([^;]*)");

  @TempDir static Path work;
  private static OidcProvider oidc;
  private static DropwizardTestSupport<PactumConfiguration> app;
  private static String url;

  @BeforeAll
  static void start() throws Exception {
    oidc = OidcProvider.start();
    app = PactumTestServer.withOidcSignIn(work.resolve("pg"), oidc.issuer(), CLIENT);
    app.before();
    url = "http://localhost:" + app.getLocalPort();
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.after();
    }
    if (oidc != null) {
      oidc.close();
    }
  }

  private static Jdbi jdbi() {
    return ((PactumApplication) app.getApplication()).jdbi();
  }

  private static String newToken(String name, Role role) {
    return PactumTestServer.createToken(app, name, role);
  }

  private static HttpResponse<String> get(String path, String cookie) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : url + path));
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    return HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(
      String path, String cookie, String origin, Map<String, String> form) throws Exception {
    StringBuilder body = new StringBuilder();
    form.forEach(
        (k, v) ->
            body.append(body.isEmpty() ? "" : "&")
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    if (origin != null) {
      b.header("Origin", origin);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The session cookie a response sets, as a {@code Cookie} header value. */
  private static String sessionCookie(HttpResponse<?> r) {
    String set =
        r.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("pactum_session="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no session cookie in " + r.headers().map()));
    Matcher m = SESSION.matcher(set);
    assertThat(m.find()).isTrue();
    return "pactum_session=" + m.group(1);
  }

  private static String signInWithToken(String secret) throws Exception {
    HttpResponse<String> r =
        post("/ui/login", null, url, Map.of("token", secret, "next", "/ui/incidents"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    return sessionCookie(r);
  }

  @Test
  void aPageWithoutASessionIsSentToTheSignInPageAndTheApiKeeps401() throws Exception {
    HttpResponse<String> page = get("/ui/incidents?state=open", null);
    assertThat(page.statusCode()).isEqualTo(303);
    assertThat(page.headers().firstValue("Location").orElseThrow())
        .endsWith("/ui/login?next=%2Fui%2Fincidents%3Fstate%3Dopen");
    HttpResponse<String> signIn = get("/ui/login?next=%2Fui%2Fincidents", null);
    assertThat(signIn.statusCode()).isEqualTo(200);
    assertThat(signIn.body())
        .contains("name=\"token\"")
        .contains("/ui/login/oidc?next=%2Fui%2Fincidents")
        .doesNotContain("Sign out");
    assertThat(get("/api/v1/contracts", null).statusCode()).isEqualTo(401);
  }

  @Test
  void anApiTokenSignsInWithAnHttpOnlySameSiteCookieAndSigningOutEndsTheSession() throws Exception {
    String secret = newToken("ui-reader", Role.READER);
    HttpResponse<String> r =
        post("/ui/login", null, url, Map.of("token", secret, "next", "/ui/incidents"));
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/ui/incidents");
    String set =
        r.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("pactum_session="))
            .findFirst()
            .orElseThrow();
    assertThat(set).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Path=/");
    assertThat(set).doesNotContain(secret);
    String cookie = sessionCookie(r);

    HttpResponse<String> page = get("/ui/", cookie);
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    assertThat(page.body()).contains("orders.order_placed").contains("Sign out");
    // the session reads the API too, as its principal: a reader may not write
    assertThat(get("/api/v1/contracts", cookie).statusCode()).isEqualTo(200);

    HttpResponse<String> out = post("/ui/logout", cookie, url, Map.of());
    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(out.headers().allValues("Set-Cookie"))
        .anyMatch(c -> c.startsWith("pactum_session=;") && c.contains("Max-Age=0"));
    HttpResponse<String> after = get("/ui/", cookie);
    assertThat(after.statusCode()).isEqualTo(303);
    assertThat(after.headers().firstValue("Location").orElseThrow()).contains("/ui/login");
    assertThat(get("/api/v1/contracts", cookie).statusCode()).isEqualTo(401);
  }

  @Test
  void aWrongTokenIsRefusedOnThePageAndNothingIsSet() throws Exception {
    HttpResponse<String> r =
        post("/ui/login", null, url, Map.of("token", "pct_nothing", "next", "/ui/"));
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.body()).contains("was not accepted");
    assertThat(r.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("pactum_session"));
  }

  @Test
  void revokingTheTokenEndsTheSessionsItSignedIn() throws Exception {
    String secret = newToken("ui-revoked", Role.STEWARD);
    String cookie = signInWithToken(secret);
    assertThat(get("/ui/", cookie).statusCode()).isEqualTo(200);
    String admin = newToken("ui-admin", Role.ADMIN);
    HttpResponse<String> revoked =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url + "/api/v1/tokens/ui-revoked"))
                .header("Authorization", "Bearer " + admin)
                .DELETE()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
    assertThat(get("/ui/", cookie).statusCode()).isEqualTo(303);
  }

  @Test
  void aWriteWithTheSessionCookieFromAnotherSitesPageIsRefused() throws Exception {
    String cookie = signInWithToken(newToken("ui-csrf", Role.STEWARD));
    HttpResponse<String> forged = post("/ui/logout", cookie, "https://evil.example", Map.of());
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("Origin");
    HttpResponse<String> noOrigin = post("/ui/logout", cookie, null, Map.of());
    assertThat(noOrigin.statusCode()).isEqualTo(403);
    // the session is untouched
    assertThat(get("/ui/", cookie).statusCode()).isEqualTo(200);
  }

  @Test
  void theSignInNeverRedirectsAwayFromPactum() throws Exception {
    String secret = newToken("ui-next", Role.READER);
    for (String next :
        List.of("https://evil.example/", "//evil.example/ui/", "/ui/\\\\evil", "/api/v1/tokens")) {
      HttpResponse<String> r = post("/ui/login", null, url, Map.of("token", secret, "next", next));
      assertThat(r.statusCode()).isEqualTo(303);
      assertThat(URI.create(r.headers().firstValue("Location").orElseThrow()).getPath())
          .as(next)
          .isEqualTo("/ui/");
    }
  }

  @Test
  void aPersonSignsInThroughTheOpenIdIssuerAndComesBackToTheirPage() throws Exception {
    oidc.signInNext(
        "ana-subject",
        CLIENT,
        Map.of("preferred_username", "ana", "groups", List.of("data-stewards")));
    HttpResponse<String> start = get("/ui/login/oidc?next=%2Fui%2Fincidents", null);
    assertThat(start.statusCode()).isEqualTo(303);
    URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
    assertThat(authorize.toString())
        .startsWith(oidc.issuer().toString())
        .contains("code_challenge_method=S256")
        .contains("client_id=" + CLIENT)
        .contains("nonce=");
    String pending =
        start.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("pactum_signin="))
            .findFirst()
            .orElseThrow();
    assertThat(pending).contains("HttpOnly");
    String pendingCookie = pending.substring(0, pending.indexOf(';'));

    // the issuer (no login form in this provider's mode) answers with a code for our callback
    HttpResponse<String> issuer = get(authorize.toString(), null);
    assertThat(issuer.statusCode()).isBetween(300, 399);
    URI callback = URI.create(issuer.headers().firstValue("Location").orElseThrow());
    assertThat(callback.getPath()).isEqualTo("/ui/login/callback");

    // without the cookie of the browser that started it (a forged link): refused
    HttpResponse<String> forged = get(callback.toString(), null);
    assertThat(forged.statusCode()).isEqualTo(400);
    assertThat(forged.headers().allValues("Set-Cookie"))
        .noneMatch(c -> c.startsWith("pactum_session"));

    HttpResponse<String> back = get(callback.toString(), pendingCookie);
    assertThat(back.statusCode()).as(back.body()).isEqualTo(303);
    assertThat(back.headers().firstValue("Location").orElseThrow()).endsWith("/ui/incidents");
    String cookie = sessionCookie(back);
    assertThat(get("/ui/incidents", cookie).statusCode()).isEqualTo(200);

    // a code is good once: the same answer again is refused
    assertThat(get(callback.toString(), pendingCookie).statusCode()).isEqualTo(400);

    HttpResponse<String> trail =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url + "/api/v1/audit?limit=200"))
                .header("Authorization", "Bearer " + newToken("ui-auditor", Role.ADMIN))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(trail.statusCode()).isEqualTo(200);
    assertThat(trail.body()).contains("\"principal\":\"ana\"").contains("GET /ui/login/callback");
    assertThat(trail.body()).doesNotContain("ana-subject");
  }

  @Test
  void aPersonWhoseGroupsGrantNoRoleIsNotSignedIn() throws Exception {
    oidc.signInNext(
        "bo-subject", CLIENT, Map.of("preferred_username", "bo", "groups", List.of("marketing")));
    HttpResponse<String> start = get("/ui/login/oidc", null);
    String pending = start.headers().allValues("Set-Cookie").get(0);
    URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
    URI callback =
        URI.create(get(authorize.toString(), null).headers().firstValue("Location").orElseThrow());
    HttpResponse<String> back =
        get(callback.toString(), pending.substring(0, pending.indexOf(';')));
    assertThat(back.statusCode()).isEqualTo(400);
    assertThat(back.body()).contains("grant no Pactum role");
    assertThat(back.headers().allValues("Set-Cookie"))
        .noneMatch(c -> c.startsWith("pactum_session="));
  }

  @Test
  void aStewardReadsTheAuditTrailPageAndVerifiesTheChainAReaderMayNot() throws Exception {
    String steward = signInWithToken(newToken("ui-steward", Role.STEWARD));
    HttpResponse<String> page = get("/ui/audit?principal=token%3Aui-steward", steward);
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    assertThat(page.body())
        .contains("Audit trail")
        .contains("token:ui-steward")
        .contains("POST /ui/login")
        .doesNotContain("The chain holds");
    HttpResponse<String> verified = get("/ui/audit?verify=true", steward);
    assertThat(verified.body()).containsPattern("The chain holds: [0-9]+ links checked");
    assertThat(get("/ui/audit?outcome=maybe", steward).statusCode()).isEqualTo(400);

    String reader = signInWithToken(newToken("ui-reader2", Role.READER));
    assertThat(get("/ui/audit", reader).statusCode()).isEqualTo(403);
  }

  @Test
  void aTokenSignInIsOnTheAuditTrailUnderItsPrincipal() throws Exception {
    signInWithToken(newToken("ui-audited", Role.READER));
    HttpResponse<String> trail =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url + "/api/v1/audit?limit=200"))
                .header("Authorization", "Bearer " + newToken("ui-auditor2", Role.ADMIN))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(trail.body()).contains("\"principal\":\"token:ui-audited\"");
  }
}
