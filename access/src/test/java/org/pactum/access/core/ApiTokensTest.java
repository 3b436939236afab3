package org.pactum.access.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.access.db.JdbiTokenStore;
import org.pactum.api.auth.AuthFailure;
import org.pactum.api.auth.AuthResult;
import org.pactum.api.auth.Credentials;
import org.pactum.api.auth.Principal;
import org.pactum.api.auth.PrincipalKind;
import org.pactum.api.auth.Role;
import org.pactum.api.auth.TeamName;
import org.pactum.api.auth.TokenHash;
import org.pactum.api.auth.TokenSecret;
import org.pactum.testsupport.MutableClock;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

/** API tokens over the real store: created once, verified, cached briefly, revoked, expired. */
@ExtendWith(PostgresExtension.class)
class ApiTokensTest {
  private static final Principal ADMIN = Principal.person("ana", Role.ADMIN, Set.of());
  private static final Principal STEWARD = Principal.person("bo", Role.STEWARD, Set.of());

  private final TestDatabase db;
  private final MutableClock clock = MutableClock.atNow();
  private final Counting store;
  private final ApiTokens tokens;

  /** The real store, counting how often a secret is looked up. */
  static final class Counting implements TokenStore {
    final TokenStore store;
    final AtomicInteger lookups = new AtomicInteger();

    Counting(TokenStore store) {
      this.store = store;
    }

    @Override
    public ApiToken insert(TokenRequest r, TokenHash h, Instant at, String by) {
      return store.insert(r, h, at, by);
    }

    @Override
    public Optional<ApiToken> findByHash(TokenHash hash) {
      lookups.incrementAndGet();
      return store.findByHash(hash);
    }

    @Override
    public Optional<ApiToken> findLive(TokenName name) {
      return store.findLive(name);
    }

    @Override
    public List<ApiToken> page(boolean all, TokenName afterName, long afterId, int limit) {
      return store.page(all, afterName, afterId, limit);
    }

    @Override
    public Optional<Revoked> revoke(TokenName name, Instant at) {
      return store.revoke(name, at);
    }

    @Override
    public void touch(long id, Instant at, Instant staleBefore) {
      store.touch(id, at, staleBefore);
    }
  }

  ApiTokensTest(TestDatabase db) {
    this.db = db;
    Jdbi jdbi = Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin());
    this.store = new Counting(new JdbiTokenStore(jdbi));
    this.tokens = new ApiTokens(store, clock, new SecureRandom(), ApiTokens.RECHECK, 100);
  }

  @BeforeEach
  void empty() {
    db.execute("truncate access.api_token cascade");
  }

  private static TokenRequest request(String name, Role role, Optional<Instant> expires) {
    return TokenRequest.of(
        TokenName.of(name),
        role,
        role == Role.PRODUCER ? Set.of(TeamName.of("checkout")) : Set.of(),
        expires);
  }

  private AuthResult as(String name, TokenSecret secret) {
    return tokens.authenticate(secret, Optional.ofNullable(name));
  }

  @Test
  void aCreatedTokenAuthenticatesAsAMachineWithItsRoleAndTeams() {
    NewToken created =
        tokens.create(ADMIN, request("checkout-ci", Role.PRODUCER, Optional.empty()));
    assertThat(created.secret().reveal()).startsWith("pct_");
    assertThat(created.token().createdBy()).isEqualTo("ana");
    AuthResult r = as(null, created.secret());
    assertThat(r)
        .isEqualTo(
            AuthResult.accepted(
                Principal.machine(
                    "token:checkout-ci", Role.PRODUCER, Set.of(TeamName.of("checkout")))));
    assertThat(((AuthResult.Accepted) r).principal().kind()).isEqualTo(PrincipalKind.MACHINE);
    assertThat(as("checkout-ci", created.secret())).isInstanceOf(AuthResult.Accepted.class);
  }

  @Test
  void basicAuthNeedsTheTokensOwnName() {
    NewToken a = tokens.create(ADMIN, request("a", Role.CI, Optional.empty()));
    tokens.create(ADMIN, request("b", Role.CI, Optional.empty()));
    assertThat(as("b", a.secret())).isEqualTo(AuthResult.refused(AuthFailure.UNKNOWN));
    assertThat(as("a:b", a.secret())).isEqualTo(AuthResult.refused(AuthFailure.UNKNOWN));
    assertThat(as("a", a.secret())).isInstanceOf(AuthResult.Accepted.class);
    assertThat(as("b", a.secret()))
        .as("a cached verification checks the name too")
        .isEqualTo(AuthResult.refused(AuthFailure.UNKNOWN));
  }

  @Test
  void anUnknownSecretIsRefused() {
    assertThat(as(null, TokenSecret.generate(new SecureRandom())))
        .isEqualTo(AuthResult.refused(AuthFailure.UNKNOWN));
  }

  @Test
  void aRepeatedSecretReadsTheStoreOncePerRecheckAndTouchesLastUsed() {
    NewToken t = tokens.create(ADMIN, request("ci", Role.CI, Optional.empty()));
    for (int i = 0; i < 1000; i++) {
      assertThat(as(null, t.secret())).isInstanceOf(AuthResult.Accepted.class);
    }
    assertThat(store.lookups.get()).isEqualTo(1);
    Instant firstUse = clock.instant();
    Instant recorded = tokens.get(ADMIN, TokenName.of("ci")).lastUsedAt().orElseThrow();
    assertThat(Duration.between(recorded, firstUse).abs()).isLessThan(Duration.ofMillis(1));
    clock.advance(ApiTokens.RECHECK);
    as(null, t.secret());
    assertThat(store.lookups.get()).as("asked again after the recheck").isEqualTo(2);
    assertThat(tokens.get(ADMIN, TokenName.of("ci")).lastUsedAt())
        .as("written at most once a minute")
        .contains(recorded);
    clock.advance(Duration.ofMinutes(1));
    as(null, t.secret());
    assertThat(tokens.get(ADMIN, TokenName.of("ci")).lastUsedAt().orElseThrow())
        .isAfter(firstUse.plusSeconds(60));
  }

  @Test
  void aRevokedTokenIsRefusedAtOnceHereAndWithinTheRecheckElsewhere() {
    ApiTokens otherInstance =
        new ApiTokens(store, clock, new SecureRandom(), ApiTokens.RECHECK, 100);
    NewToken t = tokens.create(ADMIN, request("ci", Role.CI, Optional.empty()));
    assertThat(as(null, t.secret())).isInstanceOf(AuthResult.Accepted.class);
    assertThat(otherInstance.authenticate(t.secret(), Optional.empty()))
        .isInstanceOf(AuthResult.Accepted.class);
    ApiToken revoked = tokens.revoke(ADMIN, TokenName.of("ci"));
    assertThat(revoked.state(clock.instant())).isEqualTo(TokenState.REVOKED);
    assertThat(as(null, t.secret())).isEqualTo(AuthResult.refused(AuthFailure.REVOKED));
    assertThat(otherInstance.authenticate(t.secret(), Optional.empty()))
        .as("the other instance trusts its verification a little longer")
        .isInstanceOf(AuthResult.Accepted.class);
    clock.advance(ApiTokens.RECHECK);
    assertThat(otherInstance.authenticate(t.secret(), Optional.empty()))
        .isEqualTo(AuthResult.refused(AuthFailure.REVOKED));
    assertThatThrownBy(() -> tokens.revoke(ADMIN, TokenName.of("ci")))
        .isInstanceOf(AccessException.class)
        .hasMessageContaining("no API token named ci");
  }

  @Test
  void anExpiredTokenIsRefusedAndNeverCachedPastItsExpiry() {
    NewToken t =
        tokens.create(
            ADMIN, request("short", Role.READER, Optional.of(clock.instant().plusSeconds(10))));
    assertThat(as(null, t.secret())).isInstanceOf(AuthResult.Accepted.class);
    clock.advance(Duration.ofSeconds(10));
    assertThat(as(null, t.secret())).isEqualTo(AuthResult.refused(AuthFailure.EXPIRED));
    assertThat(tokens.get(ADMIN, TokenName.of("short")).state(clock.instant()))
        .isEqualTo(TokenState.EXPIRED);
  }

  @Test
  void onlyAnAdministratorManagesTokens() {
    for (Runnable r :
        List.<Runnable>of(
            () -> tokens.create(STEWARD, request("x", Role.READER, Optional.empty())),
            () -> tokens.list(STEWARD, false, null, 0, 10),
            () -> tokens.get(STEWARD, TokenName.of("x")),
            () -> tokens.revoke(STEWARD, TokenName.of("x")),
            () -> tokens.create(null, request("x", Role.READER, Optional.empty())))) {
      assertThatThrownBy(r::run)
          .isInstanceOf(AccessException.class)
          .extracting(e -> ((AccessException) e).reason())
          .isEqualTo(AccessException.Reason.NOT_ADMIN);
    }
  }

  @Test
  void requestsAreCheckedBeforeAnythingIsStored() {
    assertThatThrownBy(
            () ->
                tokens.create(
                    ADMIN, request("late", Role.CI, Optional.of(clock.instant().minusSeconds(1)))))
        .hasMessageContaining("expires_at");
    assertThatThrownBy(
            () -> TokenRequest.of(TokenName.of("p"), Role.PRODUCER, Set.of(), Optional.empty()))
        .hasMessageContaining("at least one team");
    assertThatThrownBy(() -> TokenName.of("a:b")).isInstanceOf(AccessException.class);
    assertThatThrownBy(() -> TokenName.of("x".repeat(65))).isInstanceOf(AccessException.class);
    assertThat(tokens.list(ADMIN, true, null, 0, 10)).isEmpty();
  }

  @Test
  void theAuthenticatorReadsBearerAndBasicAndLeavesTheRestToOthers() {
    ApiTokenAuthenticator reader = new ApiTokenAuthenticator(tokens);
    NewToken t = tokens.create(ADMIN, request("ci", Role.CI, Optional.empty()));
    String s = t.secret().reveal();
    assertThat(reader.authenticate(new Credentials.Bearer(s)))
        .isInstanceOf(AuthResult.Accepted.class);
    assertThat(reader.authenticate(new Credentials.Basic("ci", s)))
        .isInstanceOf(AuthResult.Accepted.class);
    assertThat(reader.authenticate(new Credentials.Basic("other", s)))
        .isEqualTo(AuthResult.refused(AuthFailure.UNKNOWN));
    int before = store.lookups.get();
    String typo = s.substring(0, 10) + (s.charAt(10) == 'a' ? 'b' : 'a') + s.substring(11);
    assertThat(reader.authenticate(new Credentials.Bearer(typo)))
        .isEqualTo(AuthResult.refused(AuthFailure.UNKNOWN));
    assertThat(store.lookups.get())
        .as("a secret failing its check is not looked up")
        .isEqualTo(before);
    assertThat(reader.authenticate(new Credentials.Bearer("eyJhbGciOiJSUzI1NiJ9.e30.sig")))
        .isEqualTo(AuthResult.NOT_MINE);
    assertThat(reader.authenticate(new Credentials.Basic("ci", "hunter2")))
        .isEqualTo(AuthResult.NOT_MINE);
    assertThat(reader.authenticate(new Credentials.Unreadable("x"))).isEqualTo(AuthResult.NOT_MINE);
  }
}
