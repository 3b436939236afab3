package org.pactum.alerts.db;

import java.time.Instant;
import org.pactum.alerts.core.ReceiverStatus;

/** A row of {@code alerts.receiver_status}. */
public record ReceiverStatusRow(
    String receiver, boolean misconfigured, Integer statusCode, String detail, Instant updatedAt) {
  ReceiverStatus toReceiverStatus() {
    return new ReceiverStatus(receiver, misconfigured, statusCode, detail, updatedAt);
  }
}
