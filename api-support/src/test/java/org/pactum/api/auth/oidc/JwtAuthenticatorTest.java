package org.pactum.api.auth.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.api.auth.AuthFailure;
import org.pactum.api.auth.AuthResult;
import org.pactum.api.auth.Credentials;
import org.pactum.api.auth.Principal;
import org.pactum.api.auth.PrincipalKind;
import org.pactum.api.auth.Role;
import org.pactum.api.auth.TeamName;
import org.pactum.api.auth.TokenSecret;
import org.pactum.testsupport.MutableClock;
import org.pactum.testsupport.OidcExtension;
import org.pactum.testsupport.OidcProvider;
import org.pactum.testsupport.RecordingHttpReceiver;
import org.pactum.testsupport.RecordingHttpReceiver.Reply;

/** Bearer JWTs against a real OpenID provider: discovery, its JWKS, and every way to be wrong. */
@ExtendWith(OidcExtension.class)
class JwtAuthenticatorTest {
  private final OidcProvider oidc;
  private final JwtAuthenticator jwt;

  JwtAuthenticatorTest(OidcProvider oidc) {
    this.oidc = oidc;
    this.jwt = JwtAuthenticator.discovering(settings(oidc.issuer().toString()), Clock.systemUTC());
  }

  static OidcSettings settings(String issuer) {
    OidcConfig c = new OidcConfig();
    c.issuer = issuer;
    c.audience = List.of("pactum");
    OidcConfig.GroupMappingConfig admins = new OidcConfig.GroupMappingConfig();
    admins.role = "admin";
    OidcConfig.GroupMappingConfig checkout = new OidcConfig.GroupMappingConfig();
    checkout.role = "producer";
    checkout.teams = List.of("checkout");
    c.groupMappings = Map.of("pactum-admins", admins, "checkout-devs", checkout);
    return c.toSettings();
  }

  private OidcProvider.TokenBuilder token() {
    return oidc.token()
        .audience("pactum")
        .claim("preferred_username", "ana")
        .claim("groups", List.of("checkout-devs"));
  }

  private AuthResult check(String token) {
    return jwt.authenticate(new Credentials.Bearer(token));
  }

  private static AuthResult refused(AuthFailure failure) {
    return AuthResult.refused(failure);
  }

  private static String signed(JWSHeader header, JWTClaimsSet claims, JWK key) throws Exception {
    SignedJWT s = new SignedJWT(header, claims);
    s.sign(key instanceof RSAKey rsa ? new RSASSASigner(rsa) : new ECDSASigner((ECKey) key));
    return s.serialize();
  }

  @Test
  void aTokenTheProviderIssuedIsAcceptedAsAPerson() {
    String issued =
        oidc.issue(
            "f81d4fae-7dec-11d0",
            "pactum",
            Map.of("groups", List.of("pactum-admins"), "preferred_username", "bo"));
    AuthResult r = check(issued);
    assertThat(r).isEqualTo(AuthResult.accepted(Principal.person("bo", Role.ADMIN, Set.of())));
    assertThat(((AuthResult.Accepted) r).principal().kind()).isEqualTo(PrincipalKind.PERSON);
  }

  @Test
  void aValidTokenMapsToItsRoleAndTeams() {
    assertThat(check(token().sign()))
        .isEqualTo(
            AuthResult.accepted(
                Principal.person("ana", Role.PRODUCER, Set.of(TeamName.of("checkout")))));
    assertThat(check(token().type(new JOSEObjectType("at+jwt")).sign()))
        .isInstanceOf(AuthResult.Accepted.class);
    assertThat(check(token().type(null).sign())).isInstanceOf(AuthResult.Accepted.class);
  }

  @Test
  void anExpiredTokenIsRefusedButTheClockSkewIsAllowed() {
    Instant now = Instant.now();
    assertThat(
            check(token().issuedAt(now.minusSeconds(600)).expiresAt(now.minusSeconds(120)).sign()))
        .isEqualTo(refused(AuthFailure.EXPIRED));
    assertThat(
            check(token().issuedAt(now.minusSeconds(600)).expiresAt(now.minusSeconds(30)).sign()))
        .as("within the 60 s skew")
        .isInstanceOf(AuthResult.Accepted.class);
  }

  @Test
  void aTokenNotYetValidIsRefused() {
    Instant now = Instant.now();
    assertThat(check(token().notBefore(now.plusSeconds(300)).sign()))
        .isEqualTo(refused(AuthFailure.NOT_YET_VALID));
    assertThat(check(token().issuedAt(now.plusSeconds(300)).sign()))
        .as("issued in the future")
        .isEqualTo(refused(AuthFailure.NOT_YET_VALID));
    assertThat(check(token().notBefore(now.plusSeconds(30)).sign()))
        .as("within the skew")
        .isInstanceOf(AuthResult.Accepted.class);
  }

  @Test
  void aTokenOfAnotherIssuerIsRefusedEvenSignedByThisKey() {
    assertThat(check(token().issuer("https://evil.example.com/pactum").sign()))
        .isEqualTo(refused(AuthFailure.WRONG_ISSUER));
    assertThat(check(token().issuer(oidc.issuer() + "/").sign()))
        .isEqualTo(refused(AuthFailure.WRONG_ISSUER));
    assertThat(check(token().claim("iss", null).sign()))
        .isEqualTo(refused(AuthFailure.WRONG_ISSUER));
  }

  @Test
  void aTokenForAnotherAudienceIsRefused() {
    assertThat(check(token().audience("another-app").sign()))
        .isEqualTo(refused(AuthFailure.WRONG_AUDIENCE));
    assertThat(check(token().claim("aud", null).sign()))
        .isEqualTo(refused(AuthFailure.WRONG_AUDIENCE));
    assertThat(check(token().audience("another-app", "pactum").sign()))
        .as("one accepted audience is enough")
        .isInstanceOf(AuthResult.Accepted.class);
  }

  @Test
  void aTokenWithoutSubjectOrExpiryIsRefused() {
    assertThat(check(token().claim("sub", null).sign()))
        .isEqualTo(refused(AuthFailure.MISSING_CLAIM));
    assertThat(check(token().noExpiry().sign())).isEqualTo(refused(AuthFailure.MISSING_CLAIM));
  }

  @Test
  void anUnsignedTokenIsRefused() {
    JWTClaimsSet claims = token().claims();
    String none = new PlainJWT(claims).serialize();
    assertThat(check(none)).isEqualTo(refused(AuthFailure.DISALLOWED_ALGORITHM));
    // alg "none" with the signature of a valid token glued on
    String valid = token().sign();
    String header =
        Base64URL.encode("{\"alg\":\"none\",\"kid\":\"" + oidc.signingKey().getKeyID() + "\"}")
            .toString();
    String glued = header + valid.substring(valid.indexOf('.'));
    assertThat(check(glued))
        .isIn(refused(AuthFailure.DISALLOWED_ALGORITHM), refused(AuthFailure.MALFORMED));
  }

  @Test
  void aTokenHmacSignedWithThePublicKeyAsSecretIsRefused() throws Exception {
    byte[] der = oidc.signingKey().toRSAPublicKey().getEncoded();
    String pem =
        "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der)
            + "\n-----END PUBLIC KEY-----\n";
    for (byte[] secret : List.of(der, pem.getBytes(StandardCharsets.US_ASCII))) {
      SignedJWT hs =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.HS256)
                  .keyID(oidc.signingKey().getKeyID())
                  .type(JOSEObjectType.JWT)
                  .build(),
              token().claims());
      hs.sign(new MACSigner(secret));
      assertThat(check(hs.serialize())).isEqualTo(refused(AuthFailure.DISALLOWED_ALGORITHM));
    }
  }

  @Test
  void aTokenReSignedByAnotherKeyIsRefused() throws Exception {
    JWTClaimsSet claims = token().claim("groups", List.of("pactum-admins")).claims();
    RSAKey sameKid = new RSAKeyGenerator(2048).keyID(oidc.signingKey().getKeyID()).generate();
    assertThat(
            check(
                signed(
                    new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(sameKid.getKeyID()).build(),
                    claims,
                    sameKid)))
        .isEqualTo(refused(AuthFailure.BAD_SIGNATURE));
    RSAKey otherKid = new RSAKeyGenerator(2048).keyID("attacker").generate();
    assertThat(
            check(
                signed(
                    new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("attacker").build(),
                    claims,
                    otherKid)))
        .isEqualTo(refused(AuthFailure.BAD_SIGNATURE));
    ECKey ec = new ECKeyGenerator(Curve.P_256).keyID(oidc.signingKey().getKeyID()).generate();
    assertThat(
            check(
                signed(
                    new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(ec.getKeyID()).build(),
                    claims,
                    ec)))
        .isEqualTo(refused(AuthFailure.BAD_SIGNATURE));
  }

  @Test
  void aTokenWhosePayloadWasChangedIsRefused() {
    String valid = token().sign();
    String[] parts = valid.split("\\.");
    String admin =
        Base64URL.encode(token().claim("groups", List.of("pactum-admins")).claims().toString())
            .toString();
    assertThat(check(parts[0] + "." + admin + "." + parts[2]))
        .isEqualTo(refused(AuthFailure.BAD_SIGNATURE));
    assertThat(
            check(
                parts[0]
                    + "."
                    + parts[1]
                    + "."
                    + parts[2].substring(0, 40)
                    + "AAAA"
                    + parts[2].substring(44)))
        .isEqualTo(refused(AuthFailure.BAD_SIGNATURE));
  }

  @Test
  void aHeaderTypeOtherThanAJwtIsRefused() {
    assertThat(check(token().type(new JOSEObjectType("JOSE")).sign()))
        .isEqualTo(refused(AuthFailure.BAD_SIGNATURE));
  }

  @Test
  void aValidTokenGrantingNoRoleIsForbiddenNotUnauthenticated() {
    AuthResult r = check(token().claim("groups", List.of("interns")).sign());
    assertThat(r).isEqualTo(refused(AuthFailure.NO_ROLE));
    assertThat(AuthFailure.NO_ROLE.status()).isEqualTo(403);
  }

  @Test
  void otherCredentialsAreNotItsToJudge() {
    assertThat(jwt.authenticate(new Credentials.Basic("ci", "pct_x")))
        .isEqualTo(AuthResult.NOT_MINE);
    assertThat(check(TokenSecret.generate(new java.security.SecureRandom()).reveal()))
        .isEqualTo(AuthResult.NOT_MINE);
    assertThat(check("opaque-access-token")).isEqualTo(AuthResult.NOT_MINE);
    assertThat(check("eyJhbGciOiJSUzI1NiJ9")).isEqualTo(AuthResult.NOT_MINE);
    assertThat(check("eyJ!!!.x.y")).isEqualTo(refused(AuthFailure.MALFORMED));
  }

  /** A key source that counts how often it is asked. */
  private static final class Counting implements JWKSource<SecurityContext> {
    final AtomicInteger calls = new AtomicInteger();
    final JWKSource<SecurityContext> keys;

    Counting(URI jwks) throws Exception {
      keys = JWKSourceBuilder.<SecurityContext>create(jwks.toURL()).build();
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context)
        throws com.nimbusds.jose.KeySourceException {
      calls.incrementAndGet();
      return keys.get(selector, context);
    }
  }

  @Test
  void aRepeatedTokenIsVerifiedOnceAndCachedUntilItExpires() throws Exception {
    MutableClock clock = MutableClock.atNow();
    Counting keys = new Counting(oidc.jwksUrl());
    JwtAuthenticator cached = new JwtAuthenticator(settings(oidc.issuer().toString()), keys, clock);
    String token = token().issuedAt(clock.instant()).expiresIn(Duration.ofMinutes(2)).sign();
    for (int i = 0; i < 100; i++) {
      assertThat(cached.authenticate(new Credentials.Bearer(token)))
          .isInstanceOf(AuthResult.Accepted.class);
    }
    assertThat(keys.calls.get()).as("one signature check for 100 requests").isEqualTo(1);
    assertThat(cached.cachedTokens()).isEqualTo(1);
    clock.advance(Duration.ofMinutes(2).plusSeconds(59));
    assertThat(cached.authenticate(new Credentials.Bearer(token)))
        .as("still within exp + skew")
        .isInstanceOf(AuthResult.Accepted.class);
    clock.advance(Duration.ofSeconds(1));
    assertThat(cached.authenticate(new Credentials.Bearer(token)))
        .isEqualTo(refused(AuthFailure.EXPIRED));
    assertThat(keys.calls.get()).as("checked again once the cache let it go").isEqualTo(2);
  }

  @Test
  void refusedTokensAreNotCached() {
    String wrong = token().audience("another-app").sign();
    check(wrong);
    check(wrong);
    assertThat(check(wrong)).isEqualTo(refused(AuthFailure.WRONG_AUDIENCE));
  }

  @Test
  void anUnreachableProviderMakesTokensUnavailableNotInvalid() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    JwtAuthenticator down =
        JwtAuthenticator.discovering(
            settings("http://127.0.0.1:" + port + "/pactum"), Clock.systemUTC());
    AuthResult r = down.authenticate(new Credentials.Bearer(token().sign()));
    assertThat(r).isEqualTo(refused(AuthFailure.PROVIDER_UNAVAILABLE));
    assertThat(AuthFailure.PROVIDER_UNAVAILABLE.status()).isEqualTo(503);
  }

  @Test
  void aDiscoveryDocumentNamingAnotherIssuerIsNotTrusted() throws Exception {
    String real =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(oidc.discoveryUrl()).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    try (RecordingHttpReceiver impostor = RecordingHttpReceiver.start()) {
      String issuer = impostor.uri("/pactum").toString();
      // the real provider's document (its keys, its endpoints), served at another issuer's URL
      impostor.respond("/pactum/.well-known/", r -> Reply.status(200, real));
      JwtAuthenticator fooled = JwtAuthenticator.discovering(settings(issuer), Clock.systemUTC());
      assertThat(fooled.authenticate(new Credentials.Bearer(token().issuer(issuer).sign())))
          .isEqualTo(refused(AuthFailure.PROVIDER_UNAVAILABLE));
      assertThat(impostor.await(r -> true, 1, Duration.ofSeconds(10)).get(0).path())
          .as("it was asked")
          .isEqualTo("/pactum/.well-known/openid-configuration");
    }
  }
}
