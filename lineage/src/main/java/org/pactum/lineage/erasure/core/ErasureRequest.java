package org.pactum.lineage.erasure.core;

import java.time.Instant;
import java.util.UUID;

/**
 * A right-to-erasure request as stored: the subject only as an HMAC.
 *
 * @param statusReason why it is not (yet) completed, or null
 * @param finishedAt when it reached COMPLETED, PARTIAL or FAILED last, or null
 */
public record ErasureRequest(
    UUID requestId,
    String subjectType,
    String subjectHmac,
    String requestedBy,
    String legalBasis,
    RequestStatus status,
    String statusReason,
    Instant receivedAt,
    Instant dueAt,
    Instant finishedAt) {

  /** Past its due date and not completed. */
  public boolean overdue(Instant now) {
    return status.open() && now.isAfter(dueAt);
  }

  public ErasureRequest withStatus(RequestStatus s, String reason, Instant finished) {
    return new ErasureRequest(
        requestId,
        subjectType,
        subjectHmac,
        requestedBy,
        legalBasis,
        s,
        reason,
        receivedAt,
        dueAt,
        finished);
  }
}
