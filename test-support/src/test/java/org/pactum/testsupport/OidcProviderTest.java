package org.pactum.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shared OIDC provider serves discovery and keys, and its tokens verify against them. */
@ExtendWith(OidcExtension.class)
class OidcProviderTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final OidcProvider oidc;

  OidcProviderTest(OidcProvider oidc) {
    this.oidc = oidc;
  }

  private static String get(URI uri) throws Exception {
    HttpResponse<String> r =
        HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }

  @Test
  void theDiscoveryDocumentNamesTheIssuerAndItsKeys() throws Exception {
    String doc = get(oidc.discoveryUrl());
    assertThat(oidc.issuer().toString()).startsWith("http://").endsWith("/pactum");
    Map<?, ?> json = new ObjectMapper().readValue(doc, Map.class);
    assertThat(json.get("issuer")).isEqualTo(oidc.issuer().toString());
    assertThat(json.get("jwks_uri")).isEqualTo(oidc.jwksUrl().toString());
    assertThat(json.get("authorization_endpoint")).isNotNull();
    assertThat(json.get("token_endpoint")).isNotNull();
  }

  @Test
  void theServedKeysAreThePublicHalfOfTheSigningKey() throws Exception {
    JWKSet served = JWKSet.parse(get(oidc.jwksUrl()));
    assertThat(served.getKeys()).hasSize(1);
    RSAKey key = served.getKeys().get(0).toRSAKey();
    assertThat(key.isPrivate()).isFalse();
    assertThat(key.getKeyID()).isEqualTo(oidc.signingKey().getKeyID());
    assertThat(key.toRSAPublicKey()).isEqualTo(oidc.signingKey().toRSAPublicKey());
    assertThat(oidc.jwks().toJSONObject()).isEqualTo(served.toJSONObject());
  }

  @Test
  void issuedTokensVerifyAgainstTheServedKeys() throws Exception {
    RSAKey key = JWKSet.parse(get(oidc.jwksUrl())).getKeys().get(0).toRSAKey();
    SignedJWT issued =
        SignedJWT.parse(oidc.issue("ana", "pactum", Map.of("groups", List.of("admins"))));
    assertThat(issued.verify(new RSASSAVerifier(key))).isTrue();
    assertThat(issued.getJWTClaimsSet().getIssuer()).isEqualTo(oidc.issuer().toString());
    assertThat(issued.getJWTClaimsSet().getAudience()).containsExactly("pactum");
    assertThat(issued.getJWTClaimsSet().getStringListClaim("groups")).containsExactly("admins");
  }

  @Test
  void builtTokensCarryTheChosenClaimsAndTimes() throws Exception {
    Instant nbf = Instant.now().plusSeconds(600).truncatedTo(ChronoUnit.SECONDS);
    SignedJWT jwt =
        SignedJWT.parse(
            oidc.token()
                .subject("bob")
                .audience("other")
                .claim("roles", List.of("steward"))
                .notBefore(nbf)
                .expiresIn(Duration.ofMinutes(-1))
                .sign());
    assertThat(jwt.verify(new RSASSAVerifier(oidc.signingKey().toRSAPublicKey()))).isTrue();
    assertThat(jwt.getHeader().getKeyID()).isEqualTo(oidc.signingKey().getKeyID());
    assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("bob");
    assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly("other");
    assertThat(jwt.getJWTClaimsSet().getNotBeforeTime().toInstant()).isEqualTo(nbf);
    assertThat(jwt.getJWTClaimsSet().getExpirationTime())
        .isBefore(jwt.getJWTClaimsSet().getIssueTime());
  }
}
