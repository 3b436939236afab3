package org.pactum.access.core;

import org.pactum.api.auth.AuthResult;
import org.pactum.api.auth.Authenticator;
import org.pactum.api.auth.Credentials;

/** The edge's reader of the UI's session cookie; other credentials are not its. */
public final class SessionAuthenticator implements Authenticator {
  private final Sessions sessions;

  public SessionAuthenticator(Sessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public AuthResult authenticate(Credentials credentials) {
    return credentials instanceof Credentials.Session session
        ? sessions.authenticate(session.secret())
        : AuthResult.NOT_MINE;
  }
}
