package org.pactum.checks.db;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.pactum.checks.core.CheckOutcome;
import org.pactum.checks.core.MetricKey;
import org.pactum.checks.core.MetricObservation;
import org.pactum.checks.core.ResultLog;
import org.pactum.checks.core.Run;
import org.pactum.checks.core.RunQueueLog;
import org.pactum.checks.core.Trigger;
import org.pactum.checks.learn.BaselineApproval;
import org.pactum.checks.learn.BaselineResetLog;
import org.pactum.checks.learn.MetricHistory;
import org.pactum.checks.learn.StoredMetric;

/**
 * The result log and metric history over PostgreSQL schema {@code checks}. Finishing a run writes
 * the run, its results and its metrics in one transaction, after removing whatever an earlier run
 * with the same id left: a repeated run id replaces, never duplicates.
 */
public final class JdbiCheckStore
    implements ResultLog, MetricHistory, RunQueueLog, BaselineResetLog {
  private final Jdbi jdbi;
  private final Json json = new Json();
  private final RunRows runs = new RunRows(json);

  public JdbiCheckStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * Forgets a contract deleted for good: its finished runs, their results and metric observations.
   * A run still queued or running finishes and stays. Joins the caller's transaction when one is
   * open on this {@link Jdbi}.
   *
   * @return the runs deleted
   */
  public int forgetContract(String contractId) {
    CheckRunDao dao = jdbi.onDemand(CheckRunDao.class);
    dao.deleteFinishedRunMetrics(contractId);
    return dao.deleteFinishedRuns(contractId);
  }

  @Override
  public void runStarted(Run run) {
    String runId = run.id().value();
    jdbi.useTransaction(
        h -> {
          h.attach(CheckRunDao.class).upsert(runs.row(run));
          h.attach(CheckResultDao.class).deleteRun(runId);
          h.attach(MetricValueDao.class).deleteRun(runId);
        });
  }

  @Override
  public void runFinished(
      Run run,
      List<CheckOutcome> results,
      List<MetricObservation> metrics,
      Instant metricsObservedAt) {
    String runId = run.id().value();
    OffsetDateTime at = metricsObservedAt.atOffset(ZoneOffset.UTC);
    jdbi.useTransaction(
        h -> {
          h.attach(CheckRunDao.class).upsert(runs.row(run));
          CheckResultDao resultDao = h.attach(CheckResultDao.class);
          MetricValueDao metricDao = h.attach(MetricValueDao.class);
          resultDao.deleteRun(runId);
          metricDao.deleteRun(runId);
          resultDao.insertAll(results.stream().map(r -> row(runId, r)).toList());
          Set<String> outliers = AnomalyFlags.outliers(results);
          metricDao.insertAll(
              metrics.stream()
                  .map(
                      m ->
                          new MetricValueRow(
                              run.datasetText(),
                              m.metric(),
                              m.column(),
                              m.value(),
                              m.detail().isEmpty() ? null : json.write(m.detail()),
                              runId,
                              at,
                              outliers.contains(AnomalyFlags.key(m.metric(), m.column()))))
                  .toList());
        });
  }

  @Override
  public void runQueued(Run run) {
    String runId = run.id().value();
    jdbi.useTransaction(
        h -> {
          h.attach(CheckRunDao.class).queue(runs.row(run));
          h.attach(CheckResultDao.class).deleteRun(runId);
          h.attach(MetricValueDao.class).deleteRun(runId);
        });
  }

  @Override
  public int abandonUnfinished(String message, Instant at) {
    return jdbi.withExtension(
        CheckRunDao.class,
        d ->
            d.abandonUnfinished(
                message,
                at.atOffset(ZoneOffset.UTC),
                Arrays.stream(Trigger.values())
                    .filter(Trigger::abandonedWhenRunningAtRestart)
                    .map(Trigger::wire)
                    .toList()));
  }

  @Override
  public int observationCount(String dataset, String metric, String column, String excludeRunId) {
    return jdbi.withExtension(
        MetricValueDao.class,
        d -> d.countSinceReset(dataset, metric, column, excludeRunId == null ? "" : excludeRunId));
  }

  @Override
  public List<StoredMetric> recent(
      String dataset, String metric, String column, int limit, String excludeRunId) {
    return jdbi
        .withExtension(
            MetricValueDao.class,
            d ->
                d.recentSinceReset(
                    dataset, metric, column, limit, excludeRunId == null ? "" : excludeRunId))
        .stream()
        .map(
            r ->
                new StoredMetric(
                    r.runId(),
                    r.value(),
                    json.readMap(r.detail()),
                    r.observedAt().toInstant(),
                    r.anomalous()))
        .toList();
  }

  @Override
  public List<StoredMetric> recentBefore(
      String dataset,
      String metric,
      String column,
      int limit,
      String excludeRunId,
      Instant before) {
    return jdbi
        .withExtension(
            MetricValueDao.class,
            d ->
                d.recentSinceResetBefore(
                    dataset,
                    metric,
                    column,
                    limit,
                    excludeRunId == null ? "" : excludeRunId,
                    before.atOffset(ZoneOffset.UTC)))
        .stream()
        .map(this::stored)
        .toList();
  }

  private StoredMetric stored(MetricValueRow r) {
    return new StoredMetric(
        r.runId(), r.value(), json.readMap(r.detail()), r.observedAt().toInstant(), r.anomalous());
  }

  @Override
  public Optional<BaselineApproval> latestReset(String dataset, String metric, String column) {
    return jdbi.withExtension(BaselineResetDao.class, d -> d.latest(dataset, metric, column))
        .map(
            r ->
                new BaselineApproval(
                    r.approvedBy(), r.approvedAt().toInstant(), r.reason(), r.fromRun()));
  }

  /**
   * Records an approved baseline reset of each metric: training restarts at {@code fromRun}'s
   * observation time (when given and stored for the dataset) or at the approval.
   *
   * @return false when {@code fromRun} is given but has no stored metrics for the dataset
   */
  @Override
  public boolean resetBaseline(
      String dataset,
      List<MetricKey> metrics,
      String approvedBy,
      String reason,
      String fromRun,
      Instant approvedAt) {
    return jdbi.inTransaction(
        h -> {
          OffsetDateTime approved = approvedAt.atOffset(ZoneOffset.UTC);
          OffsetDateTime starts = approved;
          if (fromRun != null) {
            Optional<OffsetDateTime> at =
                h.attach(MetricValueDao.class).observedAt(fromRun, dataset);
            if (at.isEmpty()) {
              return false;
            }
            starts = at.get();
          }
          BaselineResetDao dao = h.attach(BaselineResetDao.class);
          MetricValueDao values = h.attach(MetricValueDao.class);
          for (MetricKey k : metrics) {
            dao.insert(
                new BaselineResetRow(
                    dataset,
                    k.metric(),
                    k.column(),
                    reason,
                    approvedBy,
                    approved,
                    fromRun,
                    starts));
            // Loads from the restart on are the new normal, not outliers of the old baseline.
            values.clearAnomalous(dataset, k.metric(), k.column(), starts);
          }
          return true;
        });
  }

  private CheckResultRow row(String runId, CheckOutcome o) {
    Double observed = o.observedValue();
    if (observed != null && (observed.isNaN() || observed.isInfinite())) {
      observed = null; // kept readable in observed_text instead
    }
    String text =
        o.observedText() == null && o.observedValue() != null && observed == null
            ? o.observedValue().toString()
            : o.observedText();
    return new CheckResultRow(
        runId,
        o.checkName(),
        o.checkType().yamlName(),
        o.column(),
        o.status().name(),
        observed,
        text,
        json.write(o.thresholds()),
        o.message(),
        o.failedRowsSample().isEmpty() ? null : json.write(o.failedRowsSample()),
        o.position());
  }
}
