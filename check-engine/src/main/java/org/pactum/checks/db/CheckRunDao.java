package org.pactum.checks.db;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Runs, in {@code checks.check_run}: started and finished runs, queued runs and their recovery, and
 * listings (keyset pages, newest first).
 */
@RegisterConstructorMapper(RunRow.class)
public interface CheckRunDao {
  String COLUMNS =
      """
      run_id, contract_id, contract_version, contract_semver, dataset, datasource, trigger,
      load_id, scope_params::text as scope_params, status, queued_at, started_at, finished_at, error
      """;

  /**
   * Inserts a run, or resets an existing one with the same id (a repeated run id); a queued run's
   * {@code queued_at} stays.
   */
  @SqlUpdate(
      """
      insert into checks.check_run
        (run_id, contract_id, contract_version, contract_semver, dataset, datasource, trigger,
         load_id, scope_params, status, started_at, finished_at, error)
      values
        (:r.runId, :r.contractId, :r.contractVersion, :r.contractSemver, :r.dataset, :r.datasource,
         :r.trigger, :r.loadId, cast(:r.scopeParams as jsonb), :r.status, :r.startedAt,
         :r.finishedAt, :r.error)
      on conflict (run_id) do update set
        contract_id = excluded.contract_id, contract_version = excluded.contract_version,
        contract_semver = excluded.contract_semver, dataset = excluded.dataset,
        datasource = excluded.datasource, trigger = excluded.trigger, load_id = excluded.load_id,
        scope_params = excluded.scope_params, status = excluded.status,
        started_at = excluded.started_at, finished_at = excluded.finished_at, error = excluded.error
      """)
  void upsert(@BindMethods("r") RunRow run);

  /** Records a run as queued, or resets a finished run with the same id to queued. */
  @SqlUpdate(
      """
      insert into checks.check_run
        (run_id, contract_id, contract_version, contract_semver, dataset, datasource, trigger,
         load_id, scope_params, status, queued_at, started_at, finished_at, error)
      values
        (:r.runId, :r.contractId, :r.contractVersion, :r.contractSemver, :r.dataset, :r.datasource,
         :r.trigger, :r.loadId, cast(:r.scopeParams as jsonb), 'QUEUED', :r.queuedAt, null, null,
         null)
      on conflict (run_id) do update set
        contract_id = excluded.contract_id, contract_version = excluded.contract_version,
        contract_semver = excluded.contract_semver, dataset = excluded.dataset,
        datasource = excluded.datasource, trigger = excluded.trigger, load_id = excluded.load_id,
        scope_params = excluded.scope_params, status = 'QUEUED', queued_at = excluded.queued_at,
        started_at = null, finished_at = null, error = null
      """)
  void queue(@BindMethods("r") RunRow run);

  @SqlUpdate(
      """
      update checks.check_run
         set status = 'ERROR', error = :message, finished_at = :at
       where status = 'QUEUED' or (status = 'RUNNING' and trigger in (<abandonedWhenRunning>))
      """)
  int abandonUnfinished(
      @Bind("message") String message,
      @Bind("at") OffsetDateTime at,
      @BindList("abandonedWhenRunning") List<String> abandonedWhenRunning);

  /** The metric observations of a contract's finished runs (before those runs are deleted). */
  @SqlUpdate(
      """
      delete from checks.metric_value
       where run_id in (select run_id from checks.check_run
                         where contract_id = :id and status not in ('QUEUED', 'RUNNING'))
      """)
  int deleteFinishedRunMetrics(@Bind("id") String contractId);

  /** A contract's finished runs; their results go with them ({@code on delete cascade}). */
  @SqlUpdate(
      "delete from checks.check_run where contract_id = :id and status not in ('QUEUED',"
          + " 'RUNNING')")
  int deleteFinishedRuns(@Bind("id") String contractId);

  @SqlQuery("select " + COLUMNS + " from checks.check_run where run_id = :id")
  Optional<RunRow> find(@Bind("id") String runId);

  /** Each given contract's newest run (by start, or by acceptance while queued). */
  @SqlQuery(
      "select distinct on (contract_id) "
          + COLUMNS
          + """
           from checks.check_run
          where contract_id = any(cast(:contracts as text[]))
          order by contract_id, coalesce(started_at, queued_at) desc, run_id desc
          """)
  List<RunRow> latestOf(@Bind("contracts") String[] contractIds);

  @SqlQuery(
      "select "
          + COLUMNS
          + """
           from checks.check_run
          where (cast(:contract as text) is null or contract_id = :contract)
            and (cast(:status as text) is null or status = :status)
            and (cast(:since as timestamptz) is null
                 or coalesce(started_at, queued_at) >= cast(:since as timestamptz))
            and (cast(:afterAt as timestamptz) is null
                 or (coalesce(started_at, queued_at), run_id)
                    < (cast(:afterAt as timestamptz), cast(:afterId as text)))
          order by coalesce(started_at, queued_at) desc, run_id desc
          limit :limit
          """)
  List<RunRow> list(
      @Bind("contract") String contractId,
      @Bind("status") String status,
      @Bind("since") OffsetDateTime since,
      @Bind("afterAt") OffsetDateTime afterAt,
      @Bind("afterId") String afterId,
      @Bind("limit") int limit);
}
