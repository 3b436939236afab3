package org.pactum.access.core;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pactum.api.auth.TokenHash;

/** Where tokens are kept ({@code db} implements it): rows, and only the hash of a secret. */
public interface TokenStore {
  /**
   * Stores a new token.
   *
   * @throws AccessException {@link AccessException.Reason#NAME_TAKEN} when a token of that name is
   *     not revoked
   */
  ApiToken insert(TokenRequest request, TokenHash hash, Instant createdAt, String createdBy);

  /** The token whose secret has this hash (revoked or not). */
  Optional<ApiToken> findByHash(TokenHash hash);

  /** The token of this name that is not revoked. */
  Optional<ApiToken> findLive(TokenName name);

  /**
   * Tokens ordered by name then id, after the given position (null: from the start).
   *
   * @param includeRevoked whether revoked tokens are listed too
   */
  List<ApiToken> page(boolean includeRevoked, TokenName afterName, long afterId, int limit);

  /** Revokes the live token of this name; answers it as revoked, with its hash. */
  Optional<Revoked> revoke(TokenName name, Instant at);

  /**
   * Records a use: sets {@code last_used_at} when it is unset or older than {@code staleBefore} (so
   * a busy token is written at most once a minute).
   */
  void touch(long id, Instant at, Instant staleBefore);

  /** A token just revoked, and its hash (to forget it in caches). */
  record Revoked(ApiToken token, TokenHash hash) {}
}
