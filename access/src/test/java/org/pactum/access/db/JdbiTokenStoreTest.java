package org.pactum.access.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.access.core.AccessException;
import org.pactum.access.core.ApiToken;
import org.pactum.access.core.TokenName;
import org.pactum.access.core.TokenRequest;
import org.pactum.access.core.TokenState;
import org.pactum.api.auth.Role;
import org.pactum.api.auth.TeamName;
import org.pactum.api.auth.TokenSecret;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;

/** The token store against the embedded PostgreSQL with the real migration. */
@ExtendWith(PostgresExtension.class)
class JdbiTokenStoreTest {
  private static final SecureRandom RANDOM = new SecureRandom();
  private final TestDatabase db;
  private final Jdbi jdbi;
  private final JdbiTokenStore store;
  private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

  JdbiTokenStoreTest(TestDatabase db) {
    this.db = db;
    this.jdbi = Jdbi.create(db.dataSource()).installPlugin(new SqlObjectPlugin());
    this.store = new JdbiTokenStore(jdbi);
  }

  @BeforeEach
  void empty() {
    db.execute("truncate access.api_token cascade");
  }

  private static TokenRequest request(String name, Role role, String... teams) {
    return TokenRequest.of(
        TokenName.of(name),
        role,
        Arrays.stream(teams).map(TeamName::of).collect(Collectors.toSet()),
        Optional.empty());
  }

  @Test
  void aTokenIsStoredWithItsHashAndNeverItsSecret() {
    TokenSecret secret = TokenSecret.generate(RANDOM);
    ApiToken t =
        store.insert(
            TokenRequest.of(
                TokenName.of("checkout-ci"),
                Role.PRODUCER,
                Set.of(TeamName.of("checkout"), TeamName.of("payments")),
                Optional.of(now.plusSeconds(3600))),
            secret.hash(),
            now,
            "ana");
    assertThat(t.id()).isPositive();
    assertThat(t.name()).isEqualTo(TokenName.of("checkout-ci"));
    assertThat(t.role()).isEqualTo(Role.PRODUCER);
    assertThat(t.teams()).containsExactly(TeamName.of("checkout"), TeamName.of("payments"));
    assertThat(t.createdAt()).isEqualTo(now);
    assertThat(t.createdBy()).isEqualTo("ana");
    assertThat(t.expiresAt()).contains(now.plusSeconds(3600));
    assertThat(t.state(now)).isEqualTo(TokenState.ACTIVE);
    assertThat(store.findByHash(secret.hash())).contains(t);
    assertThat(store.findByHash(TokenSecret.generate(RANDOM).hash())).isEmpty();
    String everything =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "select string_agg(t::text || encode(secret_hash, 'escape'), '')"
                            + " from access.api_token t")
                    .mapTo(String.class)
                    .one());
    assertThat(everything)
        .doesNotContain(secret.reveal())
        .doesNotContain(secret.reveal().substring(4));
  }

  @Test
  void aLiveNameIsUniqueButARevokedNameCanBeGivenAgain() {
    store.insert(request("ci", Role.CI), TokenSecret.generate(RANDOM).hash(), now, "ana");
    assertThatThrownBy(
            () ->
                store.insert(
                    request("ci", Role.READER), TokenSecret.generate(RANDOM).hash(), now, "ana"))
        .isInstanceOf(AccessException.class)
        .extracting(e -> ((AccessException) e).reason())
        .isEqualTo(AccessException.Reason.NAME_TAKEN);
    assertThat(store.revoke(TokenName.of("ci"), now.plusSeconds(1))).isPresent();
    assertThat(store.revoke(TokenName.of("ci"), now.plusSeconds(2)))
        .as("already revoked")
        .isEmpty();
    ApiToken again =
        store.insert(request("ci", Role.READER), TokenSecret.generate(RANDOM).hash(), now, "bo");
    assertThat(store.findLive(TokenName.of("ci"))).contains(again);
  }

  @Test
  void revokingAnswersTheTokenRevokedWithItsHash() {
    TokenSecret secret = TokenSecret.generate(RANDOM);
    store.insert(request("ci", Role.CI), secret.hash(), now, "ana");
    var revoked = store.revoke(TokenName.of("ci"), now.plusSeconds(5)).orElseThrow();
    assertThat(revoked.hash()).isEqualTo(secret.hash());
    assertThat(revoked.token().revokedAt()).contains(now.plusSeconds(5));
    assertThat(revoked.token().state(now.plusSeconds(6))).isEqualTo(TokenState.REVOKED);
    assertThat(store.findLive(TokenName.of("ci"))).isEmpty();
    assertThat(store.findByHash(secret.hash()).orElseThrow().revokedAt()).isPresent();
  }

  @Test
  void pagesGoByNameThenIdAndLeaveRevokedTokensOutUnlessAsked() {
    for (String n : List.of("delta", "alpha", "charlie", "bravo")) {
      store.insert(request(n, Role.READER), TokenSecret.generate(RANDOM).hash(), now, "ana");
    }
    store.revoke(TokenName.of("bravo"), now);
    store.insert(request("bravo", Role.CI), TokenSecret.generate(RANDOM).hash(), now, "ana");
    assertThat(store.page(false, null, 0, 10))
        .extracting(t -> t.name().value())
        .containsExactly("alpha", "bravo", "charlie", "delta");
    List<ApiToken> all = store.page(true, null, 0, 10);
    assertThat(all)
        .extracting(t -> t.name().value())
        .containsExactly("alpha", "bravo", "bravo", "charlie", "delta");
    assertThat(all.get(1).revokedAt()).isPresent();
    assertThat(all.get(2).revokedAt()).isEmpty();
    List<ApiToken> after = store.page(true, all.get(1).name(), all.get(1).id(), 2);
    assertThat(after).extracting(ApiToken::id).containsExactly(all.get(2).id(), all.get(3).id());
  }

  @Test
  void aUseIsRecordedAtMostOncePerStaleness() {
    TokenSecret secret = TokenSecret.generate(RANDOM);
    ApiToken t = store.insert(request("ci", Role.CI), secret.hash(), now, "ana");
    assertThat(t.lastUsedAt()).isEmpty();
    store.touch(t.id(), now.plusSeconds(1), now.minusSeconds(59));
    assertThat(store.findByHash(secret.hash()).orElseThrow().lastUsedAt())
        .contains(now.plusSeconds(1));
    store.touch(t.id(), now.plusSeconds(30), now.plusSeconds(30).minusSeconds(60));
    assertThat(store.findByHash(secret.hash()).orElseThrow().lastUsedAt())
        .as("a minute has not passed")
        .contains(now.plusSeconds(1));
    store.touch(t.id(), now.plusSeconds(62), now.plusSeconds(2));
    assertThat(store.findByHash(secret.hash()).orElseThrow().lastUsedAt())
        .contains(now.plusSeconds(62));
  }

  @Test
  void theTableRefusesWhatTheCoreWouldNever() {
    assertThatThrownBy(
            () ->
                db.execute(
                    "insert into access.api_token (name, role, secret_hash, created_at, created_by)"
                        + " values ('a:b', 'ci', decode(repeat('00', 32), 'hex'), now(), 'x')"))
        .as("a name with ':' could not be Basic's user name")
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () ->
                db.execute(
                    "insert into access.api_token (name, role, secret_hash, created_at, created_by)"
                        + " values ('a', 'root', decode(repeat('00', 32), 'hex'), now(), 'x')"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () ->
                db.execute(
                    "insert into access.api_token (name, role, secret_hash, created_at, created_by)"
                        + " values ('a', 'ci', 'pct_plaintext', now(), 'x')"))
        .as("only a 32-byte hash fits")
        .isInstanceOf(IllegalStateException.class);
  }
}
