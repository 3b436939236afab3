package org.pactum.lineage.erasure.core;

import static org.pactum.lineage.erasure.core.AuditChain.detail;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pactum.lineage.erasure.warehouse.ErasureWarehouses;
import org.pactum.lineage.erasure.warehouse.Warehouse;
import org.pactum.lineage.erasure.warehouse.WarehouseFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes a stored plan with the clear subject id, which lives only in this call's frame: per
 * dataset not yet verified, one transaction (delete or update by the key), then a re-query that
 * must find no un-erased row; transient failures are retried with backoff. The request ends
 * COMPLETED only when every dataset is verified and the plan has no gaps.
 *
 * <p>Retained columns are never touched: the UPDATE sets and the verification re-queries only the
 * others. A dataset whose PII columns are all retained runs no UPDATE or DELETE: its subject's rows
 * are counted read-only and it is recorded VERIFIED with {@code rows_matched} = the rows that
 * remain and {@code rows_affected} = 0. Each dataset's audit event names the retained columns and
 * their legal basis (never a value).
 *
 * <p>Failures are recorded as a SQLState and a fixed description ({@link
 * WarehouseFailure#description}): driver messages may quote the bound subject id, so they never
 * reach the store, the audit or the log.
 */
public final class ErasureExecutor {
  private static final Logger LOG = LoggerFactory.getLogger(ErasureExecutor.class);

  private final ErasureStore store;
  private final AuditLog audit;
  private final ErasureWarehouses warehouses;
  private final DatasetEraser eraser;
  private final RetryPolicy retry;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public ErasureExecutor(
      ErasureStore store,
      AuditLog audit,
      ErasureWarehouses warehouses,
      DatasetEraser eraser,
      RetryPolicy retry,
      Clock clock) {
    this.store = store;
    this.audit = audit;
    this.warehouses = warehouses;
    this.eraser = eraser;
    this.retry = retry;
    this.clock = clock;
  }

  /** Runs the request's unverified datasets; the request must be EXECUTING (claimed). */
  public RequestStatus execute(ErasureRequest request, String subjectId) {
    UUID id = request.requestId();
    byte[] saltBytes = new byte[16];
    random.nextBytes(saltBytes);
    String salt = HexFormat.of().formatHex(saltBytes); // per request (per execution), never stored
    List<DatasetState> states = store.datasets(id);
    int verified = 0;
    List<String> failed = new ArrayList<>();
    for (DatasetState s : states) {
      if (s.status() == DatasetStatus.VERIFIED) {
        verified++;
        continue;
      }
      if (Thread.currentThread().isInterrupted()) {
        failed.add(s.dataset().name() + " (not run: shutting down)");
        continue;
      }
      DatasetState done = run(id, s, subjectId, salt);
      if (done.status() == DatasetStatus.VERIFIED) {
        verified++;
      } else {
        failed.add(s.dataset().name() + " (" + done.error() + ")");
      }
    }
    int gaps = store.gaps(id).size();
    RequestStatus status;
    List<String> reasons = new ArrayList<>();
    if (!failed.isEmpty()) {
      reasons.add(failed.size() + " dataset(s) not erased: " + String.join("; ", failed));
    }
    if (gaps > 0) {
      reasons.add(gaps + " gap(s) in the plan need manual erasure");
    }
    if (Thread.currentThread().isInterrupted()) {
      status = RequestStatus.INTERRUPTED;
      reasons.add(0, "the server stopped during execution; resume it with the subject id");
    } else if (reasons.isEmpty()) {
      status = RequestStatus.COMPLETED;
    } else {
      status = verified > 0 ? RequestStatus.PARTIAL : RequestStatus.FAILED;
    }
    String reason = reasons.isEmpty() ? null : String.join("; ", reasons);
    store.finish(id, status, reason, clock.instant());
    if (status == RequestStatus.COMPLETED) {
      store.suppress(request.subjectType(), request.subjectHmac(), id, clock.instant());
    }
    audit.append(
        id,
        "request_" + status.name().toLowerCase(Locale.ROOT),
        detail(
            "datasets_verified", verified,
            "datasets_failed", failed.size(),
            "gaps", gaps,
            "reason", reason));
    LOG.atInfo()
        .addKeyValue("event", "erasure_finished")
        .addKeyValue("request_id", id)
        .addKeyValue("status", status)
        .addKeyValue("datasets_verified", verified)
        .addKeyValue("datasets_failed", failed.size())
        .addKeyValue("gaps", gaps)
        .log("erasure finished");
    return status;
  }

  private DatasetState run(UUID id, DatasetState s, String subjectId, String salt) {
    PlannedDataset d = s.dataset();
    Optional<Warehouse> warehouse = warehouses.named(d.datasource());
    if (warehouse.isEmpty()) {
      return failed(id, s, s.attempts(), "unknown datasource '" + d.datasource() + "'", null, null);
    }
    int attempts = s.attempts();
    String error = null;
    Long matched = null;
    Long affected = null;
    for (int attempt = 1; attempt <= retry.maxAttempts(); attempt++) {
      if (attempt > 1 && !sleep(retry.delayBefore(attempt))) {
        return failed(id, s, attempts, error + "; retries interrupted", matched, affected);
      }
      attempts++;
      store.updateDataset(
          id,
          new DatasetState(
              s.ordinal(), d, DatasetStatus.RUNNING, attempts, matched, affected, null, error),
          clock.instant());
      Warehouse ds = warehouse.get();
      try {
        long remaining;
        if (d.retainOnly()) {
          matched = eraser.rows(ds, d, subjectId);
          affected = 0L;
          remaining = 0; // nothing to erase, nothing left un-erased
        } else {
          DatasetEraser.Counts counts = eraser.erase(ds, d, subjectId, salt);
          matched = counts.matched();
          affected = counts.affected();
          remaining = eraser.remaining(ds, d, subjectId);
        }
        Map<String, Object> event =
            detail(
                "dataset", d.name(),
                "mode", d.mode().name(),
                "attempt", attempt,
                "rows_matched", matched,
                "rows_affected", affected,
                "rows_remaining", remaining,
                "verified", remaining == 0);
        if (!d.retained().isEmpty()) {
          event.put("retained", new LinkedHashMap<String, Object>(d.retained()));
          event.put("statement", d.retainOnly() ? "none" : "update");
        }
        audit.append(id, "dataset_executed", event);
        if (remaining == 0) {
          DatasetState ok =
              new DatasetState(
                  s.ordinal(), d, DatasetStatus.VERIFIED, attempts, matched, affected, 0L, null);
          store.updateDataset(id, ok, clock.instant());
          LOG.atInfo()
              .addKeyValue("event", "erasure_dataset_verified")
              .addKeyValue("request_id", id)
              .addKeyValue("dataset", d.name())
              .addKeyValue("attempts", attempts)
              .addKeyValue("rows_matched", matched)
              .addKeyValue("rows_affected", affected)
              .addKeyValue("columns_retained", d.retained().size())
              .log("erasure dataset verified");
          return ok;
        }
        error = "verification found " + remaining + " row(s) not erased";
      } catch (WarehouseFailure e) {
        error = e.description();
        audit.append(
            id,
            "dataset_attempt_failed",
            detail("dataset", d.name(), "attempt", attempt, "error", error));
        LOG.atWarn()
            .addKeyValue("event", "erasure_dataset_attempt_failed")
            .addKeyValue("request_id", id)
            .addKeyValue("dataset", d.name())
            .addKeyValue("attempt", attempt)
            .addKeyValue("sqlstate", e.sqlState())
            .log("erasure dataset attempt failed");
        if (!retry.retries(e.kind())) {
          break;
        }
      } catch (RuntimeException e) {
        error = "internal error (" + e.getClass().getSimpleName() + ")";
        LOG.atWarn()
            .addKeyValue("event", "erasure_dataset_attempt_failed")
            .addKeyValue("request_id", id)
            .addKeyValue("dataset", d.name())
            .addKeyValue("attempt", attempt)
            .addKeyValue("error", e.getClass().getSimpleName())
            .log("erasure dataset attempt failed");
        break;
      }
    }
    return failed(id, s, attempts, error, matched, affected);
  }

  private DatasetState failed(
      UUID id, DatasetState s, int attempts, String error, Long matched, Long affected) {
    DatasetState f =
        new DatasetState(
            s.ordinal(),
            s.dataset(),
            DatasetStatus.FAILED,
            attempts,
            matched,
            affected,
            null,
            error);
    store.updateDataset(id, f, clock.instant());
    audit.append(
        id,
        "dataset_failed",
        detail("dataset", s.dataset().name(), "attempts", attempts, "error", error));
    LOG.atWarn()
        .addKeyValue("event", "erasure_dataset_failed")
        .addKeyValue("request_id", id)
        .addKeyValue("dataset", s.dataset().name())
        .addKeyValue("attempts", attempts)
        .log("erasure dataset failed");
    return f;
  }

  private static boolean sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
