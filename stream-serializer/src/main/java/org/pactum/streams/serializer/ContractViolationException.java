package org.pactum.streams.serializer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.common.errors.SerializationException;
import org.pactum.streams.core.ContractRef;
import org.pactum.streams.core.Reason;

/**
 * A record failed an enforced check of its contract, so it was not sent: the message names the
 * contract and its version, and for each failed check its name, field, what the contract expects
 * and what the record holds (masked for PII fields, as on the dead-letter headers). In dead-letter
 * mode the record was written to {@link #deadLetterTopic()} first.
 */
public final class ContractViolationException extends SerializationException {
  private static final long serialVersionUID = 1L;

  private final transient ContractRef contract;
  private final String topic;
  private final transient List<Reason> reasons;
  private final String deadLetterTopic;

  /**
   * @param reasons the enforced failures, in contract order (never empty)
   * @param deadLetterTopic where the record was written, or null (fail mode)
   */
  public ContractViolationException(
      ContractRef contract, String topic, List<Reason> reasons, String deadLetterTopic) {
    super(message(contract, topic, reasons, deadLetterTopic));
    this.contract = Objects.requireNonNull(contract, "contract");
    this.topic = topic;
    this.reasons = List.copyOf(reasons);
    this.deadLetterTopic = deadLetterTopic;
  }

  public ContractRef contract() {
    return contract;
  }

  /** The topic the record was sent to. */
  public String topic() {
    return topic;
  }

  /** The enforced checks the record failed, in contract order. */
  public List<Reason> reasons() {
    return reasons;
  }

  /** Where the record was written, in dead-letter mode. */
  public Optional<String> deadLetterTopic() {
    return Optional.ofNullable(deadLetterTopic);
  }

  static String message(
      ContractRef contract, String topic, List<Reason> reasons, String deadLetterTopic) {
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("a violation needs a reason");
    }
    StringBuilder s =
        new StringBuilder("record for topic ")
            .append(topic)
            .append(" violates contract ")
            .append(contract.id())
            .append(' ')
            .append(contract.version())
            .append(": ");
    for (int i = 0; i < reasons.size(); i++) {
      Reason r = reasons.get(i);
      if (i > 0) {
        s.append("; ");
      }
      s.append(r.check())
          .append(" on field ")
          .append(r.field())
          .append(": expected ")
          .append(r.expected())
          .append(", actual ")
          .append(r.actual());
    }
    if (deadLetterTopic != null) {
      s.append(" (written to dead-letter topic ").append(deadLetterTopic).append(')');
    }
    return s.toString();
  }
}
