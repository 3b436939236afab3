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

/** Incidents, in {@code alerts.incident}. */
@RegisterConstructorMapper(IncidentRow.class)
public interface IncidentDao {
  @SqlBatch(
      """
      insert into alerts.incident
        (contract_id, check_name, dataset, team, dedup_key,
         state,
         consecutive_failures, consecutive_passes, errored,
         paged,
         opened_at, updated_at, resolved_at, acknowledged_at, acknowledged_by, last_notified_at,
         last_run_id, summary, link,
         receivers, critical_after, resolve_after, repeat_interval_seconds)
      values
        (:r.identity.contractId, :r.identity.checkName, :r.identity.dataset, :r.identity.team,
         :r.identity.dedupKey,
         :r.state,
         :r.streak.consecutiveFailures, :r.streak.consecutivePasses, :r.streak.errored,
         :r.paged,
         :r.timeline.openedAt, :r.timeline.updatedAt, :r.timeline.resolvedAt,
         :r.timeline.acknowledgedAt, :r.timeline.acknowledgedBy, :r.timeline.lastNotifiedAt,
         :r.lastRun.lastRunId, :r.lastRun.summary, :r.lastRun.link,
         :r.routing.receivers, :r.routing.criticalAfter, :r.routing.resolveAfter,
         :r.routing.repeatIntervalSeconds)
      """)
  @GetGeneratedKeys("id")
  long[] insertAll(@BindMethods("r") List<IncidentRow> rows);

  /** Identity and routing are fixed when an incident opens: an update leaves them. */
  @SqlBatch(
      """
      update alerts.incident set
        state = :r.state,
        consecutive_failures = :r.streak.consecutiveFailures,
        consecutive_passes = :r.streak.consecutivePasses,
        errored = :r.streak.errored,
        paged = :r.paged,
        updated_at = :r.timeline.updatedAt,
        resolved_at = :r.timeline.resolvedAt,
        acknowledged_at = :r.timeline.acknowledgedAt,
        acknowledged_by = :r.timeline.acknowledgedBy,
        last_notified_at = :r.timeline.lastNotifiedAt,
        last_run_id = :r.lastRun.lastRunId, summary = :r.lastRun.summary, link = :r.lastRun.link
      where id = :r.id
      """)
  int[] updateAll(@BindMethods("r") List<IncidentRow> rows);

  @SqlQuery("select * from alerts.incident where id = :id")
  Optional<IncidentRow> find(@Bind("id") long id);

  @SqlQuery("select * from alerts.incident where state <> 'RESOLVED' order by id")
  List<IncidentRow> open();

  @SqlQuery(
      """
      select * from alerts.incident
      where state <> 'RESOLVED' and contract_id = any(:contracts)
      order by id
      """)
  List<IncidentRow> openFor(@Bind("contracts") String[] contracts);

  /**
   * A keyset page of incidents, latest change first (ties by id, descending): those after {@code
   * (afterUpdated, afterId)} in that order, or from the start when {@code afterUpdated} is null.
   */
  @SqlQuery(
      """
      select * from alerts.incident
      where (cast(:state as text) is null or state = :state)
        and (not :openOnly or state <> 'RESOLVED')
        and (cast(:afterUpdated as timestamptz) is null
             or (updated_at, id) < (cast(:afterUpdated as timestamptz), :afterId))
      order by updated_at desc, id desc limit :limit
      """)
  List<IncidentRow> list(
      @Bind("state") String state,
      @Bind("openOnly") boolean openOnly,
      @Bind("afterUpdated") Instant afterUpdated,
      @Bind("afterId") long afterId,
      @Bind("limit") int limit);

  /** Open incidents first (critical before warning), then by latest change. */
  @SqlQuery(
      """
      select * from alerts.incident
      where (cast(:state as text) is null or state = :state)
        and (not :openOnly or state <> 'RESOLVED')
      order by case state when 'CRITICAL' then 0 when 'WARNING' then 1 else 2 end,
               updated_at desc, id desc
      limit :limit
      """)
  List<IncidentRow> listOpenFirst(
      @Bind("state") String state, @Bind("openOnly") boolean openOnly, @Bind("limit") int limit);
}
