package org.pactum.api.auth.filter;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The UI's session cookie, {@value #NAME}: set when a person signs in through the browser, sent
 * back on every page. {@code HttpOnly} (no script reads it), {@code SameSite=Lax} (a cross-site
 * form cannot post with it; the issuer's redirect back still carries it), {@code Path=/} (the UI's
 * forms post to the API), and {@code Secure} whenever the request came over TLS.
 */
public final class SessionCookie {
  public static final String NAME = "pactum_session";

  /** The longest cookie value read; a session secret is far shorter. */
  static final int MAX_LENGTH = 256;

  private SessionCookie() {}

  /** The cookie that carries a new session's secret for {@code maxAge}. */
  public static NewCookie of(String secret, Duration maxAge, boolean secure) {
    return new NewCookie.Builder(NAME)
        .value(secret)
        .path("/")
        .maxAge((int) Math.min(Integer.MAX_VALUE, maxAge.toSeconds()))
        .httpOnly(true)
        .secure(secure)
        .sameSite(NewCookie.SameSite.LAX)
        .build();
  }

  /** The cookie that makes the browser forget its session (signing out, a session that ended). */
  public static NewCookie cleared(boolean secure) {
    return new NewCookie.Builder(NAME)
        .value("")
        .path("/")
        .maxAge(0)
        .httpOnly(true)
        .secure(secure)
        .sameSite(NewCookie.SameSite.LAX)
        .build();
  }

  /** The secret a request's cookies carry, if they carry a readable one. */
  public static Optional<String> secret(Map<String, Cookie> cookies) {
    Cookie c = cookies == null ? null : cookies.get(NAME);
    if (c == null || c.getValue() == null || c.getValue().isEmpty()) {
      return Optional.empty();
    }
    String v = c.getValue();
    return v.length() <= MAX_LENGTH ? Optional.of(v) : Optional.of("");
  }
}
