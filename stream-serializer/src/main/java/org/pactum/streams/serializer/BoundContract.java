package org.pactum.streams.serializer;

import java.util.Objects;
import java.util.Optional;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.KafkaBinding;
import org.pactum.streams.client.PublishedContract;
import org.pactum.streams.core.ContractRef;
import org.pactum.streams.core.validate.RecordChecks;

/**
 * The contract a serializer checks records against, as read from the server: its reference, its
 * per-record checks (compiled once), the subject its schema is registered under and where dead
 * letters go.
 */
record BoundContract(
    ContractRef ref, RecordChecks checks, String subject, Optional<String> deadLetterTopic) {
  BoundContract {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(checks, "checks");
    Objects.requireNonNull(subject, "subject");
  }

  /**
   * @param configuredDeadLetterTopic the configured topic; else the contract's {@code
   *     kafka.dead_letter}
   */
  static BoundContract of(PublishedContract published, Optional<String> configuredDeadLetterTopic) {
    DataContract c = published.contract();
    KafkaBinding kafka = c.kafka();
    Optional<String> deadLetter =
        configuredDeadLetterTopic.or(
            () -> kafka == null ? Optional.empty() : Optional.of(kafka.deadLetter()));
    return new BoundContract(
        new ContractRef(c.id(), c.version()), new RecordChecks(c), published.subject(), deadLetter);
  }
}
