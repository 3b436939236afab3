package org.pactum.access.db;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.TreeSet;
import org.jdbi.v3.core.Jdbi;
import org.pactum.access.core.SessionStore;
import org.pactum.access.core.SignInMethod;
import org.pactum.api.auth.Principal;
import org.pactum.api.auth.PrincipalKind;
import org.pactum.api.auth.Role;
import org.pactum.api.auth.TeamName;
import org.pactum.api.auth.TokenHash;

/** {@link SessionStore} on PostgreSQL, schema {@code access}. */
public final class JdbiSessionStore implements SessionStore {
  private final Jdbi jdbi;

  public JdbiSessionStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void insert(
      TokenHash hash,
      Principal principal,
      SignInMethod method,
      Optional<Long> tokenId,
      Instant now,
      Instant expiresAt) {
    jdbi.useExtension(
        SessionDao.class,
        dao ->
            dao.insert(
                hash.bytes(),
                principal.name(),
                principal.kind().wireName(),
                principal.role().wireName(),
                principal.teams().stream().map(TeamName::value).toArray(String[]::new),
                method.wireName(),
                tokenId.orElse(null),
                now,
                expiresAt));
  }

  @Override
  public Optional<LiveSession> findLive(TokenHash hash, Instant now, Instant idleSince) {
    return jdbi.withExtension(SessionDao.class, dao -> dao.findLive(hash.bytes(), now, idleSince))
        .map(JdbiSessionStore::live);
  }

  @Override
  public void touch(long id, Instant at, Instant staleBefore) {
    jdbi.useExtension(SessionDao.class, dao -> dao.touch(id, at, staleBefore));
  }

  @Override
  public boolean end(TokenHash hash, Instant at) {
    return jdbi.withExtension(SessionDao.class, dao -> dao.end(hash.bytes(), at)) > 0;
  }

  @Override
  public int purge(Instant before) {
    return jdbi.withExtension(SessionDao.class, dao -> dao.purge(before));
  }

  private static LiveSession live(SessionRow row) {
    Role role =
        Role.parse(row.role())
            .orElseThrow(() -> new IllegalStateException("a stored role is one of Pactum's"));
    Principal principal =
        new Principal(
            row.principal(),
            PrincipalKind.parse(row.kind())
                .orElseThrow(() -> new IllegalStateException("a stored kind is one of Pactum's")),
            role,
            new TreeSet<>(
                Arrays.stream(row.teams()).map(t -> TeamName.parse(t).orElseThrow()).toList()));
    return new LiveSession(row.id(), principal, row.expiresAt());
  }
}
