package org.pactum.lineage.erasure.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Requests, in {@code privacy.erasure_request}. */
@RegisterConstructorMapper(RequestRow.class)
public interface ErasureRequestDao {
  String COLUMNS =
      """
      request_id, subject_type, subject_hmac, requested_by, legal_basis, status, status_reason,
      received_at, due_at, finished_at
      """;

  @SqlUpdate(
      """
      insert into privacy.erasure_request
        (request_id, subject_type, subject_hmac, requested_by, legal_basis, status, status_reason,
         received_at, due_at, finished_at)
      values
        (:r.requestId, :r.subjectType, :r.subjectHmac, :r.requestedBy, :r.legalBasis, :r.status,
         :r.statusReason, :r.receivedAt, :r.dueAt, :r.finishedAt)
      """)
  void insert(@BindMethods("r") RequestRow row);

  @SqlQuery("select " + COLUMNS + " from privacy.erasure_request where request_id = :id")
  Optional<RequestRow> find(@Bind("id") UUID id);

  /**
   * A keyset page of requests, newest first (ties by request id, ascending): those after {@code
   * (afterReceived, afterId)} in that order, or from the start when {@code afterReceived} is null.
   */
  @SqlQuery(
      """
      select * from privacy.erasure_request
      where (cast(:status as text) is null or status = :status)
        and (cast(:overdueAt as timestamptz) is null
             or (status <> 'COMPLETED' and due_at < :overdueAt))
        and (cast(:afterReceived as timestamptz) is null
             or received_at < cast(:afterReceived as timestamptz)
             or (received_at = cast(:afterReceived as timestamptz)
                 and request_id > cast(:afterId as uuid)))
      order by received_at desc, request_id
      limit :limit
      """)
  List<RequestRow> list(
      @Bind("status") String status,
      @Bind("overdueAt") Instant overdueAt,
      @Bind("afterReceived") Instant afterReceived,
      @Bind("afterId") UUID afterId,
      @Bind("limit") int limit);

  @SqlUpdate(
      """
      update privacy.erasure_request set status = 'EXECUTING', status_reason = null
      where request_id = :id and status in (<from>)
      """)
  int claim(@Bind("id") UUID id, @BindList("from") Set<String> from);

  @SqlUpdate(
      """
      update privacy.erasure_request
      set status = :status, status_reason = :reason, finished_at = :at
      where request_id = :id
      """)
  void finish(
      @Bind("id") UUID id,
      @Bind("status") String status,
      @Bind("reason") String reason,
      @Bind("at") Instant at);

  @SqlQuery(
      """
      update privacy.erasure_request set status = 'INTERRUPTED', status_reason = :reason
      where status in ('RECEIVED', 'EXECUTING')
      returning request_id
      """)
  List<UUID> interruptAbandoned(@Bind("reason") String reason);
}
