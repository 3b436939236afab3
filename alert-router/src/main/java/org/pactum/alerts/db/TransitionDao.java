package org.pactum.alerts.db;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Incident state changes, in {@code alerts.incident_transition}. */
@RegisterConstructorMapper(TransitionRow.class)
public interface TransitionDao {
  @SqlBatch(
      """
      insert into alerts.incident_transition (incident_id, from_state, to_state, reason, run_id, at)
      values (:incident, :from, :to, :reason, :run, :at)
      """)
  void insertAll(
      @Bind("incident") List<Long> incidentIds,
      @Bind("from") List<String> from,
      @Bind("to") List<String> to,
      @Bind("reason") List<String> reasons,
      @Bind("run") List<String> runIds,
      @Bind("at") List<Instant> at);

  @SqlQuery("select * from alerts.incident_transition where incident_id = :id order by id")
  List<TransitionRow> forIncident(@Bind("id") long incidentId);
}
