package org.pactum.lineage.erasure.db;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The audit chain, in {@code privacy.audit_event}. */
@RegisterConstructorMapper(AuditEventRow.class)
public interface AuditEventDao {
  String COLUMNS =
      "seq, request_id, event_type, occurred_at, detail::text as detail, prev_hash, hash";

  /** Serialises appends: held until the appending transaction ends; readers are not blocked. */
  @SqlUpdate("lock table privacy.audit_event in exclusive mode")
  void lockForAppend();

  @SqlQuery("select " + COLUMNS + " from privacy.audit_event order by seq desc limit 1")
  Optional<AuditEventRow> last();

  @SqlUpdate(
      """
      insert into privacy.audit_event
        (seq, request_id, event_type, occurred_at, detail, prev_hash, hash)
      values (:e.seq, cast(:e.requestId as uuid), :e.eventType, :e.occurredAt, cast(:e.detail as jsonb),
              :e.prevHash, :e.hash)
      """)
  void insert(@BindMethods("e") AuditEventRow row);

  @SqlQuery("select " + COLUMNS + " from privacy.audit_event where request_id = :id order by seq")
  List<AuditEventRow> forRequest(@Bind("id") UUID requestId);

  @SqlQuery(
      "select " + COLUMNS + " from privacy.audit_event where seq > :after order by seq limit :n")
  List<AuditEventRow> page(@Bind("after") long afterSeq, @Bind("n") int limit);
}
