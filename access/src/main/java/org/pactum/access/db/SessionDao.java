package org.pactum.access.db;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** UI sessions, in {@code access.ui_session}. */
@RegisterConstructorMapper(SessionRow.class)
public interface SessionDao {
  @SqlUpdate(
      """
      insert into access.ui_session
        (secret_hash, principal, kind, role, teams, signed_in_by, token_id,
         created_at, last_seen_at, expires_at)
      values (:hash, :principal, :kind, :role, :teams, :method, :tokenId,
              :now, :now, :expiresAt)
      """)
  void insert(
      @Bind("hash") byte[] hash,
      @Bind("principal") String principal,
      @Bind("kind") String kind,
      @Bind("role") String role,
      @Bind("teams") String[] teams,
      @Bind("method") String method,
      @Bind("tokenId") Long tokenId,
      @Bind("now") Instant now,
      @Bind("expiresAt") Instant expiresAt);

  /** The session of this hash if it is live, its API token (if any) still good. */
  @SqlQuery(
      """
      select s.id, s.principal, s.kind, s.role, s.teams, s.expires_at
      from access.ui_session s
      left join access.api_token t on t.id = s.token_id
      where s.secret_hash = :hash
        and s.ended_at is null
        and s.expires_at > :now
        and s.last_seen_at > :idleSince
        and (s.token_id is null
             or (t.revoked_at is null and (t.expires_at is null or t.expires_at > :now)))
      """)
  Optional<SessionRow> findLive(
      @Bind("hash") byte[] hash, @Bind("now") Instant now, @Bind("idleSince") Instant idleSince);

  @SqlUpdate(
      """
      update access.ui_session set last_seen_at = :at
      where id = :id and last_seen_at < :staleBefore
      """)
  int touch(@Bind("id") long id, @Bind("at") Instant at, @Bind("staleBefore") Instant staleBefore);

  @SqlUpdate(
      """
      update access.ui_session set ended_at = :at
      where secret_hash = :hash and ended_at is null
      """)
  int end(@Bind("hash") byte[] hash, @Bind("at") Instant at);

  @SqlUpdate(
      """
      delete from access.ui_session
      where coalesce(least(ended_at, expires_at), expires_at) < :before
      """)
  int purge(@Bind("before") Instant before);
}
