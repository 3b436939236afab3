package org.pactum.api.auth.filter;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.pactum.api.ApiDialect;
import org.pactum.api.ApiErrors;
import org.pactum.api.EdgeCodes;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.AuthFailure;

/**
 * The answers to requests the edge does not let in, in the dialect of their path: 401 with the
 * challenges ({@code WWW-Authenticate: Bearer …} and {@code Basic …}), 403, 429 and 503 with {@code
 * Retry-After}. Under the registry's paths the codes are Confluent's (40101, 40301; the status for
 * the others). No message says which part of refused credentials was wrong. Authorization ({@code
 * auth.authz}) answers its refusals here too.
 */
public final class AuthRefusals {
  static final String REALM = "pactum";
  static final Duration UNAVAILABLE_RETRY = Duration.ofSeconds(10);

  private AuthRefusals() {}

  /** No credentials at all. */
  public static Response missing(ApiDialect dialect) {
    return unauthenticated(
        dialect,
        false,
        "authentication required: send 'Authorization: Bearer <token>', or HTTP Basic with an"
            + " API token's name and secret");
  }

  /** Credentials refused for {@code failure}. */
  static Response refused(ApiDialect dialect, AuthFailure failure) {
    return switch (failure.status()) {
      case 403 ->
          ApiErrors.error(
              dialect,
              403,
              dialect == ApiDialect.CONFLUENT ? EdgeCodes.CONFLUENT_FORBIDDEN : EdgeCodes.NO_ROLE,
              "your sign-in is valid, but it grants no Pactum role; an administrator maps your"
                  + " groups to roles in auth.oidc.groupMappings");
      case 503 ->
          Response.fromResponse(
                  ApiErrors.generic(
                      dialect,
                      503,
                      EdgeCodes.AUTH_UNAVAILABLE,
                      "the identity provider cannot be reached to check the token; try again"
                          + " shortly"))
              .header(HttpHeaders.RETRY_AFTER, UNAVAILABLE_RETRY.toSeconds())
              .build();
      default -> unauthenticated(dialect, true, "the credentials were not accepted");
    };
  }

  /**
   * An authenticated caller whose role does not allow {@code action}: 403, {@code not allowed to
   * <action>} and nothing about which rule or team failed.
   */
  public static Response notAllowed(ApiDialect dialect, Action action) {
    return forbidden(dialect, "not allowed to " + action.phrase());
  }

  /**
   * A write authenticated only by the UI's session cookie, sent from another site's page (or one
   * that does not say where it comes from): a cross-site request forgery, refused.
   */
  static Response crossSite(ApiDialect dialect) {
    return forbidden(
        dialect,
        "a write signed in by the browser's session must come from Pactum's own pages (its Origin"
            + " header); API clients send 'Authorization: Bearer <token>'");
  }

  /** A resource method without an access rule: refused to everyone (deny by default). */
  public static Response noRule(ApiDialect dialect) {
    return forbidden(dialect, "not allowed to call this endpoint");
  }

  private static Response forbidden(ApiDialect dialect, String message) {
    return ApiErrors.error(
        dialect,
        403,
        dialect == ApiDialect.CONFLUENT ? EdgeCodes.CONFLUENT_FORBIDDEN : EdgeCodes.NOT_ALLOWED,
        message);
  }

  /** Too many failures from the caller's address. */
  static Response tooMany(ApiDialect dialect, Duration wait) {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    return Response.fromResponse(
            ApiErrors.generic(
                dialect,
                429,
                EdgeCodes.TOO_MANY_FAILURES,
                "too many failed authentications from this address; try again in " + seconds + "s"))
        .header(HttpHeaders.RETRY_AFTER, seconds)
        .build();
  }

  private static Response unauthenticated(ApiDialect dialect, boolean invalid, String message) {
    int code =
        dialect == ApiDialect.CONFLUENT
            ? EdgeCodes.CONFLUENT_UNAUTHENTICATED
            : EdgeCodes.UNAUTHENTICATED;
    return Response.fromResponse(ApiErrors.error(dialect, 401, code, message))
        .header(
            HttpHeaders.WWW_AUTHENTICATE,
            "Bearer realm=\"" + REALM + "\"" + (invalid ? ", error=\"invalid_token\"" : ""))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"")
        .build();
  }
}
