package org.pactum.server.cli;

import java.net.http.HttpRequest;

/**
 * The credential the CLI sends to a Pactum server: an API token (or an OpenID Connect JWT) as
 * {@code Authorization: Bearer …}, or none. Every client of a server adds it here, in one place. It
 * is never printed: {@link #toString} hides it, and no message quotes it.
 */
final class ServerToken {
  private static final ServerToken NONE = new ServerToken(null);

  private final String secret;

  private ServerToken(String secret) {
    this.secret = secret;
  }

  /** No credential: the server must run with {@code auth.mode: none}. */
  static ServerToken none() {
    return NONE;
  }

  /** The token a text holds ({@code --token} or {@code $PACTUM_TOKEN}); blank or null: none. */
  static ServerToken of(String text) {
    return text == null || text.isBlank() ? NONE : new ServerToken(text.strip());
  }

  boolean present() {
    return secret != null;
  }

  /** Adds the {@code Authorization} header to a request, when there is a token. */
  HttpRequest.Builder authorize(HttpRequest.Builder request) {
    return secret == null ? request : request.header("Authorization", "Bearer " + secret);
  }

  /**
   * What to add to the message of a refusal with this status: for 401, how to send a token (or that
   * the one sent was not accepted); for 403, that the token's role does not allow it.
   */
  String hint(int status) {
    if (status == 401) {
      return secret == null
          ? "; the server requires an API token: set PACTUM_TOKEN (or pass --token)"
          : "; the API token in PACTUM_TOKEN (or --token) was not accepted: expired, revoked or"
              + " mistyped";
    }
    if (status == 403) {
      return "; the API token's role does not allow this";
    }
    return "";
  }

  @Override
  public String toString() {
    return secret == null ? "ServerToken[none]" : "ServerToken[***]";
  }
}
