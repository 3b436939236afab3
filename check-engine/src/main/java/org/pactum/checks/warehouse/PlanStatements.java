package org.pactum.checks.warehouse;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pactum.checks.core.EngineSettings;
import org.pactum.checks.core.Histogram;
import org.pactum.checks.core.Measurements;
import org.pactum.checks.core.RunListener;
import org.pactum.checks.core.ValueSample;
import org.pactum.checks.plan.DistributionRows;
import org.pactum.checks.plan.Fragment;
import org.pactum.checks.plan.PlanCompiler;
import org.pactum.checks.plan.PlannedQuery;
import org.pactum.checks.plan.QueryKind;
import org.pactum.checks.plan.ResolvedCheck;
import org.pactum.checks.plan.TableRef;
import org.pactum.warehouse.FailureKind;

/**
 * Runs a plan's statements on one warehouse session and files what they measure, or why they could
 * not, under each check: the fused scan with its fallback of each check alone, and the separate
 * statements (custom SQL with the read-only guard and its own timeout).
 */
public final class PlanStatements {
  private final WarehouseSession session;
  private final EngineSettings settings;
  private final RunListener listener;
  private final String runId;
  private final FailureMessages messages;

  public PlanStatements(
      WarehouseSession session,
      EngineSettings settings,
      RunListener listener,
      String runId,
      FailureMessages messages) {
    this.session = session;
    this.settings = settings;
    this.listener = listener;
    this.runId = runId;
    this.messages = messages;
  }

  /**
   * Runs the fused scan; when it fails for a reason other than a lost connection, a missing table
   * or a timeout, each of its checks again alone, so one bad check errors alone.
   */
  public void fused(
      PlanCompiler compiler,
      PlannedQuery fused,
      TableRef table,
      Fragment scope,
      Map<String, Histogram> bins,
      Map<String, ResolvedCheck> byName,
      Measurements m,
      Map<String, String> failed)
      throws RunAborted {
    fused.checks().forEach(c -> listener.checkStarted(runId, c));
    try {
      m.putAll(session.aggregate(fused, settings.queryTimeout()));
    } catch (QueryFailedException e) {
      var f = e.failure();
      if (f.fatalForRun()) {
        throw new RunAborted(messages.describe(f, settings.queryTimeout(), false));
      }
      if (f.kind() == FailureKind.TIMEOUT) {
        String msg = messages.describe(f, settings.queryTimeout(), false);
        fused.checks().forEach(c -> failed.put(c, msg));
        return;
      }
      // Isolate the culprit: each check's aggregates alone, so one bad check errors alone.
      for (String name : fused.checks()) {
        ResolvedCheck rc = byName.get(name);
        if (rc == null) {
          continue;
        }
        PlannedQuery alone = compiler.compile(table, scope, List.of(rc), bins).fused();
        try {
          m.putAll(session.aggregate(alone, settings.queryTimeout()));
        } catch (QueryFailedException single) {
          if (single.failure().fatalForRun()) {
            throw new RunAborted(
                messages.describe(single.failure(), settings.queryTimeout(), false));
          }
          failed.put(name, messages.describe(single.failure(), settings.queryTimeout(), false));
        }
      }
    }
  }

  /** Runs one statement of the plan other than the fused scan; a failure errors its checks. */
  public void separate(
      PlannedQuery q, Map<String, ResolvedCheck> byName, Measurements m, Map<String, String> failed)
      throws RunAborted {
    boolean custom = q.kind() == QueryKind.CUSTOM_SQL;
    Duration timeout = custom ? settings.customSqlTimeout() : settings.queryTimeout();
    q.checks().forEach(c -> listener.checkStarted(runId, c));
    try {
      if (custom) {
        Optional<String> rejected = session.rejectCustomSql(q.sql());
        if (rejected.isPresent()) {
          q.checks().forEach(c -> failed.put(c, rejected.get()));
          return;
        }
      }
      switch (q.kind()) {
        case SERIAL_AGGREGATES, DISTINCT_COUNT, DUPLICATE_KEYS, CUSTOM_SQL ->
            m.putAll(session.aggregate(q, timeout));
        case HISTOGRAM ->
            m.histogram(
                q.checks().get(0),
                DistributionRows.histogram(
                    session.rows(q, timeout), byName.get(q.checks().get(0)), runId));
        case SAMPLE_VALUES ->
            m.sample(q.checks().get(0), ValueSample.fromRows(session.rows(q, timeout)));
        case FREQUENCIES ->
            m.frequencies(
                q.checks().get(0), DistributionRows.frequencies(session.rows(q, timeout)));
        default -> throw new IllegalStateException("unexpected " + q.kind());
      }
    } catch (QueryFailedException e) {
      if (e.failure().fatalForRun() && !custom) {
        throw new RunAborted(messages.describe(e.failure(), timeout, false));
      }
      if (e.failure().kind() == FailureKind.CONNECTION) {
        throw new RunAborted(messages.unreachable());
      }
      String msg = messages.describe(e.failure(), timeout, custom);
      q.checks().forEach(c -> failed.put(c, msg));
    }
  }
}
