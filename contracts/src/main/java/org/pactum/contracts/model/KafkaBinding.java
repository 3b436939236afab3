package org.pactum.contracts.model;

import java.util.Objects;

/**
 * Where the contract's events flow on Kafka: the stream validator reads {@code input}, writes the
 * records that pass to {@code valid} unchanged and the rejected ones to {@code deadLetter} with
 * their reasons.
 *
 * @param input the topic producers write to
 * @param valid the topic records that pass the contract go to
 * @param deadLetter the topic rejected records go to
 * @param keyColumn the column the record key carries (e.g. the data subject's id), or null when the
 *     key is not a column of the schema
 */
public record KafkaBinding(String input, String valid, String deadLetter, String keyColumn) {
  public KafkaBinding {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(valid, "valid");
    Objects.requireNonNull(deadLetter, "deadLetter");
  }
}
