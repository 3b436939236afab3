package org.pactum.checks.run;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.pactum.checks.core.CheckOutcome;
import org.pactum.checks.core.EngineSettings;
import org.pactum.checks.core.Histogram;
import org.pactum.checks.core.Measurements;
import org.pactum.checks.core.MetricKey;
import org.pactum.checks.core.MetricObservation;
import org.pactum.checks.core.Run;
import org.pactum.checks.core.RunListener;
import org.pactum.checks.core.RunRequest;
import org.pactum.checks.core.Status;
import org.pactum.checks.core.ValueSample;
import org.pactum.checks.judge.CheckEvaluator;
import org.pactum.checks.learn.DriftReference;
import org.pactum.checks.learn.RunMetrics;
import org.pactum.checks.plan.ColumnInfo;
import org.pactum.checks.plan.Dialect;
import org.pactum.checks.plan.Dialects;
import org.pactum.checks.plan.Fragment;
import org.pactum.checks.plan.InvalidReferenceException;
import org.pactum.checks.plan.LoadScope;
import org.pactum.checks.plan.PlanCompiler;
import org.pactum.checks.plan.PlannedQuery;
import org.pactum.checks.plan.ResolvedCheck;
import org.pactum.checks.plan.ScanPlan;
import org.pactum.checks.plan.ScopeException;
import org.pactum.checks.plan.TableRef;
import org.pactum.checks.plan.TableShape;
import org.pactum.checks.warehouse.FailedRowSampler;
import org.pactum.checks.warehouse.FailureMessages;
import org.pactum.checks.warehouse.PlanStatements;
import org.pactum.checks.warehouse.QueryFailedException;
import org.pactum.checks.warehouse.RunAborted;
import org.pactum.checks.warehouse.WarehouseSession;
import org.pactum.contracts.model.Check;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.Dataset;
import org.pactum.contracts.model.DriftCheck;
import org.pactum.contracts.model.RowCheck;
import org.pactum.contracts.model.SqlCheck;
import org.pactum.contracts.pii.PiiMasker;
import org.pactum.warehouse.FailureKind;

/** One run of one contract: connect, probe, compile, scan, judge, sample, record. */
final class CheckRun {
  private final EngineServices services;
  private final EngineSettings settings;
  private final RunRequest request;
  private final Run accepted;
  private final String runId;
  private final RunListener listener;

  private final DataContract contract;
  private final Map<String, CheckOutcome> outcomes = new HashMap<>();
  private final List<MetricObservation> metrics = new ArrayList<>();
  private ScanPlan plan;

  /**
   * @param accepted the run as the coordinator queued it, or null for a run not queued
   */
  CheckRun(EngineServices services, RunRequest request, Run accepted, RunListener listener) {
    this.services = services;
    this.settings = services.settings();
    this.request = request;
    this.accepted = accepted;
    this.runId = request.runId().value();
    this.listener = listener;
    this.contract = request.contract();
  }

  RunResult execute() {
    Instant started = services.clock().instant();
    Dataset dataset = contract.dataset();
    Run run = accepted == null ? Run.started(request, started) : accepted.started(started);
    services.log().runStarted(run);
    listener.runStarted(runId, contract.checks().size());
    Instant observedAt = request.observedAt() != null ? request.observedAt() : started;
    String runError = null;
    try {
      if (dataset == null) {
        throw new RunAborted("the contract has no dataset: there is nothing to check");
      }
      runChecks(dataset, run.datasetText(), observedAt);
    } catch (RunAborted e) {
      runError = e.getMessage();
      for (int i = 0; i < contract.checks().size(); i++) {
        Check c = contract.checks().get(i);
        if (!outcomes.containsKey(c.name())) {
          finish(CheckOutcome.error(c, i, e.getMessage()));
        }
      }
    }
    List<CheckOutcome> results = new ArrayList<>();
    for (Check c : contract.checks()) {
      results.add(outcomes.get(c.name()));
    }
    Status status = Status.PASS;
    for (CheckOutcome o : results) {
      status = status.worst(o.status());
    }
    if (runError != null) {
      status = Status.ERROR;
    }
    Instant finishedAt = services.clock().instant();
    Run finished = run.finished(status, finishedAt, runError);
    services
        .log()
        .runFinished(
            finished,
            results,
            metrics,
            request.observedAt() != null ? request.observedAt() : finishedAt);
    return new RunResult(finished, results, metrics, plan);
  }

  private void runChecks(Dataset dataset, String datasetKey, Instant now) throws RunAborted {
    DataSource source;
    try {
      source = services.datasources().apply(dataset.datasource());
    } catch (RuntimeException e) {
      source = null;
    }
    if (source == null) {
      throw new RunAborted("datasource '" + dataset.datasource() + "' is not configured");
    }
    FailureMessages messages = new FailureMessages(dataset.datasource(), dataset.table());
    try (Connection connection = source.getConnection()) {
      Dialect dialect =
          Dialects.forProduct(connection.getMetaData().getDatabaseProductName())
              .orElseThrow(
                  () ->
                      new RunAborted(
                          "datasource '"
                              + dataset.datasource()
                              + "' is neither PostgreSQL nor DuckDB; the check engine cannot"
                              + " check it"));
      WarehouseSession session = WarehouseSession.open(connection, dialect, services.timer());
      scan(session, dialect, dataset, datasetKey, now, messages);
    } catch (SQLException e) {
      throw new RunAborted(messages.unreachable());
    }
  }

  private void scan(
      WarehouseSession session,
      Dialect dialect,
      Dataset dataset,
      String datasetKey,
      Instant now,
      FailureMessages messages)
      throws RunAborted {
    TableRef table;
    Fragment scope;
    try {
      table = dialect.table(dataset.table());
      scope = LoadScope.parse(dataset.loadScope()).bind(request.params());
    } catch (InvalidReferenceException | ScopeException e) {
      throw new RunAborted(e.getMessage());
    }
    TableShape shape;
    try {
      shape = session.probe(table, settings.queryTimeout());
    } catch (QueryFailedException e) {
      throw new RunAborted(messages.describe(e.failure(), settings.queryTimeout(), false));
    }

    List<ResolvedCheck> resolved = new ArrayList<>();
    for (int i = 0; i < contract.checks().size(); i++) {
      Check c = contract.checks().get(i);
      List<ColumnInfo> columns = new ArrayList<>();
      String missing = null;
      for (String col : c.columns()) {
        Optional<ColumnInfo> info = shape.resolve(col);
        if (info.isEmpty()) {
          missing = shape.missingColumnMessage(col);
          break;
        }
        columns.add(info.get());
      }
      if (missing != null) {
        finish(CheckOutcome.error(c, i, missing));
      } else {
        resolved.add(new ResolvedCheck(c, i, columns, shape.keepsUnique(columns)));
      }
    }

    Map<String, DriftReference> references = new HashMap<>();
    Map<String, Histogram> bins = new HashMap<>();
    for (ResolvedCheck rc : resolved) {
      if (rc.check() instanceof DriftCheck d) {
        boolean categorical = PlanCompiler.categorical(d, rc.column());
        services
            .baselines()
            .driftReference(datasetKey, d, runId, categorical)
            .ifPresent(
                r -> {
                  references.put(d.name(), r);
                  if (!categorical && r.histogram() != null) {
                    bins.put(d.name(), r.histogram());
                  }
                });
      }
    }

    PlanCompiler compiler = new PlanCompiler(dialect, settings);
    PlanStatements statements = new PlanStatements(session, settings, listener, runId, messages);
    plan = compiler.compile(table, scope, resolved, bins);
    Measurements m = new Measurements();
    Map<String, String> failed = new HashMap<>();
    boolean measured = false;
    if (foldsCustomSql(plan.fused())) {
      plan.fused().checks().forEach(c -> listener.checkStarted(runId, c));
      try {
        m.putAll(session.aggregate(plan.fused(), settings.queryTimeout()));
        measured = true;
      } catch (QueryFailedException e) {
        if (e.failure().kind() == FailureKind.CONNECTION) {
          throw new RunAborted(messages.unreachable());
        }
        // a folded custom predicate is the likely culprit: give each its own statement
        compiler = compiler.unfolded();
        plan = compiler.compile(table, scope, resolved, bins);
      }
    }
    Map<String, ResolvedCheck> byName = new LinkedHashMap<>();
    for (ResolvedCheck rc : resolved) {
      if (plan.rejected().containsKey(rc.name())) {
        finish(CheckOutcome.error(rc.check(), rc.position(), plan.rejected().get(rc.name())));
      } else {
        byName.put(rc.name(), rc);
      }
    }

    if (!measured) {
      statements.fused(compiler, plan.fused(), table, scope, bins, byName, m, failed);
    }
    if (PlanCompiler.probesFoundNonFinite(plan.fused(), m)) {
      // NaN or ±Infinity in a column whose aggregates ran unguarded: measure them again, guarded.
      PlanCompiler guarded = compiler.guarded();
      PlannedQuery again =
          guarded.compile(table, scope, List.copyOf(byName.values()), bins).fused();
      again.checks().forEach(failed::remove);
      statements.fused(guarded, again, table, scope, bins, byName, m, failed);
    }
    bins.forEach(
        (name, reference) -> {
          List<Long> counts = new ArrayList<>();
          for (int i = 0; i < reference.binCount(); i++) {
            counts.add(m.count(MetricKey.bin(name, i)));
          }
          if (!failed.containsKey(name) && m.has(MetricKey.bin(name, 0))) {
            m.histogram(name, reference.withCounts(counts));
          }
        });
    for (PlannedQuery q : plan.separate()) {
      statements.separate(q, byName, m, failed);
    }
    // ks drift samples: sized by the fused scan's non-null count of the column, so planned now
    for (ResolvedCheck rc : byName.values()) {
      if (rc.check() instanceof DriftCheck d
          && PlanCompiler.samplesValues(d, rc.column())
          && !failed.containsKey(rc.name())) {
        MetricKey nonNull = MetricKey.nonNullCount(d.column());
        long values = m.has(nonNull) ? m.count(nonNull) : -1;
        sampleValues(
            session, statements, compiler, rc, table, scope, values, byName, m, failed, messages);
      }
    }

    CheckEvaluator evaluator = new CheckEvaluator(services.learned(), datasetKey, runId, now);
    FailedRowSampler sampler =
        new FailedRowSampler(
            session,
            compiler,
            table,
            scope,
            FailedRowSampler.sampleKeys(contract, shape),
            new PiiMasker(contract),
            settings.sampleSize(),
            settings.queryTimeout());
    for (ResolvedCheck rc : byName.values()) {
      if (failed.containsKey(rc.name())) {
        finish(CheckOutcome.error(rc.check(), rc.position(), failed.get(rc.name())));
        continue;
      }
      CheckOutcome o;
      try {
        o = evaluator.evaluate(rc, m, references.get(rc.name()));
      } catch (RuntimeException e) {
        o =
            CheckOutcome.error(
                rc.check(),
                rc.position(),
                "the check's result could not be read: " + e.getMessage());
      }
      if (rc.check() instanceof RowCheck
          && (o.status() == Status.FAIL || o.status() == Status.WARN)
          && settings.sampleSize() > 0) {
        o = o.withSample(sampler.sample(rc));
      }
      finish(o);
    }
    metrics.addAll(RunMetrics.collect(byName.values(), failed, m, now));
  }

  /**
   * A {@code ks} check's value sample. When the sized statement fails other than by a lost
   * connection or a timeout — PostgreSQL samples only tables and materialized views, not views —
   * the scope is read whole instead.
   */
  private void sampleValues(
      WarehouseSession session,
      PlanStatements statements,
      PlanCompiler compiler,
      ResolvedCheck rc,
      TableRef table,
      Fragment scope,
      long values,
      Map<String, ResolvedCheck> byName,
      Measurements m,
      Map<String, String> failed,
      FailureMessages messages)
      throws RunAborted {
    PlannedQuery sized = compiler.sampleValues(rc, table, scope, values);
    PlannedQuery whole = compiler.sampleValues(rc, table, scope, -1);
    plan = plan.withSeparate(sized);
    if (sized.sql().equals(whole.sql())) {
      statements.separate(sized, byName, m, failed);
      return;
    }
    try {
      m.sample(rc.name(), ValueSample.fromRows(session.rows(sized, settings.queryTimeout())));
      return;
    } catch (QueryFailedException e) {
      Duration timeout = settings.queryTimeout();
      if (e.failure().fatalForRun()) {
        throw new RunAborted(messages.describe(e.failure(), timeout, false));
      }
      if (e.failure().kind() == FailureKind.TIMEOUT) {
        failed.put(rc.name(), messages.describe(e.failure(), timeout, false));
        return;
      }
    }
    plan = plan.withSeparate(whole);
    statements.separate(whole, byName, m, failed);
  }

  /** Whether the fused scan holds a custom {@code sql} check's folded predicate. */
  private boolean foldsCustomSql(PlannedQuery fused) {
    return fused.checks().stream()
        .anyMatch(
            name ->
                contract.checks().stream()
                    .anyMatch(c -> c.name().equals(name) && c instanceof SqlCheck));
  }

  private void finish(CheckOutcome outcome) {
    outcomes.put(outcome.checkName(), outcome);
    listener.checkFinished(runId, outcome);
  }
}
