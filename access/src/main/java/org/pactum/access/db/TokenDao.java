package org.pactum.access.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** API tokens, in {@code access.api_token}. */
@RegisterConstructorMapper(TokenRow.class)
public interface TokenDao {
  @SqlQuery(
      """
      insert into access.api_token
        (name, role, teams, secret_hash, created_at, created_by, expires_at)
      values (:name, :role, :teams, :hash, :createdAt, :createdBy, :expiresAt)
      returning *
      """)
  TokenRow insert(
      @Bind("name") String name,
      @Bind("role") String role,
      @Bind("teams") String[] teams,
      @Bind("hash") byte[] secretHash,
      @Bind("createdAt") Instant createdAt,
      @Bind("createdBy") String createdBy,
      @Bind("expiresAt") Instant expiresAt);

  @SqlQuery("select * from access.api_token where secret_hash = :hash")
  Optional<TokenRow> findByHash(@Bind("hash") byte[] secretHash);

  @SqlQuery("select * from access.api_token where name = :name and revoked_at is null")
  Optional<TokenRow> findLive(@Bind("name") String name);

  /** A keyset page by name, then id: the tokens after {@code (afterName, afterId)}. */
  @SqlQuery(
      """
      select * from access.api_token
      where (:all or revoked_at is null)
        and (cast(:afterName as text) is null or (name, id) > (:afterName, :afterId))
      order by name, id
      limit :limit
      """)
  List<TokenRow> page(
      @Bind("all") boolean includeRevoked,
      @Bind("afterName") String afterName,
      @Bind("afterId") long afterId,
      @Bind("limit") int limit);

  @SqlQuery(
      """
      update access.api_token set revoked_at = :at
      where name = :name and revoked_at is null
      returning *
      """)
  Optional<TokenRow> revoke(@Bind("name") String name, @Bind("at") Instant at);

  @SqlUpdate(
      """
      update access.api_token set last_used_at = :at
      where id = :id and (last_used_at is null or last_used_at < :staleBefore)
      """)
  int touch(@Bind("id") long id, @Bind("at") Instant at, @Bind("staleBefore") Instant staleBefore);
}
