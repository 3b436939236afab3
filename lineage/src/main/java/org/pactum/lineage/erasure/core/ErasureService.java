package org.pactum.lineage.erasure.core;

import static org.pactum.lineage.erasure.core.AuditChain.detail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.pactum.lineage.erasure.core.ErasureException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives erasure requests: stores the request (subject as HMAC) and its plan, audits both, and
 * starts execution in-process with the clear id, which is held only by the running task. Resumes
 * interrupted, partial or failed requests when given the subject id again.
 */
public final class ErasureService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ErasureService.class);

  private final ErasureStore store;
  private final AuditLog audit;
  private final ErasurePlanner planner;
  private final ErasureExecutor executor;
  private final SubjectHasher hasher;
  private final Duration dueIn;
  private final Clock clock;
  private final ExecutorService pool;

  public ErasureService(
      ErasureStore store,
      AuditLog audit,
      ErasurePlanner planner,
      ErasureExecutor executor,
      SubjectHasher hasher,
      Duration dueIn,
      int threads,
      Clock clock) {
    this.store = store;
    this.audit = audit;
    this.planner = planner;
    this.executor = executor;
    this.hasher = hasher;
    this.dueIn = dueIn;
    this.clock = clock;
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "erasure-executor");
              t.setDaemon(true);
              return t;
            });
  }

  /** A received request and the task executing it (tests may wait for it). */
  public record Submitted(ErasureRequest request, Future<RequestStatus> execution) {}

  public Submitted submit(
      String subjectType, String subjectId, String requestedBy, String legalBasis) {
    return submit(UUID.randomUUID(), subjectType, subjectId, requestedBy, legalBasis);
  }

  /**
   * A request under an id the caller chose (an event's id), so that submitting it again — an event
   * delivered twice — changes nothing: the existing request is answered, its execution not
   * repeated.
   *
   * @return the request, and its execution (an already finished future when it existed)
   */
  public Submitted submitOnce(
      UUID requestId, String subjectType, String subjectId, String requestedBy, String legalBasis) {
    Optional<ErasureRequest> existing = store.find(requestId);
    if (existing.isPresent()) {
      return new Submitted(
          existing.get(), CompletableFuture.completedFuture(existing.get().status()));
    }
    return submit(requestId, subjectType, subjectId, requestedBy, legalBasis);
  }

  private Submitted submit(
      UUID requestId, String subjectType, String subjectId, String requestedBy, String legalBasis) {
    ErasurePlan plan = planner.plan(subjectType);
    if (plan.datasets().isEmpty() && plan.gaps().isEmpty()) {
      throw new ErasureException(
          Reason.INVALID_FIELD,
          "subject_type: no contract declares personal data of subject type '" + subjectType + "'");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    ErasureRequest r =
        new ErasureRequest(
            requestId,
            subjectType,
            hasher.hmac(subjectId),
            requestedBy,
            legalBasis,
            RequestStatus.RECEIVED,
            null,
            now,
            now.plus(dueIn),
            null);
    store.create(r, plan);
    audit.append(
        r.requestId(),
        "request_received",
        detail(
            "subject_type",
            subjectType,
            "subject_hmac",
            r.subjectHmac(),
            "requested_by",
            requestedBy,
            "legal_basis",
            legalBasis,
            "due_at",
            r.dueAt().toString(),
            "previously_erased",
            store.suppressed(subjectType, r.subjectHmac())));
    audit.append(
        r.requestId(),
        "plan_made",
        detail(
            "datasets",
                plan.datasets().stream()
                    .map(
                        d ->
                            detail(
                                "dataset", d.name(),
                                "contract_id", d.contractId(),
                                "source", d.source().name(),
                                "key_column", d.keyColumn(),
                                "mode", d.mode().name(),
                                "columns", actionNames(d),
                                "retained", new LinkedHashMap<String, Object>(d.retained())))
                    .toList(),
            "gaps",
                plan.gaps().stream()
                    .map(
                        g ->
                            detail(
                                "contract_id", g.contractId(),
                                "datasource", g.datasource(),
                                "table", g.table(),
                                "column", g.column(),
                                "reason", g.reason()))
                    .toList()));
    LOG.atInfo()
        .addKeyValue("event", "erasure_request_received")
        .addKeyValue("request_id", r.requestId())
        .addKeyValue("subject_type", subjectType)
        .addKeyValue("datasets", plan.datasets().size())
        .addKeyValue("gaps", plan.gaps().size())
        .log("erasure request received");
    if (!store.claim(r.requestId(), EnumSet.of(RequestStatus.RECEIVED))) {
      throw new IllegalStateException("a new request could not be claimed");
    }
    return new Submitted(r, start(r, subjectId));
  }

  /** Runs the request's unverified datasets again; the subject id must match the stored HMAC. */
  public Submitted resume(UUID requestId, String subjectId) {
    ErasureRequest r = find(requestId);
    if (!hasher.matches(subjectId, r.subjectHmac())) {
      throw new ErasureException(
          Reason.SUBJECT_MISMATCH, "subject_id: does not match the request's subject");
    }
    if (!r.status().resumable() || !store.claim(requestId, EnumSet.of(r.status()))) {
      throw new ErasureException(
          Reason.NOT_RESUMABLE,
          "request "
              + requestId
              + " is "
              + r.status()
              + "; only INTERRUPTED, PARTIAL or FAILED"
              + " requests can be resumed");
    }
    audit.append(requestId, "request_resumed", detail("previous_status", r.status().name()));
    LOG.atInfo()
        .addKeyValue("event", "erasure_request_resumed")
        .addKeyValue("request_id", requestId)
        .addKeyValue("previous_status", r.status())
        .log("erasure request resumed");
    return new Submitted(r, start(r, subjectId));
  }

  private Future<RequestStatus> start(ErasureRequest r, String subjectId) {
    try {
      return pool.submit(
          () -> {
            try {
              return executor.execute(r, subjectId);
            } catch (RuntimeException e) {
              store.finish(
                  r.requestId(),
                  RequestStatus.FAILED,
                  "internal error (" + e.getClass().getSimpleName() + ")",
                  clock.instant());
              LOG.atError()
                  .addKeyValue("event", "erasure_execution_error")
                  .addKeyValue("request_id", r.requestId())
                  .addKeyValue("error", e.getClass().getSimpleName())
                  .log("erasure execution error");
              return RequestStatus.FAILED;
            }
          });
    } catch (RejectedExecutionException e) {
      store.finish(r.requestId(), RequestStatus.INTERRUPTED, "shutting down", clock.instant());
      throw new ErasureException(Reason.SHUTTING_DOWN, "the server is shutting down; resume later");
    }
  }

  public ErasureRequest find(UUID requestId) {
    return store
        .find(requestId)
        .orElseThrow(
            () ->
                new ErasureException(
                    Reason.UNKNOWN_REQUEST, "erasure request '" + requestId + "' does not exist"));
  }

  /** At start-up: requests left received or executing lost their clear id with the process. */
  public void recoverInterrupted() {
    for (UUID id :
        store.interruptAbandoned(
            "the server stopped while the request was executing;"
                + " resume it with the subject id")) {
      audit.append(id, "request_interrupted", detail("reason", "server restart"));
      LOG.atWarn()
          .addKeyValue("event", "erasure_request_interrupted")
          .addKeyValue("request_id", id)
          .log("erasure request interrupted");
    }
  }

  /** Open requests past their due date. */
  public List<ErasureRequest> overdue(int limit) {
    return store.list(null, clock.instant(), limit);
  }

  @Override
  public void close() {
    pool.shutdownNow();
    try {
      pool.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Map<String, Object> actionNames(PlannedDataset d) {
    Map<String, Object> m = new LinkedHashMap<>();
    d.columns().forEach((c, a) -> m.put(c, a.yamlName()));
    return m;
  }
}
