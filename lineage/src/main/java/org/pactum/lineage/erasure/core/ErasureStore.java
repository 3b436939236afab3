package org.pactum.lineage.erasure.core;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Requests, plans, dataset states, the suppression list and sweeps, in schema {@code privacy}. */
public interface ErasureStore {

  /** Stores a new request with its plan (datasets PENDING), in one transaction. */
  void create(ErasureRequest request, ErasurePlan plan);

  Optional<ErasureRequest> find(UUID requestId);

  List<DatasetState> datasets(UUID requestId);

  List<PlanGap> gaps(UUID requestId);

  /** Requests newest first; {@code status} and {@code overdueAt} (open and due before) optional. */
  default List<ErasureRequest> list(RequestStatus status, Instant overdueAt, int limit) {
    return list(status, overdueAt, null, limit);
  }

  /**
   * Where a request listing resumes: after this request in the listing's order (received, newest
   * first; ties by request id, ascending).
   */
  record Position(Instant receivedAt, UUID requestId) {
    public static Position of(ErasureRequest r) {
      return new Position(r.receivedAt(), r.requestId());
    }
  }

  /**
   * Requests newest first (ties by request id), after {@code after} (null: from the start); {@code
   * status} and {@code overdueAt} (open and due before) optional.
   */
  List<ErasureRequest> list(RequestStatus status, Instant overdueAt, Position after, int limit);

  /**
   * Moves the request to EXECUTING if its status is one of {@code from}; false when it was not
   * (someone else resumed it, or it is completed).
   */
  boolean claim(UUID requestId, Set<RequestStatus> from);

  void finish(UUID requestId, RequestStatus status, String reason, Instant finishedAt);

  void updateDataset(UUID requestId, DatasetState state, Instant at);

  /** Marks every RECEIVED or EXECUTING request INTERRUPTED (at start-up); returns their ids. */
  List<UUID> interruptAbandoned(String reason);

  void suppress(String subjectType, String subjectHmac, UUID requestId, Instant at);

  boolean suppressed(String subjectType, String subjectHmac);

  /** Every erased subject of a type, as HMACs: the list the stream validators cache. */
  Set<String> suppressedHmacs(String subjectType);

  /** The datasets of every COMPLETED request, for the reconciliation sweep. */
  List<CompletedDataset> completedDatasets();

  void saveSweep(SweepReport report);

  Optional<SweepReport> lastSweep();

  /** A dataset of a completed request. */
  record CompletedDataset(UUID requestId, String subjectHmac, PlannedDataset dataset) {}
}
