package org.pactum.streams.core;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.pactum.contracts.model.DataContract;
import org.pactum.contracts.model.KafkaBinding;

/**
 * Where one contract's events flow on Kafka.
 *
 * @param contractId the contract enforced on the input topic
 * @param inputTopic where producers write
 * @param validTopic where records that pass go, unchanged
 * @param deadLetterTopic where rejected records go, with their reasons in headers
 * @param keyColumn the column the record key carries, or null
 */
public record Binding(
    String contractId,
    String inputTopic,
    String validTopic,
    String deadLetterTopic,
    String keyColumn) {
  public Binding {
    Objects.requireNonNull(contractId, "contractId");
    Objects.requireNonNull(inputTopic, "inputTopic");
    Objects.requireNonNull(validTopic, "validTopic");
    Objects.requireNonNull(deadLetterTopic, "deadLetterTopic");
    if (Stream.of(inputTopic, validTopic, deadLetterTopic).distinct().count() != 3) {
      throw new IllegalArgumentException(
          "binding of " + contractId + ": input, valid and dead-letter topics must differ");
    }
  }

  /** A binding whose record key carries no known column. */
  public Binding(String contractId, String inputTopic, String validTopic, String deadLetterTopic) {
    this(contractId, inputTopic, validTopic, deadLetterTopic, null);
  }

  /** The binding the contract declares in its {@code kafka:} section, if any. */
  public static Optional<Binding> of(DataContract contract) {
    KafkaBinding k = contract.kafka();
    return k == null
        ? Optional.empty()
        : Optional.of(
            new Binding(contract.id(), k.input(), k.valid(), k.deadLetter(), k.keyColumn()));
  }
}
