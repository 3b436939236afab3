package org.pactum.lineage.erasure.core;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One link of the audit chain.
 *
 * @param seq its position, contiguous from 1
 * @param requestId the request it concerns, or null (sweeps)
 * @param detail strings, integers, booleans, lists and maps only (no PII: subjects as HMACs)
 * @param prevHash the previous link's hash ({@link AuditChain#GENESIS} for the first)
 * @param hash {@code SHA-256(prevHash || canonical JSON of the other fields)}, hex
 */
public record AuditEvent(
    long seq,
    UUID requestId,
    String eventType,
    Instant occurredAt,
    Map<String, Object> detail,
    String prevHash,
    String hash) {}
