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
        (contract_id, check_name, dataset, team, state, dedup_key, consecutive_failures,
         consecutive_passes, paged, errored, opened_at, updated_at, resolved_at, acknowledged_at,
         acknowledged_by, last_notified_at, last_run_id, summary, link, receivers, critical_after,
         resolve_after, repeat_interval_seconds)
      values
        (:r.contractId, :r.checkName, :r.dataset, :r.team, :r.state, :r.dedupKey,
         :r.consecutiveFailures, :r.consecutivePasses, :r.paged, :r.errored, :r.openedAt,
         :r.updatedAt, :r.resolvedAt, :r.acknowledgedAt, :r.acknowledgedBy, :r.lastNotifiedAt,
         :r.lastRunId, :r.summary, :r.link, :r.receivers, :r.criticalAfter, :r.resolveAfter,
         :r.repeatIntervalSeconds)
      """)
  @GetGeneratedKeys("id")
  long[] insertAll(@BindMethods("r") List<IncidentRow> rows);

  @SqlBatch(
      """
      update alerts.incident set
        state = :r.state, consecutive_failures = :r.consecutiveFailures,
        consecutive_passes = :r.consecutivePasses, paged = :r.paged, errored = :r.errored,
        updated_at = :r.updatedAt, resolved_at = :r.resolvedAt, acknowledged_at = :r.acknowledgedAt,
        acknowledged_by = :r.acknowledgedBy, last_notified_at = :r.lastNotifiedAt,
        last_run_id = :r.lastRunId, summary = :r.summary, link = :r.link
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
