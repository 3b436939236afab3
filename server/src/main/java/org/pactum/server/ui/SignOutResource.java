package org.pactum.server.ui;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import org.pactum.access.core.Sessions;
import org.pactum.api.auth.Action;
import org.pactum.api.auth.authz.Requires;
import org.pactum.api.auth.filter.SessionCookie;

/**
 * {@code POST /ui/logout}, the header's "Sign out": ends the browser's session (on every instance
 * within the sessions' recheck), clears its cookie and shows the sign-in page. Only a page of this
 * server can post it (the edge refuses a cookie-signed write from elsewhere).
 */
@Path("/ui/logout")
@Produces(MediaType.TEXT_HTML)
public final class SignOutResource {
  private final Sessions sessions;

  public SignOutResource(Sessions sessions) {
    this.sessions = sessions;
  }

  @POST
  @Requires(Action.READ)
  public Response signOut(
      @CookieParam(SessionCookie.NAME) String session, @Context SecurityContext security) {
    if (session != null) {
      sessions.end(session);
    }
    return Response.seeOther(URI.create("/ui/login"))
        .cookie(SessionCookie.cleared(security.isSecure()))
        .build();
  }
}
