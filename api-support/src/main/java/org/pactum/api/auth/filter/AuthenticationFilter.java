package org.pactum.api.auth.filter;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
 *   <li>no {@code Authorization} header: the UI's session cookie, when there is one; a page of the
 *       UI without either is redirected to the sign-in page ({@link BrowserSignIn}), anything else
 *       → 401 with the {@code WWW-Authenticate} challenges;
 *   <li>the authenticators are asked in turn; the first that accepts sets the request's {@link
 *       SecurityContext} (a {@link PrincipalSecurityContext}); a refusal → 401 (or 403 for a valid
 *       sign-in without a role, 503 when the identity provider is down) and, for 401, one failure
 *       counted against the address.
 * </ol>
 *
 * A write that only a session cookie authenticates must come from this server's own pages ({@link
 * SameOrigin}), or it is refused (403) as a cross-site request forgery.
 *
 * <p>Refusals are logged ({@code auth_refused}, with the reason) without the credentials; the
 * caller never learns which part was wrong.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class AuthenticationFilter implements ContainerRequestFilter {
  private static final Logger LOG = LoggerFactory.getLogger(AuthenticationFilter.class);
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final AuthMode mode;
  private final List<Authenticator> authenticators;
  private final FailedAttempts attempts;
  private final PublicPaths publicPaths;
  private final BrowserSignIn browser;

  @Context private HttpServletRequest servletRequest;

  /**
   * @param authenticators asked in this order (e.g. API tokens, then JWTs)
   */
  public AuthenticationFilter(
      AuthMode mode,
      List<Authenticator> authenticators,
      FailedAttempts attempts,
      PublicPaths publicPaths) {
    this(mode, authenticators, attempts, publicPaths, BrowserSignIn.none());
  }

  /**
   * @param authenticators asked in this order (e.g. API tokens, then JWTs)
   * @param browser where a page request without credentials is sent
   */
  public AuthenticationFilter(
      AuthMode mode,
      List<Authenticator> authenticators,
      FailedAttempts attempts,
      PublicPaths publicPaths,
      BrowserSignIn browser) {
    this.mode = mode;
    this.authenticators = List.copyOf(authenticators);
    this.attempts = attempts;
    this.publicPaths = publicPaths;
    this.browser = browser;
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
        Credentials.of(request.getHeaders().get(HttpHeaders.AUTHORIZATION))
            .or(() -> SessionCookie.secret(request.getCookies()).map(Credentials.Session::new));
    boolean page = browser.redirects(request.getMethod(), path);
    if (credentials.isEmpty()) {
      request.abortWith(page ? toSignIn(request, secure) : AuthRefusals.missing(dialect));
      return;
    }
    if (credentials.get() instanceof Credentials.Session && !sameOriginWrite(request)) {
      log(request, "cross_site_write", "Session", source, path);
      request.abortWith(AuthRefusals.crossSite(dialect));
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
    if (page && credentials.get() instanceof Credentials.Session && failure.status() == 401) {
      request.abortWith(toSignIn(request, secure)); // the session ended: sign in again
      return;
    }
    request.abortWith(AuthRefusals.refused(dialect, failure));
  }

  /** 303 to the sign-in page, forgetting a session cookie the browser may still hold. */
  private Response toSignIn(ContainerRequestContext request, boolean secure) {
    URI uri = request.getUriInfo().getRequestUri();
    String back = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    Response.ResponseBuilder r = Response.seeOther(browser.signInFor(back));
    if (request.getCookies().containsKey(SessionCookie.NAME)) {
      r.cookie(SessionCookie.cleared(secure));
    }
    return r.build();
  }

  /** A read, or a write sent from one of this server's own pages. */
  private static boolean sameOriginWrite(ContainerRequestContext request) {
    return SAFE_METHODS.contains(request.getMethod())
        || SameOrigin.allows(
            request.getHeaderString("Origin"),
            request.getHeaderString("Referer"),
            request.getHeaderString(HttpHeaders.HOST));
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
    if (credentials instanceof Credentials.Basic) {
      return SecurityContext.BASIC_AUTH;
    }
    return credentials instanceof Credentials.Session ? SecurityContext.FORM_AUTH : "Bearer";
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
