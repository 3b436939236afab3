package org.pactum.access.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The audit trail, in {@code access.audit_event}. */
@RegisterConstructorMapper(AuditRow.class)
public interface AuditDao {
  /** Appends wait for each other (the chain stays linear); readers do not wait. */
  @SqlUpdate("lock table access.audit_event in exclusive mode")
  void lockForAppend();

  @SqlQuery("select * from access.audit_event order by seq desc limit 1")
  Optional<AuditRow> last();

  @SqlUpdate(
      """
      insert into access.audit_event
        (seq, occurred_at, principal, role, action, target, status, outcome, source, request_id,
         prev_hash, hash)
      values
        (:seq, :occurredAt, :principal, :role, :action, :target, :status, :outcome, :source,
         :requestId, :prevHash, :hash)
      """)
  void insert(@BindMethods AuditRow row);

  /** Matching rows, newest first, below {@code beforeSeq} (0: from the newest). */
  @SqlQuery(
      """
      select * from access.audit_event
      where (:beforeSeq = 0 or seq < :beforeSeq)
        and (cast(:principal as text) is null or principal = :principal)
        and (cast(:action as text) is null or action = :action)
        and (cast(:outcome as text) is null or outcome = :outcome)
        and (cast(:since as timestamptz) is null or occurred_at >= :since)
        and (cast(:until as timestamptz) is null or occurred_at < :until)
      order by seq desc
      limit :limit
      """)
  List<AuditRow> list(
      @Bind("principal") String principal,
      @Bind("action") String action,
      @Bind("outcome") String outcome,
      @Bind("since") Instant since,
      @Bind("until") Instant until,
      @Bind("beforeSeq") long beforeSeq,
      @Bind("limit") int limit);

  /** The chain in order, a page at a time, after {@code afterSeq}. */
  @SqlQuery("select * from access.audit_event where seq > :after order by seq limit :limit")
  List<AuditRow> chain(@Bind("after") long afterSeq, @Bind("limit") int limit);
}
