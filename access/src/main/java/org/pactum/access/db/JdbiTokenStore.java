package org.pactum.access.db;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.pactum.access.core.AccessException;
import org.pactum.access.core.ApiToken;
import org.pactum.access.core.TokenName;
import org.pactum.access.core.TokenRequest;
import org.pactum.access.core.TokenStore;
import org.pactum.api.auth.Role;
import org.pactum.api.auth.TeamName;
import org.pactum.api.auth.TokenHash;
import org.postgresql.util.PSQLException;

/** {@link TokenStore} on PostgreSQL, schema {@code access}. */
public final class JdbiTokenStore implements TokenStore {
  private static final String UNIQUE_VIOLATION = "23505";
  private static final String LIVE_NAME = "api_token_live_name";

  private final Jdbi jdbi;

  public JdbiTokenStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public ApiToken insert(
      TokenRequest request, TokenHash hash, Instant createdAt, String createdBy) {
    try {
      return token(
          jdbi.withExtension(
              TokenDao.class,
              dao ->
                  dao.insert(
                      request.name().value(),
                      request.role().wireName(),
                      request.teams().stream().map(TeamName::value).toArray(String[]::new),
                      hash.bytes(),
                      createdAt,
                      createdBy,
                      request.expiresAt().orElse(null))));
    } catch (UnableToExecuteStatementException e) {
      if (e.getCause() instanceof PSQLException p
          && UNIQUE_VIOLATION.equals(p.getSQLState())
          && p.getServerErrorMessage() != null
          && LIVE_NAME.equals(p.getServerErrorMessage().getConstraint())) {
        throw new AccessException(
            AccessException.Reason.NAME_TAKEN,
            "an API token named "
                + request.name()
                + " exists; revoke it first, or choose another name");
      }
      throw e;
    }
  }

  @Override
  public Optional<ApiToken> findByHash(TokenHash hash) {
    return jdbi.withExtension(TokenDao.class, dao -> dao.findByHash(hash.bytes()))
        .map(JdbiTokenStore::token);
  }

  @Override
  public Optional<ApiToken> findLive(TokenName name) {
    return jdbi.withExtension(TokenDao.class, dao -> dao.findLive(name.value()))
        .map(JdbiTokenStore::token);
  }

  @Override
  public List<ApiToken> page(boolean includeRevoked, TokenName afterName, long afterId, int limit) {
    return jdbi
        .withExtension(
            TokenDao.class,
            dao ->
                dao.page(
                    includeRevoked, afterName == null ? null : afterName.value(), afterId, limit))
        .stream()
        .map(JdbiTokenStore::token)
        .toList();
  }

  @Override
  public Optional<Revoked> revoke(TokenName name, Instant at) {
    return jdbi.withExtension(TokenDao.class, dao -> dao.revoke(name.value(), at))
        .map(r -> new Revoked(token(r), TokenHash.fromBytes(r.secretHash())));
  }

  @Override
  public void touch(long id, Instant at, Instant staleBefore) {
    jdbi.useExtension(TokenDao.class, dao -> dao.touch(id, at, staleBefore));
  }

  private static ApiToken token(TokenRow r) {
    return new ApiToken(
        r.id(),
        TokenName.of(r.name()),
        Role.parse(r.role())
            .orElseThrow(() -> new IllegalStateException("api_token " + r.id() + ": bad role")),
        new TreeSet<>(Arrays.stream(r.teams()).map(TeamName::of).toList()),
        r.createdAt(),
        r.createdBy(),
        Optional.ofNullable(r.expiresAt()),
        Optional.ofNullable(r.lastUsedAt()),
        Optional.ofNullable(r.revokedAt()));
  }
}
