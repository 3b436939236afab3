package org.pactum.access.db;

import java.time.Instant;

/** A row of {@code access.api_token}: the hash of the secret, never the secret. */
public record TokenRow(
    long id,
    String name,
    String role,
    String[] teams,
    byte[] secretHash,
    Instant createdAt,
    String createdBy,
    Instant expiresAt,
    Instant lastUsedAt,
    Instant revokedAt) {}
