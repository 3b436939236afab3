package org.pactum.alerts.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.pactum.alerts.core.Attempt;
import org.pactum.alerts.core.Suppression;

/** The outbox as the delivery worker uses it; each call is one transaction. */
public interface Outbox {
  /** Due heads of ordering keys not in {@code busy}, oldest first. */
  List<OutboxMessage> due(Instant now, Set<String> busy, int limit);

  void delivered(OutboxMessage m, Attempt a);

  void retry(OutboxMessage m, Attempt a, Instant next);

  /** Given up on it: {@code FAILED} with the reason. */
  void failed(OutboxMessage m, Attempt a, String reason);

  /** Its receiver has no endpoint (any more): {@code UNDELIVERABLE}, no attempt. */
  void undeliverable(OutboxMessage m, Suppression.Undeliverable why, Instant at);

  /** Not yet (a rate limit): a later due time, no attempt counted. */
  void postpone(OutboxMessage m, Instant until);

  /** Marks a receiver misconfigured (a permanent refusal) or healthy again. */
  void receiverStatus(
      String receiver, boolean misconfigured, Integer statusCode, String detail, Instant at);

  /** The receivers currently marked misconfigured. */
  Set<String> misconfiguredReceivers();
}
