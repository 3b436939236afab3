package org.pactum.streams.core;

import java.util.Objects;
import java.util.Set;

/**
 * Where one contract's events flow on Kafka.
 *
 * @param contractId the contract enforced on the input topic
 * @param inputTopic where producers write
 * @param validTopic where records that pass go, unchanged
 * @param deadLetterTopic where rejected records go, with their reasons in headers
 */
public record Binding(
    String contractId, String inputTopic, String validTopic, String deadLetterTopic) {
  public Binding {
    Objects.requireNonNull(contractId, "contractId");
    Objects.requireNonNull(inputTopic, "inputTopic");
    Objects.requireNonNull(validTopic, "validTopic");
    Objects.requireNonNull(deadLetterTopic, "deadLetterTopic");
    if (Set.of(inputTopic, validTopic, deadLetterTopic).size() != 3) {
      throw new IllegalArgumentException(
          "binding of " + contractId + ": input, valid and dead-letter topics must differ");
    }
  }
}
