package org.pactum.lineage.erasure.db;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code privacy.erasure_request}. */
public record RequestRow(
    UUID requestId,
    String subjectType,
    String subjectHmac,
    String requestedBy,
    String legalBasis,
    String status,
    String statusReason,
    Instant receivedAt,
    Instant dueAt,
    Instant finishedAt) {}
