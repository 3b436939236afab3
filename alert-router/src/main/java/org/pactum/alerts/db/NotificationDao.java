package org.pactum.alerts.db;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The outbox, in {@code alerts.notification} and {@code alerts.notification_incident}. */
@RegisterConstructorMapper(NotificationRow.class)
public interface NotificationDao {
  String COLUMNS =
      """
      id, receiver, kind, event, ordering_key, dedup_key, payload::text as payload, status, reason,
      attempts, next_attempt_at, created_at, finished_at
      """;

  /** A new outbox row. */
  record NewRow(
      String receiver,
      String kind,
      String event,
      String orderingKey,
      String dedupKey,
      String payload,
      String status,
      String reason) {}

  /** Inserts rows in one batch; returns their ids, in order. */
  @SqlBatch(
      """
      insert into alerts.notification
        (receiver, kind, event, ordering_key, dedup_key, payload, status, reason, next_attempt_at,
         created_at, finished_at)
      values
        (:n.receiver, :n.kind, :n.event, :n.orderingKey, :n.dedupKey, cast(:n.payload as jsonb),
         :n.status, :n.reason, :at, :at,
         case when :n.status = 'PENDING' then null else cast(:at as timestamptz) end)
      """)
  @GetGeneratedKeys("id")
  long[] insertAll(@BindMethods("n") List<NewRow> rows, @Bind("at") Instant at);

  @SqlBatch(
      "insert into alerts.notification_incident (notification_id, incident_id) values (:n, :i)")
  void link(@Bind("n") List<Long> notificationIds, @Bind("i") List<Long> incidentIds);

  /**
   * The head (oldest pending) notification of every ordering key, when it is due and its key is not
   * busy: later notifications of a key wait for the head to finish, so order holds under retries.
   */
  @SqlQuery(
      "select "
          + COLUMNS
          + """
          from alerts.notification n
          where status = 'PENDING' and next_attempt_at <= :now and not (ordering_key = any(:busy))
            and not exists (
              select 1 from alerts.notification p
              where p.status = 'PENDING' and p.ordering_key = n.ordering_key and p.id < n.id)
          order by id
          limit :limit
          """)
  List<NotificationRow> dueHeads(
      @Bind("now") Instant now, @Bind("busy") String[] busy, @Bind("limit") int limit);

  @SqlQuery("select min(next_attempt_at) from alerts.notification where status = 'PENDING'")
  Instant nextDue();

  @SqlUpdate(
      """
      update alerts.notification set status = :status, reason = :reason, attempts = attempts + :counted,
        finished_at = :at
      where id = :id and status = 'PENDING'
      """)
  int finish(
      @Bind("id") long id,
      @Bind("status") String status,
      @Bind("reason") String reason,
      @Bind("counted") int countedAttempts,
      @Bind("at") Instant at);

  @SqlUpdate(
      """
      update alerts.notification set attempts = attempts + :counted, next_attempt_at = :next,
        reason = :reason
      where id = :id and status = 'PENDING'
      """)
  int reschedule(
      @Bind("id") long id,
      @Bind("counted") int countedAttempts,
      @Bind("next") Instant next,
      @Bind("reason") String reason);

  @SqlQuery(
      "select "
          + COLUMNS
          + """
          from alerts.notification n
          where exists (select 1 from alerts.notification_incident l
                        where l.notification_id = n.id and l.incident_id = :id)
          order by id
          """)
  List<NotificationRow> forIncident(@Bind("id") long incidentId);

  @SqlQuery("select " + COLUMNS + " from alerts.notification where id = :id")
  Optional<NotificationRow> find(@Bind("id") long id);

  @SqlQuery("select " + COLUMNS + " from alerts.notification order by id")
  List<NotificationRow> all();

  @SqlQuery("select count(*) from alerts.notification where status = 'PENDING'")
  int pendingCount();

  /** Each of the incidents' latest notification. */
  @SqlQuery(
      """
      select distinct on (l.incident_id) l.incident_id, n.receiver, n.event, n.status,
             n.created_at, n.finished_at
      from alerts.notification_incident l join alerts.notification n on n.id = l.notification_id
      where l.incident_id = any(:ids)
      order by l.incident_id, n.id desc
      """)
  @RegisterConstructorMapper(LastNotificationRow.class)
  List<LastNotificationRow> latestFor(@Bind("ids") long[] incidentIds);
}
