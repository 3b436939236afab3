package org.pactum.checks.db;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.pactum.checks.core.CheckOutcome;
import org.pactum.checks.core.RunHistory;
import org.pactum.checks.core.RunState;
import org.pactum.checks.core.Status;
import org.pactum.checks.core.StoredRun;
import org.pactum.checks.core.Trigger;
import org.pactum.contracts.model.CheckType;

/** Runs and results read back from {@code checks.check_run} and {@code checks.check_result}. */
public final class JdbiRunHistory implements RunHistory {
  private final Jdbi jdbi;
  private final Json json = new Json();

  public JdbiRunHistory(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<StoredRun> find(String runId) {
    return jdbi.withExtension(
        RunQueueDao.class,
        d ->
            d.find(runId)
                .map(r -> toRun(r, d.resultsFor(List.of(runId)).stream().map(this::toOutcome))));
  }

  @Override
  public List<StoredRun> list(
      String contractId,
      RunState state,
      Instant since,
      Position after,
      int limit,
      boolean withResults) {
    if (limit < 1 || limit > MAX_PAGE + 1) {
      throw new IllegalArgumentException("limit must be 1 … " + (MAX_PAGE + 1));
    }
    OffsetDateTime from = since == null ? null : since.atOffset(ZoneOffset.UTC);
    return jdbi.withExtension(
        RunQueueDao.class,
        d -> {
          List<StoredRunRow> rows =
              d.list(
                  contractId,
                  state == null ? null : state.name(),
                  from,
                  after == null ? null : after.at().atOffset(ZoneOffset.UTC),
                  after == null ? null : after.runId(),
                  limit);
          Map<String, List<CheckOutcome>> results = new LinkedHashMap<>();
          if (withResults && !rows.isEmpty()) {
            for (CheckResultRow r : d.resultsFor(rows.stream().map(StoredRunRow::runId).toList())) {
              results.computeIfAbsent(r.runId(), k -> new ArrayList<>()).add(toOutcome(r));
            }
          }
          return rows.stream()
              .map(r -> toRun(r, results.getOrDefault(r.runId(), List.of()).stream()))
              .toList();
        });
  }

  @Override
  public Map<String, StoredRun> latest(Collection<String> contractIds) {
    if (contractIds.isEmpty()) {
      return Map.of();
    }
    Map<String, StoredRun> out = new LinkedHashMap<>();
    jdbi.withExtension(RunQueueDao.class, d -> d.latestOf(contractIds.toArray(String[]::new)))
        .forEach(r -> out.put(r.contractId(), toRun(r, java.util.stream.Stream.empty())));
    return out;
  }

  private StoredRun toRun(StoredRunRow r, java.util.stream.Stream<CheckOutcome> results) {
    return new StoredRun(
        r.runId(),
        r.contractId(),
        r.contractVersion(),
        r.contractSemver(),
        r.dataset(),
        r.datasource(),
        Trigger.fromWire(r.trigger()),
        r.loadId(),
        json.readMap(r.scopeParams()),
        RunState.valueOf(r.status()),
        instant(r.queuedAt()),
        instant(r.startedAt()),
        instant(r.finishedAt()),
        r.error(),
        results.toList());
  }

  private CheckOutcome toOutcome(CheckResultRow r) {
    return new CheckOutcome(
        r.checkName(),
        CheckType.valueOf(r.checkType().toUpperCase(Locale.ROOT)),
        r.columnName(),
        Status.valueOf(r.status()),
        r.observedValue(),
        r.observedText(),
        withoutNulls(json.readMap(r.thresholds())),
        r.message(),
        json.readRows(r.failedRowsSample()),
        r.position());
  }

  private static Map<String, Object> withoutNulls(Map<String, Object> m) {
    Map<String, Object> out = new LinkedHashMap<>();
    m.forEach(
        (k, v) -> {
          if (v != null) {
            out.put(k, v);
          }
        });
    return out;
  }

  private static Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }
}
