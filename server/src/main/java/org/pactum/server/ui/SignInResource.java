package org.pactum.server.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.pactum.access.core.ApiToken;
import org.pactum.access.core.ApiTokens;
import org.pactum.access.core.NewSession;
import org.pactum.access.core.Sessions;
import org.pactum.access.core.SignInMethod;
import org.pactum.api.audit.Audited;
import org.pactum.api.audit.WriteAuditFilter;
import org.pactum.api.auth.Principal;
import org.pactum.api.auth.TokenSecret;
import org.pactum.api.auth.authz.Public;
import org.pactum.api.auth.filter.AuthMode;
import org.pactum.api.auth.filter.FailedAttempts;
import org.pactum.api.auth.filter.SessionCookie;
import org.pactum.api.auth.filter.SourceAddress;
import org.pactum.api.auth.oidc.OidcSignIn;
import org.pactum.api.auth.oidc.PendingSignIn;
import org.pactum.api.auth.oidc.SignInRefused;
import org.pactum.api.auth.oidc.SignInStart;
import org.pactum.api.input.TakesAnyQuery;

/**
 * Signing in to the UI ({@link SignOutResource} signs out). {@code /ui/login} is a public path: the
 * page, the API-token form, and the OpenID Connect authorization-code flow ({@code /ui/login/oidc}
 * sends the browser to the issuer, {@code /ui/login/callback} brings it back). A sign-in starts a
 * session ({@link Sessions}) whose secret goes to the browser in the {@code pactum_session} cookie.
 * Every sign-in, accepted or refused, is on the audit trail under the principal it signed in;
 * failed token sign-ins count against the address like any failed authentication.
 */
@Path("/ui/login")
@Produces(MediaType.TEXT_HTML)
public final class SignInResource {
  /** The cookie that holds a sign-in started at the issuer, until the browser comes back. */
  static final String PENDING_COOKIE = "pactum_signin";

  static final String CALLBACK = "ui/login/callback";

  private final AuthMode mode;
  private final Sessions sessions;
  private final ApiTokens tokens;
  private final Optional<OidcSignIn> oidc;
  private final FailedAttempts attempts;
  private final Clock clock;

  @Context private HttpServletRequest servletRequest;

  public SignInResource(
      AuthMode mode,
      Sessions sessions,
      ApiTokens tokens,
      Optional<OidcSignIn> oidc,
      FailedAttempts attempts,
      Clock clock) {
    this.mode = mode;
    this.sessions = sessions;
    this.tokens = tokens;
    this.oidc = oidc;
    this.attempts = attempts;
    this.clock = clock;
  }

  @GET
  @Public("the sign-in page")
  public Response page(@QueryParam("next") String next) {
    NextPage page = NextPage.of(next);
    if (mode == AuthMode.NONE) {
      return Response.seeOther(URI.create(page.path())).build();
    }
    return Response.ok(new SignInView(page, oidc.isPresent(), "")).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Public("signing in with an API token")
  public Response withToken(
      @FormParam("token") String token,
      @FormParam("next") String next,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    NextPage page = NextPage.of(next);
    if (mode == AuthMode.NONE) {
      return Response.seeOther(URI.create(page.path())).build();
    }
    String source = SourceAddress.of(remoteAddress());
    Optional<Duration> blocked = attempts.blockedFor(source);
    if (blocked.isPresent()) {
      return refusedPage(
              429,
              page,
              "Too many failed sign-ins from this address; try again in "
                  + Math.max(1, blocked.get().toSeconds())
                  + "s.")
          .build();
    }
    Optional<ApiToken> found =
        Optional.ofNullable(token)
            .map(String::strip)
            .flatMap(TokenSecret::parse)
            .flatMap(tokens::active);
    if (found.isEmpty()) {
      attempts.failed(source);
      return refusedPage(
              401, page, "That API token was not accepted (mistyped, revoked or expired).")
          .build();
    }
    Principal principal = found.get().principal();
    request.setProperty(WriteAuditFilter.SIGNED_IN, principal);
    NewSession session =
        sessions.start(principal, SignInMethod.TOKEN, Optional.of(found.get().id()));
    return signedIn(page, session, security.isSecure()).build();
  }

  @GET
  @Path("oidc")
  @Public("starting a sign-in at the OpenID issuer")
  public Response startOidc(
      @QueryParam("next") String next, @Context UriInfo uri, @Context SecurityContext security) {
    NextPage page = NextPage.of(next);
    if (oidc.isEmpty() || mode == AuthMode.NONE) {
      return Response.seeOther(URI.create("/ui/login")).build();
    }
    SignInStart start;
    try {
      start = oidc.get().start(callback(uri), page.path());
    } catch (SignInRefused e) {
      return refusedPage(502, page, e.getMessage()).build();
    }
    return Response.seeOther(start.authorizationUrl())
        .cookie(pendingCookie(start.pending().encode(), security.isSecure()))
        .build();
  }

  @GET
  @Path("callback")
  @Public("the OpenID issuer's answer")
  @TakesAnyQuery("the issuer chooses the parameters of its answer (code, state, iss, …)")
  @Audited("starts a session")
  public Response finishOidc(
      @CookieParam(PENDING_COOKIE) String pendingCookie,
      @Context UriInfo uri,
      @Context SecurityContext security,
      @Context ContainerRequestContext request) {
    boolean secure = security.isSecure();
    if (oidc.isEmpty() || mode == AuthMode.NONE) {
      return Response.seeOther(URI.create("/ui/login")).build();
    }
    Optional<PendingSignIn> pending = PendingSignIn.decode(pendingCookie);
    if (pending.isEmpty()) {
      return refusedPage(
              400,
              NextPage.of(null),
              "This sign-in was not started by this browser, or took too long; please sign in"
                  + " again.")
          .build();
    }
    NextPage page = NextPage.of(pending.get().next());
    Principal principal;
    try {
      principal = oidc.get().finish(uri.getRequestUri(), pending.get(), callback(uri));
    } catch (SignInRefused e) {
      return refusedPage(e.providerDown() ? 502 : 400, page, e.getMessage())
          .cookie(pendingCookie("", secure))
          .build();
    }
    request.setProperty(WriteAuditFilter.SIGNED_IN, principal);
    NewSession session = sessions.start(principal, SignInMethod.OIDC, Optional.empty());
    return signedIn(page, session, secure).cookie(pendingCookie("", secure)).build();
  }

  private Response.ResponseBuilder signedIn(NextPage page, NewSession session, boolean secure) {
    Duration maxAge = Duration.between(clock.instant(), session.expiresAt());
    return Response.seeOther(URI.create(page.path()))
        .cookie(SessionCookie.of(session.secret(), maxAge, secure));
  }

  private Response.ResponseBuilder refusedPage(int status, NextPage page, String problem) {
    return Response.status(status).entity(new SignInView(page, oidc.isPresent(), problem));
  }

  /** The callback as registered at the issuer: this server's base URL + {@value #CALLBACK}. */
  private static URI callback(UriInfo uri) {
    return uri.getBaseUri().resolve(CALLBACK);
  }

  private static NewCookie pendingCookie(String value, boolean secure) {
    return new NewCookie.Builder(PENDING_COOKIE)
        .value(value)
        .path("/ui/login")
        .maxAge(value.isEmpty() ? 0 : (int) PendingSignIn.LIFETIME.toSeconds())
        .httpOnly(true)
        .secure(secure)
        .sameSite(NewCookie.SameSite.LAX)
        .build();
  }

  private String remoteAddress() {
    try {
      return servletRequest == null ? "-" : servletRequest.getRemoteAddr();
    } catch (IllegalStateException e) {
      return "-";
    }
  }
}
