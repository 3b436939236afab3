package org.pactum.api.auth.filter;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pactum.api.ApiDialect;
import org.pactum.api.auth.AuthFailure;
import org.pactum.api.auth.AuthResult;
import org.pactum.api.auth.Authenticator;
import org.pactum.api.auth.Credentials;
import org.pactum.api.auth.Principal;
import org.pactum.api.input.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, once for every request and before any resource is matched, who is calling:
 *
 * <ol>
 *   <li>a credential in the query string ({@code ?access_token=…}) → 400, in every mode;
 *   <li>{@code auth.mode: none} → the request runs as {@link Principal#unauthenticated()};
 *   <li>a public path → passes, with no principal;
 *   <li>an address over its failed-attempt limit → 429 with {@code Retry-After};
 *   <li>no {@code Authorization} header → 401 with the {@code WWW-Authenticate} challenges;
 *   <li>the authenticators are asked in turn; the first that accepts sets the request's {@link
 *       SecurityContext} (a {@link PrincipalSecurityContext}); a refusal → 401 (or 403 for a valid
 *       sign-in without a role, 503 when the identity provider is down) and, for 401, one failure
 *       counted against the address.
 * </ol>
 *
 * Refusals are logged ({@code auth_refused}, with the reason) without the credentials; the caller
 * never learns which part was wrong.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class AuthenticationFilter implements ContainerRequestFilter {
  private static final Logger LOG = LoggerFactory.getLogger(AuthenticationFilter.class);

  private final AuthMode mode;
  private final List<Authenticator> authenticators;
  private final FailedAttempts attempts;
  private final PublicPaths publicPaths;

  @Context private HttpServletRequest servletRequest;

  /**
   * @param authenticators asked in this order (e.g. API tokens, then JWTs)
   */
  public AuthenticationFilter(
      AuthMode mode,
      List<Authenticator> authenticators,
      FailedAttempts attempts,
      PublicPaths publicPaths) {
    this.mode = mode;
    this.authenticators = List.copyOf(authenticators);
    this.attempts = attempts;
    this.publicPaths = publicPaths;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    QuerySecrets.check(request.getUriInfo().getQueryParameters(true));
    boolean secure = request.getSecurityContext().isSecure();
    if (mode == AuthMode.NONE) {
      request.setSecurityContext(
          new PrincipalSecurityContext(Principal.unauthenticated(), secure, null));
      return;
    }
    String path = path(request);
    if (isPublic(request)) {
      return;
    }
    ApiDialect dialect = ApiDialect.of(path);
    String source = SourceAddress.of(servletRequest == null ? null : remoteAddress());
    Optional<Duration> blocked = attempts.blockedFor(source);
    if (blocked.isPresent()) {
      log(request, "too_many_failures", "-", source, path);
      request.abortWith(AuthRefusals.tooMany(dialect, blocked.get()));
      return;
    }
    Optional<Credentials> credentials =
        Credentials.of(request.getHeaders().get(HttpHeaders.AUTHORIZATION));
    if (credentials.isEmpty()) {
      request.abortWith(AuthRefusals.missing(dialect));
      return;
    }
    AuthResult result = authenticate(credentials.get());
    if (result instanceof AuthResult.Accepted accepted) {
      request.setSecurityContext(
          new PrincipalSecurityContext(accepted.principal(), secure, scheme(credentials.get())));
      return;
    }
    AuthFailure failure =
        result instanceof AuthResult.Refused refused ? refused.failure() : AuthFailure.UNKNOWN;
    if (failure.status() == 401) {
      attempts.failed(source);
    }
    log(request, failure.name().toLowerCase(Locale.ROOT), credentials.get().scheme(), source, path);
    request.abortWith(AuthRefusals.refused(dialect, failure));
  }

  private AuthResult authenticate(Credentials credentials) {
    if (credentials instanceof Credentials.Unreadable) {
      return AuthResult.refused(AuthFailure.MALFORMED);
    }
    for (Authenticator a : authenticators) {
      AuthResult r = a.authenticate(credentials);
      if (!(r instanceof AuthResult.NotMine)) {
        return r;
      }
    }
    return AuthResult.refused(AuthFailure.UNKNOWN);
  }

  private String remoteAddress() {
    try {
      return servletRequest.getRemoteAddr();
    } catch (IllegalStateException e) {
      return null; // outside a servlet request (an in-memory test container)
    }
  }

  private static String scheme(Credentials credentials) {
    return credentials instanceof Credentials.Basic ? SecurityContext.BASIC_AUTH : "Bearer";
  }

  private static String path(ContainerRequestContext request) {
    return normalized(request.getUriInfo().getPath(true));
  }

  /**
   * Whether the path as sent (still encoded, as resources are matched) is public, and plainly so:
   * no escaped character and no dot segment can make a public prefix reach another path.
   */
  private boolean isPublic(ContainerRequestContext request) {
    String raw = normalized(request.getUriInfo().getPath(false));
    if (raw.indexOf('%') >= 0) {
      return false;
    }
    for (String segment : raw.split("/")) {
      if (segment.equals(".") || segment.equals("..")) {
        return false;
      }
    }
    return publicPaths.matches(raw);
  }

  private static String normalized(String path) {
    String p = (path.startsWith("/") ? path : "/" + path).replaceAll("/{2,}", "/");
    return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }

  private static void log(
      ContainerRequestContext request, String reason, String scheme, String source, String path) {
    LOG.atInfo()
        .addKeyValue("event", "auth_refused")
        .addKeyValue("reason", reason)
        .addKeyValue("scheme", scheme)
        .addKeyValue("source", source)
        .addKeyValue("method", request.getMethod())
        .addKeyValue("path", Texts.printable(path))
        .log("authentication refused");
  }
}
