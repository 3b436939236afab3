package org.pactum.lineage.erasure.db;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code privacy.audit_event}; {@code detail} is the jsonb as text. */
public record AuditEventRow(
    long seq,
    UUID requestId,
    String eventType,
    Instant occurredAt,
    String detail,
    String prevHash,
    String hash) {}
