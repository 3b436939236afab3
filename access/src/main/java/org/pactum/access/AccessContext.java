package org.pactum.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.pactum.access.api.AccessExceptionMapper;
import org.pactum.access.api.AuditResource;
import org.pactum.access.api.TokensResource;
import org.pactum.access.core.ApiTokenAuthenticator;
import org.pactum.access.core.ApiTokens;
import org.pactum.access.core.AuditLedger;
import org.pactum.access.core.SessionAuthenticator;
import org.pactum.access.core.Sessions;
import org.pactum.access.db.JdbiAuditLedger;
import org.pactum.access.db.JdbiSessionStore;
import org.pactum.access.db.JdbiTokenStore;
import org.pactum.api.audit.WriteAuditFilter;
import org.pactum.api.auth.Authenticator;
import org.pactum.api.auth.authz.ReadGate;
import org.pactum.api.auth.filter.AuthConfig;
import org.pactum.api.auth.filter.AuthMode;
import org.pactum.api.auth.filter.AuthSettings;
import org.pactum.api.auth.filter.AuthenticationFilter;
import org.pactum.api.auth.filter.BrowserSignIn;
import org.pactum.api.auth.filter.FailedAttempts;
import org.pactum.api.auth.filter.PublicPaths;
import org.pactum.api.auth.oidc.OidcIssuer;
import org.pactum.api.auth.oidc.OidcSignIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Identity and access, built by hand top to bottom: the token store → {@link ApiTokens} → the
 * authenticators the edge asks (API tokens first, then the OpenID issuer's JWTs when {@code
 * auth.oidc} is set) → the edge's {@link AuthenticationFilter} and the token API's resources.
 *
 * @param settings the {@code auth:} section, checked
 * @param sessions the UI's signed-in browsers
 * @param oidcSignIn the UI's sign-in through the OpenID issuer, when {@code auth.oidc} has a client
 * @param authenticators in the order the edge asks them
 * @param attempts failed authentications per source address
 * @param audit the hash-chained audit trail of writes
 */
public record AccessContext(
    AuthSettings settings,
    ApiTokens tokens,
    Sessions sessions,
    Optional<OidcSignIn> oidcSignIn,
    List<Authenticator> authenticators,
    FailedAttempts attempts,
    AuditLedger audit,
    Clock clock) {
  /** How many verified API-token secrets are remembered. */
  static final int VERIFIED_TOKENS = 10_000;

  private static final Logger LOG = LoggerFactory.getLogger(AccessContext.class);

  public AccessContext {
    authenticators = List.copyOf(authenticators);
  }

  /**
   * @param jdbi the Pactum store, with the SqlObject plugin and a migrated {@code access} schema
   * @param config the {@code auth:} section (checked: fails naming a bad field)
   */
  public static AccessContext build(Jdbi jdbi, AuthConfig config, Clock clock) {
    AuthSettings settings = config.toSettings();
    Sessions sessions =
        new Sessions(
            new JdbiSessionStore(jdbi),
            settings.sessions(),
            clock,
            new SecureRandom(),
            ApiTokens.RECHECK,
            VERIFIED_TOKENS);
    ApiTokens tokens =
        new ApiTokens(
            new JdbiTokenStore(jdbi),
            clock,
            new SecureRandom(),
            ApiTokens.RECHECK,
            VERIFIED_TOKENS,
            revoked -> sessions.forgetVerified());
    Optional<OidcIssuer> issuer = settings.oidc().map(o -> OidcIssuer.of(o, clock));
    List<Authenticator> authenticators = new ArrayList<>();
    authenticators.add(new ApiTokenAuthenticator(tokens));
    authenticators.add(new SessionAuthenticator(sessions));
    issuer.ifPresent(i -> authenticators.add(i.authenticator()));
    if (settings.mode() == AuthMode.NONE) {
      LOG.atWarn()
          .addKeyValue("event", "auth_disabled")
          .log("auth.mode is none: nobody is asked who they are, and everyone may do everything");
    }
    return new AccessContext(
        settings,
        tokens,
        sessions,
        issuer.flatMap(OidcIssuer::signIn),
        authenticators,
        new FailedAttempts(settings.attempts(), clock),
        new JdbiAuditLedger(jdbi),
        clock);
  }

  /**
   * The edge's authentication filter, for Jersey.
   *
   * @param publicPaths what anyone may request without credentials (the UI's sign-in, its assets)
   */
  public AuthenticationFilter authenticationFilter(PublicPaths publicPaths) {
    return new AuthenticationFilter(
        settings.mode(), authenticators, attempts, publicPaths, BrowserSignIn.ui());
  }

  /**
   * Whom a servlet fast path (answering before Jersey) may serve: everyone when {@code auth.mode}
   * is {@code none}; otherwise accepted credentials of a role that reads. Everything else goes on
   * to Jersey, where the edge answers it (401, 403, 429) and counts failures.
   */
  public ReadGate readGate() {
    return settings.mode() == AuthMode.NONE
        ? ReadGate.open()
        : ReadGate.authenticating(authenticators);
  }

  /** The edge's record of every write, accepted or refused, on the hash-chained audit trail. */
  public WriteAuditFilter auditFilter() {
    return new WriteAuditFilter(audit, clock);
  }

  /** The token and audit APIs' resources and exception mapper, for Jersey. */
  public List<Object> resources() {
    return List.of(
        new TokensResource(tokens, clock), new AuditResource(audit), new AccessExceptionMapper());
  }
}
