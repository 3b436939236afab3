package org.pactum.lineage.erasure.db;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.pactum.lineage.erasure.core.DatasetState;
import org.pactum.lineage.erasure.core.DatasetStatus;
import org.pactum.lineage.erasure.core.ErasurePlan;
import org.pactum.lineage.erasure.core.ErasureRequest;
import org.pactum.lineage.erasure.core.ErasureStore;
import org.pactum.lineage.erasure.core.PlanGap;
import org.pactum.lineage.erasure.core.PlannedDataset;
import org.pactum.lineage.erasure.core.RequestStatus;
import org.pactum.lineage.erasure.core.SweepReport;

/** {@link ErasureStore} on the {@code privacy} schema. */
public final class JdbiErasureStore implements ErasureStore {
  private static final TypeReference<List<SweepReport.Finding>> FINDINGS = new TypeReference<>() {};

  private final Jdbi jdbi;
  private final Json json = new Json();

  public JdbiErasureStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public void create(ErasureRequest r, ErasurePlan plan) {
    jdbi.useTransaction(
        h -> {
          h.attach(ErasureRequestDao.class).insert(row(r));
          ErasureDatasetDao d = h.attach(ErasureDatasetDao.class);
          int i = 0;
          for (PlannedDataset p : plan.datasets()) {
            d.insert(
                new DatasetRow(
                    r.requestId(),
                    i++,
                    p.contractId(),
                    p.source().name(),
                    p.datasource(),
                    p.table(),
                    p.keyColumn(),
                    p.mode().name(),
                    json.write(PlanColumns.write(p.columns(), p.retained())),
                    DatasetStatus.PENDING.name(),
                    0,
                    null,
                    null,
                    null,
                    null),
                r.receivedAt());
          }
          int g = 0;
          for (PlanGap gap : plan.gaps()) {
            d.insertGap(
                new GapRow(
                    r.requestId(),
                    g++,
                    gap.contractId(),
                    gap.datasource(),
                    gap.table(),
                    gap.column(),
                    gap.reason()));
          }
        });
  }

  @Override
  public Optional<ErasureRequest> find(UUID requestId) {
    return jdbi.withExtension(ErasureRequestDao.class, d -> d.find(requestId))
        .map(JdbiErasureStore::request);
  }

  @Override
  public List<DatasetState> datasets(UUID requestId) {
    return jdbi.withExtension(ErasureDatasetDao.class, d -> d.forRequest(requestId)).stream()
        .map(
            r ->
                new DatasetState(
                    r.ordinal(),
                    planned(
                        r.contractId(),
                        r.source(),
                        r.datasource(),
                        r.tableName(),
                        r.keyColumn(),
                        r.mode(),
                        r.columns()),
                    DatasetStatus.valueOf(r.status()),
                    r.attempts(),
                    r.rowsMatched(),
                    r.rowsAffected(),
                    r.rowsRemaining(),
                    r.error()))
        .toList();
  }

  @Override
  public List<PlanGap> gaps(UUID requestId) {
    return jdbi.withExtension(ErasureDatasetDao.class, d -> d.gaps(requestId)).stream()
        .map(
            g ->
                new PlanGap(
                    g.contractId(), g.datasource(), g.tableName(), g.columnName(), g.reason()))
        .toList();
  }

  @Override
  public List<ErasureRequest> list(
      RequestStatus status, Instant overdueAt, Position after, int limit) {
    return jdbi
        .withExtension(
            ErasureRequestDao.class,
            d ->
                d.list(
                    status == null ? null : status.name(),
                    overdueAt,
                    after == null ? null : after.receivedAt(),
                    after == null ? null : after.requestId(),
                    limit))
        .stream()
        .map(JdbiErasureStore::request)
        .toList();
  }

  @Override
  public boolean claim(UUID requestId, Set<RequestStatus> from) {
    Set<String> names = from.stream().map(Enum::name).collect(Collectors.toSet());
    return jdbi.withExtension(ErasureRequestDao.class, d -> d.claim(requestId, names)) == 1;
  }

  @Override
  public void finish(UUID requestId, RequestStatus status, String reason, Instant finishedAt) {
    jdbi.useExtension(
        ErasureRequestDao.class, d -> d.finish(requestId, status.name(), reason, finishedAt));
  }

  @Override
  public void updateDataset(UUID requestId, DatasetState s, Instant at) {
    PlannedDataset p = s.dataset();
    jdbi.useExtension(
        ErasureDatasetDao.class,
        d ->
            d.update(
                new DatasetRow(
                    requestId,
                    s.ordinal(),
                    p.contractId(),
                    p.source().name(),
                    p.datasource(),
                    p.table(),
                    p.keyColumn(),
                    p.mode().name(),
                    null,
                    s.status().name(),
                    s.attempts(),
                    s.rowsMatched(),
                    s.rowsAffected(),
                    s.rowsRemaining(),
                    s.error()),
                at));
  }

  @Override
  public List<UUID> interruptAbandoned(String reason) {
    return jdbi.withExtension(ErasureRequestDao.class, d -> d.interruptAbandoned(reason));
  }

  @Override
  public void suppress(String subjectType, String subjectHmac, UUID requestId, Instant at) {
    jdbi.useExtension(SuppressionDao.class, d -> d.add(subjectType, subjectHmac, requestId, at));
  }

  @Override
  public boolean suppressed(String subjectType, String subjectHmac) {
    return jdbi.withExtension(SuppressionDao.class, d -> d.contains(subjectType, subjectHmac));
  }

  @Override
  public Set<String> suppressedHmacs(String subjectType) {
    return Set.copyOf(jdbi.withExtension(SuppressionDao.class, d -> d.hmacsOf(subjectType)));
  }

  @Override
  public List<CompletedDataset> completedDatasets() {
    return jdbi
        .withExtension(ErasureDatasetDao.class, ErasureDatasetDao::ofCompletedRequests)
        .stream()
        .map(
            r ->
                new CompletedDataset(
                    r.requestId(),
                    r.subjectHmac(),
                    planned(
                        null,
                        "CONTRACT",
                        r.datasource(),
                        r.tableName(),
                        r.keyColumn(),
                        r.mode(),
                        r.columns())))
        .toList();
  }

  @Override
  public void saveSweep(SweepReport s) {
    jdbi.useExtension(
        SweepDao.class,
        d ->
            d.insert(
                new SweepRow(
                    s.sweepId(),
                    s.trigger(),
                    s.startedAt(),
                    s.finishedAt(),
                    s.datasetsChecked(),
                    s.reappearances(),
                    json.write(s.findings()))));
  }

  @Override
  public Optional<SweepReport> lastSweep() {
    return jdbi.withExtension(SweepDao.class, SweepDao::last)
        .map(
            r ->
                new SweepReport(
                    r.sweepId(),
                    r.trigger(),
                    r.startedAt(),
                    r.finishedAt(),
                    r.datasetsChecked(),
                    r.reappearances(),
                    json.read(r.findings(), FINDINGS)));
  }

  private PlannedDataset planned(
      String contractId,
      String source,
      String datasource,
      String table,
      String key,
      String mode,
      String columns) {
    PlanColumns.Read read = PlanColumns.read(json.read(columns, PlanColumns.TYPE));
    return new PlannedDataset(
        contractId,
        PlannedDataset.Source.valueOf(source),
        datasource,
        table,
        key,
        PlannedDataset.Mode.valueOf(mode),
        read.actions(),
        read.retained());
  }

  private static RequestRow row(ErasureRequest r) {
    return new RequestRow(
        r.requestId(),
        r.subjectType(),
        r.subjectHmac(),
        r.requestedBy(),
        r.legalBasis(),
        r.status().name(),
        r.statusReason(),
        r.receivedAt(),
        r.dueAt(),
        r.finishedAt());
  }

  private static ErasureRequest request(RequestRow r) {
    return new ErasureRequest(
        r.requestId(),
        r.subjectType(),
        r.subjectHmac(),
        r.requestedBy(),
        r.legalBasis(),
        RequestStatus.valueOf(r.status()),
        r.statusReason(),
        r.receivedAt(),
        r.dueAt(),
        r.finishedAt());
  }
}
