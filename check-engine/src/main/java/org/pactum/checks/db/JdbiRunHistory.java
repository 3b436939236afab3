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
import org.pactum.checks.core.Run;
import org.pactum.checks.core.RunHistory;
import org.pactum.checks.core.RunId;
import org.pactum.checks.core.RunState;
import org.pactum.checks.core.Status;
import org.pactum.contracts.model.CheckType;

/** Runs and results read back from {@code checks.check_run} and {@code checks.check_result}. */
public final class JdbiRunHistory implements RunHistory {
  private final Jdbi jdbi;
  private final Json json = new Json();
  private final RunRows runs = new RunRows(json);

  public JdbiRunHistory(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public Optional<Run> find(RunId id) {
    return jdbi.withExtension(CheckRunDao.class, d -> d.find(id.value())).map(runs::run);
  }

  @Override
  public Map<RunId, List<CheckOutcome>> results(Collection<RunId> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<RunId, List<CheckOutcome>> out = new LinkedHashMap<>();
    jdbi.withExtension(
            CheckResultDao.class, d -> d.forRuns(ids.stream().map(RunId::value).toList()))
        .forEach(
            r ->
                out.computeIfAbsent(new RunId(r.runId()), k -> new ArrayList<>())
                    .add(toOutcome(r)));
    return out;
  }

  @Override
  public List<Run> list(
      String contractId, RunState state, Instant since, Position after, int limit) {
    if (limit < 1 || limit > MAX_PAGE + 1) {
      throw new IllegalArgumentException("limit must be 1 … " + (MAX_PAGE + 1));
    }
    OffsetDateTime from = since == null ? null : since.atOffset(ZoneOffset.UTC);
    return jdbi
        .withExtension(
            CheckRunDao.class,
            d ->
                d.list(
                    contractId,
                    state == null ? null : state.name(),
                    from,
                    after == null ? null : after.at().atOffset(ZoneOffset.UTC),
                    after == null ? null : after.runId(),
                    limit))
        .stream()
        .map(runs::run)
        .toList();
  }

  @Override
  public Map<String, Run> latest(Collection<String> contractIds) {
    if (contractIds.isEmpty()) {
      return Map.of();
    }
    Map<String, Run> out = new LinkedHashMap<>();
    jdbi.withExtension(CheckRunDao.class, d -> d.latestOf(contractIds.toArray(String[]::new)))
        .forEach(r -> out.put(r.contractId(), runs.run(r)));
    return out;
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
}
