package org.pactum.checks.db;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Runs, in {@code checks.check_run}. */
@RegisterConstructorMapper(CheckRunRow.class)
public interface CheckRunDao {
  String COLUMNS =
      """
      run_id, contract_id, contract_version, contract_semver, dataset, datasource, trigger,
      load_id, scope_params::text as scope_params, status, started_at, finished_at, error
      """;

  /** Inserts a run, or resets an existing one with the same id (a repeated run id). */
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
  void upsert(@BindMethods("r") CheckRunRow run);

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
  Optional<CheckRunRow> find(@Bind("id") String runId);

  @SqlQuery(
      "select "
          + COLUMNS
          + " from checks.check_run where contract_id = :id order by started_at desc limit :limit")
  List<CheckRunRow> recentForContract(@Bind("id") String contractId, @Bind("limit") int limit);
}
