package org.pactum.api.auth.oidc;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A sign-in the browser has started and not finished: what the issuer's answer is checked against
 * when the browser comes back. It travels in a short-lived cookie of the browser that started it,
 * so any instance of a fleet can finish it, and a callback from another browser (a forged link)
 * finds no match.
 *
 * @param state the {@code state} sent to the issuer, which its answer must repeat
 * @param nonce the {@code nonce} the ID token must carry
 * @param codeVerifier the PKCE verifier whose S256 challenge went to the issuer
 * @param next the local page to return to once signed in
 * @param startedAt when it started: it is good for {@link #LIFETIME}
 */
public record PendingSignIn(
    String state, String nonce, String codeVerifier, String next, Instant startedAt) {
  /** How long a person has to sign in at the issuer. */
  public static final Duration LIFETIME = Duration.ofMinutes(10);

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_~.-]{16,128}");

  public PendingSignIn {
    for (String v : new String[] {state, nonce, codeVerifier}) {
      if (v == null || !TOKEN.matcher(v).matches()) {
        throw new IllegalArgumentException("state, nonce and verifier are URL-safe values");
      }
    }
  }

  /** The cookie value: the parts joined by {@code !}, the page base64url-encoded. */
  public String encode() {
    return String.join(
        "!",
        state,
        nonce,
        codeVerifier,
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(next.getBytes(StandardCharsets.UTF_8)),
        Long.toString(startedAt.getEpochSecond()));
  }

  /** A cookie value read back; empty when it is not one {@link #encode} made. */
  public static Optional<PendingSignIn> decode(String text) {
    if (text == null || text.length() > 1024) {
      return Optional.empty();
    }
    String[] parts = text.split("!", -1);
    if (parts.length != 5) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new PendingSignIn(
              parts[0],
              parts[1],
              parts[2],
              new String(Base64.getUrlDecoder().decode(parts[3]), StandardCharsets.UTF_8),
              Instant.ofEpochSecond(Long.parseLong(parts[4]))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Whether it may still be finished at {@code now}. */
  public boolean current(Instant now) {
    return !now.isBefore(startedAt.minusSeconds(60)) && now.isBefore(startedAt.plus(LIFETIME));
  }

  @Override
  public String toString() {
    return "PendingSignIn[next=" + next + ", startedAt=" + startedAt + "]";
  }
}
