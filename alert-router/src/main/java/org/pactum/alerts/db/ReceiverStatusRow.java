package org.pactum.alerts.db;

import java.time.Instant;

/** A row of {@code alerts.receiver_status}. */
public record ReceiverStatusRow(
    String receiver, boolean misconfigured, Integer statusCode, String detail, Instant updatedAt) {}
