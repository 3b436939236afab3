package org.pactum.alerts.db;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Incident state changes, in {@code alerts.incident_transition}. */
@RegisterConstructorMapper(TransitionRow.class)
public interface TransitionDao {
  @SqlUpdate(
      """
      insert into alerts.incident_transition (incident_id, from_state, to_state, reason, run_id, at)
      values (:incident, :from, :to, :reason, :run, :at)
      """)
  void insert(
      @Bind("incident") long incidentId,
      @Bind("from") String from,
      @Bind("to") String to,
      @Bind("reason") String reason,
      @Bind("run") String runId,
      @Bind("at") Instant at);

  @SqlQuery("select * from alerts.incident_transition where incident_id = :id order by id")
  List<TransitionRow> forIncident(@Bind("id") long incidentId);
}
