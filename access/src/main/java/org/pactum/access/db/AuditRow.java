package org.pactum.access.db;

import java.time.Instant;

/** A row of {@code access.audit_event}. */
public record AuditRow(
    long seq,
    Instant occurredAt,
    String principal,
    String role,
    String action,
    String target,
    int status,
    String outcome,
    String source,
    String requestId,
    String prevHash,
    String hash) {}
