package org.pactum.api.auth.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PendingSignInTest {
  private static final Instant T = Instant.parse("2026-12-07T10:00:00Z");
  private final PendingSignIn pending =
      new PendingSignIn(
          "state-0123456789abcdef",
          "nonce-0123456789abcdef",
          "verifier-0123456789abcdef0123456789abcdef0123",
          "/ui/incidents?state=open&x=é",
          T);

  @Test
  void itTravelsInACookieAndComesBackTheSame() {
    String cookie = pending.encode();
    assertThat(cookie).matches("[A-Za-z0-9_~.!-]+");
    assertThat(PendingSignIn.decode(cookie)).contains(pending);
    assertThat(pending.toString()).doesNotContain("verifier").doesNotContain("nonce-");
  }

  @Test
  void aValueItDidNotMakeIsNoPendingSignIn() {
    String cookie = pending.encode();
    assertThat(PendingSignIn.decode(null)).isEmpty();
    assertThat(PendingSignIn.decode("")).isEmpty();
    assertThat(PendingSignIn.decode(cookie + "!extra")).isEmpty();
    assertThat(PendingSignIn.decode(cookie.replace("state-", "st ate-"))).isEmpty();
    assertThat(PendingSignIn.decode(cookie.substring(0, cookie.lastIndexOf('!')) + "!soon"))
        .isEmpty();
    assertThat(PendingSignIn.decode("a!b!c!d!1")).as("too short to be random").isEmpty();
    assertThat(PendingSignIn.decode("x".repeat(2000))).isEmpty();
  }

  @Test
  void itMayBeFinishedForTenMinutes() {
    assertThat(pending.current(T)).isTrue();
    assertThat(pending.current(T.plusSeconds(599))).isTrue();
    assertThat(pending.current(T.plusSeconds(600))).isFalse();
    assertThat(pending.current(T.minusSeconds(3600))).as("from the future").isFalse();
  }
}
