package org.pactum.api.auth.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Optional;
import org.pactum.api.auth.Principal;

/**
 * The UI's sign-in through the OpenID Connect issuer: the authorization-code flow with PKCE (S256),
 * a {@code state} and a {@code nonce}, done with Nimbus's OAuth 2.0 SDK. {@link #start} gives the
 * issuer's URL to send the browser to; {@link #finish} checks the answer the browser brings back
 * against what was sent, exchanges the code at the token endpoint (authenticating with the client
 * secret when there is one), validates the ID token (signature by the issuer's keys with an
 * asymmetric algorithm, issuer, audience = the client id, expiry with the configured skew, nonce)
 * and maps its claims to a principal as bearer JWTs are mapped.
 */
public final class OidcSignIn {
  private static final int TIMEOUT_MILLIS = 5_000;

  private final OidcDiscovery discovery;
  private final JWKSource<SecurityContext> keys;
  private final ClientCredentials client;
  private final ClaimMapping mapping;
  private final int skewSeconds;
  private final Clock clock;

  OidcSignIn(
      OidcSettings settings,
      ClientCredentials client,
      OidcDiscovery discovery,
      JWKSource<SecurityContext> keys,
      Clock clock) {
    this.discovery = discovery;
    this.keys = keys;
    this.client = client;
    this.mapping = settings.mapping();
    this.skewSeconds = (int) settings.clockSkew().toSeconds();
    this.clock = clock;
  }

  /**
   * Where to send the browser, and what to keep until it returns.
   *
   * @param redirect Pactum's callback URL, as registered at the issuer
   * @param next the local page to come back to
   */
  public SignInStart start(URI redirect, String next) throws SignInRefused {
    OIDCProviderMetadata metadata = metadata();
    State state = new State();
    Nonce nonce = new Nonce();
    CodeVerifier verifier = new CodeVerifier();
    AuthenticationRequest request =
        new AuthenticationRequest.Builder(
                ResponseType.CODE, new Scope("openid", "profile", "email"), clientId(), redirect)
            .endpointURI(metadata.getAuthorizationEndpointURI())
            .state(state)
            .nonce(nonce)
            .codeChallenge(verifier, CodeChallengeMethod.S256)
            .build();
    return new SignInStart(
        request.toURI(),
        new PendingSignIn(
            state.getValue(), nonce.getValue(), verifier.getValue(), next, clock.instant()));
  }

  /**
   * The person the issuer signed in.
   *
   * @param callback the callback URL the browser came back to, with its query
   * @param pending what {@link #start} gave, from the browser's cookie
   * @param redirect the same callback URL {@link #start} was given
   */
  public Principal finish(URI callback, PendingSignIn pending, URI redirect) throws SignInRefused {
    if (!pending.current(clock.instant())) {
      throw SignInRefused.refused("the sign-in took too long; please sign in again");
    }
    AuthenticationResponse response;
    try {
      response = AuthenticationResponseParser.parse(callback);
    } catch (ParseException e) {
      throw SignInRefused.refused("the identity provider's answer could not be read");
    }
    if (response.getState() == null || !same(response.getState().getValue(), pending.state())) {
      throw SignInRefused.refused(
          "this sign-in was not started by this browser; please sign in again");
    }
    if (!response.indicatesSuccess()) {
      AuthenticationErrorResponse error = response.toErrorResponse();
      throw SignInRefused.refused(
          "the identity provider did not sign you in ("
              + printable(error.getErrorObject().getCode())
              + ")");
    }
    AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
    if (code == null) {
      throw SignInRefused.refused("the identity provider's answer has no authorization code");
    }
    JWT idToken = exchange(code, pending, redirect);
    IDTokenClaimsSet claims = validate(idToken, pending);
    try {
      return mapping
          .principal(claims.toJWTClaimsSet().getClaims())
          .orElseThrow(
              () ->
                  SignInRefused.refused(
                      "you are signed in at the identity provider, but your groups grant no"
                          + " Pactum role; ask an administrator to map them"));
    } catch (com.nimbusds.oauth2.sdk.ParseException e) {
      throw SignInRefused.refused("the ID token's claims could not be read");
    }
  }

  private JWT exchange(AuthorizationCode code, PendingSignIn pending, URI redirect)
      throws SignInRefused {
    OIDCProviderMetadata metadata = metadata();
    AuthorizationCodeGrant grant =
        new AuthorizationCodeGrant(code, redirect, new CodeVerifier(pending.codeVerifier()));
    TokenRequest request =
        client
            .secret()
            .map(
                s ->
                    new TokenRequest(
                        metadata.getTokenEndpointURI(),
                        new ClientSecretBasic(clientId(), new Secret(s)),
                        grant))
            .orElseGet(() -> new TokenRequest(metadata.getTokenEndpointURI(), clientId(), grant));
    TokenResponse response;
    try {
      HTTPRequest http = request.toHTTPRequest();
      http.setConnectTimeout(TIMEOUT_MILLIS);
      http.setReadTimeout(TIMEOUT_MILLIS);
      response = OIDCTokenResponseParser.parse(http.send());
    } catch (IOException | ParseException e) {
      throw SignInRefused.unavailable("the identity provider's token endpoint did not answer", e);
    }
    if (!response.indicatesSuccess()) {
      throw SignInRefused.refused(
          "the identity provider refused to complete the sign-in ("
              + printable(response.toErrorResponse().getErrorObject().getCode())
              + ")");
    }
    if (!(response.toSuccessResponse() instanceof OIDCTokenResponse oidc)
        || oidc.getOIDCTokens().getIDToken() == null) {
      throw SignInRefused.unavailable("the identity provider returned no ID token", null);
    }
    return oidc.getOIDCTokens().getIDToken();
  }

  private IDTokenClaimsSet validate(JWT idToken, PendingSignIn pending) throws SignInRefused {
    IDTokenValidator validator =
        new IDTokenValidator(
            new Issuer(discovery.issuer()),
            clientId(),
            new JWSVerificationKeySelector<>(JwtAuthenticator.ALGORITHMS, keys),
            null);
    validator.setMaxClockSkew(skewSeconds);
    try {
      return validator.validate(idToken, new Nonce(pending.nonce()));
    } catch (BadJOSEException e) {
      throw SignInRefused.refused("the identity provider's ID token was not valid");
    } catch (JOSEException e) {
      throw SignInRefused.unavailable("the identity provider's keys could not be read", e);
    }
  }

  private OIDCProviderMetadata metadata() throws SignInRefused {
    try {
      return discovery.metadata();
    } catch (com.nimbusds.jose.KeySourceException e) {
      throw SignInRefused.unavailable("the identity provider cannot be reached", e);
    }
  }

  private ClientID clientId() {
    return new ClientID(client.id());
  }

  private static boolean same(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  /** An error code from the issuer, reduced to the characters OAuth allows in one. */
  private static String printable(String code) {
    String c = Optional.ofNullable(code).orElse("no reason given");
    return c.replaceAll("[^A-Za-z0-9_ .-]", "?").substring(0, Math.min(c.length(), 64));
  }
}
