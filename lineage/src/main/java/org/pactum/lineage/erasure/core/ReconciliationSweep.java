package org.pactum.lineage.erasure.core;

import static org.pactum.lineage.erasure.core.AuditChain.detail;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import org.pactum.lineage.erasure.core.ErasureStore.CompletedDataset;
import org.pactum.lineage.erasure.core.SweepReport.Finding;
import org.pactum.lineage.erasure.warehouse.ErasureWarehouses;
import org.pactum.lineage.erasure.warehouse.Warehouse;
import org.pactum.lineage.erasure.warehouse.WarehouseFailure;
import org.pactum.warehouse.TableName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-checks every completed request's datasets for the erased subject's data coming back (late or
 * replayed loads). The clear ids are gone, so the sweep reads each dataset's key column once (as
 * text, streamed in batches), HMACs every value in Java with the server secret and looks it up
 * among the erased subjects' HMACs; a match on a row that still holds data the plan erases (by the
 * same {@link DatasetEraser#notErased} predicate as the verification) is a reappearance.
 *
 * <p>Why in Java rather than {@code hmac()} in SQL: pgcrypto is an extension a warehouse may not
 * have, and the secret would have to be sent to every warehouse as a statement parameter (where
 * statement logging could keep it). The cost is one streamed scan of the key column per dataset.
 */
public final class ReconciliationSweep {
  private static final Logger LOG = LoggerFactory.getLogger(ReconciliationSweep.class);

  private final ErasureStore store;
  private final AuditLog audit;
  private final ErasureWarehouses warehouses;
  private final SubjectHasher hasher;
  private final Clock clock;

  public ReconciliationSweep(
      ErasureStore store,
      AuditLog audit,
      ErasureWarehouses warehouses,
      SubjectHasher hasher,
      Clock clock) {
    this.store = store;
    this.audit = audit;
    this.warehouses = warehouses;
    this.hasher = hasher;
    this.clock = clock;
  }

  public synchronized SweepReport run(String trigger) {
    var started = clock.instant();
    // one scan per distinct (dataset, key, erasure): every request's subject looked up in it
    Map<PlannedDataset, Map<String, List<UUID>>> groups = new LinkedHashMap<>();
    for (CompletedDataset c : store.completedDatasets()) {
      if (c.dataset().retainOnly()) {
        continue; // nothing was erased there: the subject's rows stay on their legal basis
      }
      PlannedDataset shape =
          new PlannedDataset(
              null,
              PlannedDataset.Source.CONTRACT,
              c.dataset().datasource(),
              c.dataset().table(),
              c.dataset().keyColumn(),
              c.dataset().mode(),
              c.dataset().columns());
      groups
          .computeIfAbsent(shape, k -> new HashMap<>())
          .computeIfAbsent(c.subjectHmac(), k -> new ArrayList<>())
          .add(c.requestId());
    }
    List<Finding> findings = new ArrayList<>();
    int reappearances = 0;
    for (var g : groups.entrySet()) {
      PlannedDataset d = g.getKey();
      try {
        Map<String, Long> found = scan(d, g.getValue());
        for (var f : found.entrySet()) {
          for (UUID request : g.getValue().get(f.getKey())) {
            findings.add(new Finding(request, d.datasource(), d.table(), f.getValue(), null));
            reappearances++;
            audit.append(
                request, "subject_reappeared", detail("dataset", d.name(), "rows", f.getValue()));
            LOG.atWarn()
                .addKeyValue("event", "erasure_subject_reappeared")
                .addKeyValue("request_id", request)
                .addKeyValue("dataset", d.name())
                .addKeyValue("rows", f.getValue())
                .log("erasure subject reappeared");
          }
        }
      } catch (WarehouseFailure e) {
        String error = e.description();
        g.getValue().values().stream()
            .flatMap(List::stream)
            .forEach(r -> findings.add(new Finding(r, d.datasource(), d.table(), 0, error)));
        LOG.atWarn()
            .addKeyValue("event", "erasure_sweep_dataset_failed")
            .addKeyValue("dataset", d.name())
            .addKeyValue("sqlstate", e.sqlState())
            .log("erasure sweep dataset failed");
      }
    }
    SweepReport report =
        new SweepReport(
            UUID.randomUUID(),
            trigger,
            started,
            clock.instant(),
            groups.size(),
            reappearances,
            findings);
    store.saveSweep(report);
    audit.append(
        null,
        "sweep_completed",
        detail(
            "sweep_id", report.sweepId().toString(),
            "trigger", trigger,
            "datasets_checked", report.datasetsChecked(),
            "reappearances", reappearances,
            "errors", findings.stream().filter(f -> f.error() != null).count()));
    LOG.atInfo()
        .addKeyValue("event", "erasure_sweep_completed")
        .addKeyValue("sweep_id", report.sweepId())
        .addKeyValue("trigger", trigger)
        .addKeyValue("datasets_checked", report.datasetsChecked())
        .addKeyValue("reappearances", reappearances)
        .log("erasure sweep completed");
    return report;
  }

  /** Rows holding un-erased data per erased subject HMAC found in the dataset. */
  private Map<String, Long> scan(PlannedDataset d, Map<String, List<UUID>> subjects)
      throws WarehouseFailure {
    Warehouse warehouse =
        warehouses.named(d.datasource()).orElseThrow(WarehouseFailure::unknownDatasource);
    String key = FieldPath.quotedColumn(d.keyColumn());
    String sql =
        "select cast("
            + key
            + " as text) from "
            + TableName.parse(d.table()).quoted()
            + " where "
            + key
            + " is not null and ("
            + DatasetEraser.notErased(d)
            + ")";
    Map<String, Long> found = new HashMap<>();
    Mac mac = hasher.newMac();
    HexFormat hex = HexFormat.of();
    Map<ByteBuffer, String> wanted = new HashMap<>(); // raw HMAC → hex: no hex per row
    subjects.keySet().forEach(h -> wanted.put(ByteBuffer.wrap(hex.parseHex(h)), h));
    warehouse.stream(
        sql,
        value -> {
          String h =
              wanted.get(ByteBuffer.wrap(mac.doFinal(value.getBytes(StandardCharsets.UTF_8))));
          if (h != null) {
            found.merge(h, 1L, Long::sum);
          }
        });
    return found;
  }
}
