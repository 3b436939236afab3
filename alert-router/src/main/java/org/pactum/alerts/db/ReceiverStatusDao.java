package org.pactum.alerts.db;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Receivers marked misconfigured (a permanent 4xx), in {@code alerts.receiver_status}. */
@RegisterConstructorMapper(ReceiverStatusRow.class)
public interface ReceiverStatusDao {
  @SqlUpdate(
      """
      insert into alerts.receiver_status (receiver, misconfigured, status_code, detail, updated_at)
      values (:receiver, :bad, :code, :detail, :at)
      on conflict (receiver) do update set misconfigured = excluded.misconfigured,
        status_code = excluded.status_code, detail = excluded.detail, updated_at = excluded.updated_at
      """)
  void upsert(
      @Bind("receiver") String receiver,
      @Bind("bad") boolean misconfigured,
      @Bind("code") Integer statusCode,
      @Bind("detail") String detail,
      @Bind("at") Instant at);

  @SqlQuery("select * from alerts.receiver_status order by receiver")
  List<ReceiverStatusRow> all();

  @SqlQuery("select receiver from alerts.receiver_status where misconfigured")
  List<String> misconfigured();
}
