package org.pactum.alerts.db;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Delivery attempts, in {@code alerts.delivery_attempt}. */
@RegisterConstructorMapper(AttemptRow.class)
public interface AttemptDao {
  @SqlUpdate(
      """
      insert into alerts.delivery_attempt
        (notification_id, attempted_at, status_code, latency_ms, outcome, response_excerpt, error)
      values (:n, :at, :code, :latency, :outcome, :excerpt, :error)
      """)
  void insert(
      @Bind("n") long notificationId,
      @Bind("at") Instant at,
      @Bind("code") Integer statusCode,
      @Bind("latency") long latencyMs,
      @Bind("outcome") String outcome,
      @Bind("excerpt") String excerpt,
      @Bind("error") String error);

  @SqlQuery(
      """
      select a.* from alerts.delivery_attempt a
      where a.notification_id = any(:ids) order by a.notification_id, a.id
      """)
  List<AttemptRow> forNotifications(@Bind("ids") Long[] notificationIds);
}
