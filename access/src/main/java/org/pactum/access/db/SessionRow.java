package org.pactum.access.db;

import java.time.Instant;

/** A live row of {@code access.ui_session}, as a request's check reads it. */
public record SessionRow(
    long id, String principal, String kind, String role, String[] teams, Instant expiresAt) {}
