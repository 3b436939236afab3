package org.pactum.access.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.access.db.JdbiSessionStore;
import org.pactum.access.db.JdbiTokenStore;
import org.pactum.api.auth.AuthFailure;
import org.pactum.api.auth.AuthResult;
import org.pactum.api.auth.Principal;
import org.pactum.api.auth.Role;
import org.pactum.api.auth.SessionLimits;
import org.pactum.api.auth.TeamName;
import org.pactum.testsupport.MutableClock;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

/**
 * The UI's sessions against the embedded PostgreSQL with the real migrations: a session signs in
 * the principal it was started for until it is signed out, idle too long, past its end, or its API
 * token is revoked; the store never holds the secret; a verified session is re-checked after the
 * recheck interval, so an end on another instance is noticed.
 */
@ExtendWith(PostgresExtension.class)
class SessionsTest {
  private static final Duration RECHECK = Duration.ofSeconds(30);
  private static final Principal ANA =
      Principal.person("ana", Role.PRODUCER, Set.of(TeamName.of("checkout")));

  private final TestDatabase db;
  private final Jdbi jdbi;
  private final MutableClock clock =
      new MutableClock(Instant.parse("2026-12-07T10:00:00Z").truncatedTo(ChronoUnit.MICROS));
  private final SessionLimits limits = new SessionLimits(Duration.ofHours(8), Duration.ofHours(1));

  SessionsTest(TestDatabase db) {
    this.db = db;
    this.jdbi = Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin());
  }

  @BeforeEach
  void empty() {
    db.execute("truncate access.ui_session, access.api_token cascade");
  }

  private Sessions sessions() {
    return new Sessions(
        new JdbiSessionStore(jdbi), limits, clock, new SecureRandom(), RECHECK, 100);
  }

  private static Principal accepted(AuthResult r) {
    assertThat(r).isInstanceOf(AuthResult.Accepted.class);
    return ((AuthResult.Accepted) r).principal();
  }

  @Test
  void aSessionSignsInItsPrincipalAndTheStoreKeepsOnlyTheHash() {
    NewSession s = sessions().start(ANA, SignInMethod.OIDC, Optional.empty());
    assertThat(s.secret()).hasSize(43).matches("[A-Za-z0-9_-]+");
    assertThat(s.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(8)));
    assertThat(s.toString()).doesNotContain(s.secret());
    assertThat(accepted(sessions().authenticate(s.secret()))).isEqualTo(ANA);
    String stored =
        jdbi.withHandle(
            h ->
                h.createQuery("select ui_session::text from access.ui_session")
                    .mapTo(String.class)
                    .one());
    assertThat(stored).doesNotContain(s.secret()).contains("ana").contains("oidc");
  }

  @Test
  void anUnknownOrMalformedSecretIsRefused() {
    assertThat(sessions().authenticate("x".repeat(43)))
        .isEqualTo(AuthResult.refused(AuthFailure.EXPIRED));
    assertThat(sessions().authenticate("short"))
        .isEqualTo(AuthResult.refused(AuthFailure.MALFORMED));
    assertThat(sessions().authenticate("é".repeat(43)))
        .isEqualTo(AuthResult.refused(AuthFailure.MALFORMED));
  }

  @Test
  void signingOutEndsTheSessionHereAtOnceAndElsewhereAtTheNextRecheck() {
    Sessions here = sessions();
    Sessions there = sessions(); // another instance on the same store
    NewSession s = here.start(ANA, SignInMethod.OIDC, Optional.empty());
    accepted(there.authenticate(s.secret()));
    assertThat(here.end(s.secret())).isTrue();
    assertThat(here.authenticate(s.secret())).isInstanceOf(AuthResult.Refused.class);
    // the other instance trusts its verified copy until the recheck, then asks the store
    accepted(there.authenticate(s.secret()));
    clock.advance(RECHECK);
    assertThat(there.authenticate(s.secret())).isInstanceOf(AuthResult.Refused.class);
    assertThat(here.end(s.secret())).as("ended once").isFalse();
  }

  @Test
  void aSessionEndsWhenIdleTooLongAndAtItsEnd() {
    Sessions sessions = sessions();
    NewSession idle = sessions.start(ANA, SignInMethod.OIDC, Optional.empty());
    clock.advance(Duration.ofMinutes(61));
    assertThat(sessions.authenticate(idle.secret())).isInstanceOf(AuthResult.Refused.class);

    NewSession busy = sessions.start(ANA, SignInMethod.OIDC, Optional.empty());
    for (int i = 0; i < 15; i++) { // used every 30 minutes for 7.5 hours: never idle
      clock.advance(Duration.ofMinutes(30));
      accepted(sessions.authenticate(busy.secret()));
    }
    clock.advance(Duration.ofMinutes(31));
    assertThat(clock.instant()).isAfter(busy.expiresAt());
    assertThat(sessions.authenticate(busy.secret())).isInstanceOf(AuthResult.Refused.class);
  }

  @Test
  void revokingTheTokenASessionSignedInWithEndsIt() {
    Sessions sessions = sessions();
    ApiTokens tokens =
        new ApiTokens(
            new JdbiTokenStore(jdbi),
            clock,
            new SecureRandom(),
            RECHECK,
            10,
            revoked -> sessions.forgetVerified());
    Principal admin = Principal.machine("bootstrap", Role.ADMIN, Set.of());
    NewToken token =
        tokens.create(
            admin, TokenRequest.of(TokenName.of("ui"), Role.STEWARD, Set.of(), Optional.empty()));
    ApiToken active = tokens.active(token.secret()).orElseThrow();
    NewSession s = sessions.start(active.principal(), SignInMethod.TOKEN, Optional.of(active.id()));
    assertThat(accepted(sessions.authenticate(s.secret())).name()).isEqualTo("token:ui");
    tokens.revoke(admin, TokenName.of("ui"));
    assertThat(sessions.authenticate(s.secret())).isInstanceOf(AuthResult.Refused.class);
    assertThat(tokens.active(token.secret())).isEmpty();
  }

  @Test
  void endedSessionsAreDeletedADayAfterTheirEnd() {
    Sessions sessions = sessions();
    NewSession old = sessions.start(ANA, SignInMethod.OIDC, Optional.empty());
    sessions.end(old.secret());
    clock.advance(Duration.ofHours(25));
    sessions.start(ANA, SignInMethod.OIDC, Optional.empty()); // a start purges
    long rows =
        jdbi.withHandle(
            h -> h.createQuery("select count(*) from access.ui_session").mapTo(Long.class).one());
    assertThat(rows).isEqualTo(1);
  }
}
