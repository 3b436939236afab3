package org.pactum.alerts.core;

import java.time.Instant;

/**
 * Whether a receiver is marked misconfigured (a permanent refusal), with the answer that said so.
 */
public record ReceiverStatus(
    String receiver, boolean misconfigured, Integer statusCode, String detail, Instant updatedAt) {}
