package org.pactum.streams.topology;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.Topology;
import org.pactum.streams.core.Binding;
import org.pactum.streams.core.validate.RecordValidator;

/**
 * One binding's topology: source (the input topic, bytes as they are) → validate → the valid topic
 * or the dead-letter topic. Stateless; records keep their partitioning key bytes.
 */
public final class ValidationTopology {
  static final String SOURCE = "input";
  static final String VALIDATE = "validate";
  static final String VALID_SINK = "valid";
  static final String DEAD_LETTER_SINK = "dead-letter";

  private ValidationTopology() {}

  public static Topology build(Binding binding, RecordValidator validator) {
    if (!binding.contractId().equals(validator.contract().id())) {
      throw new IllegalArgumentException(
          "binding of "
              + binding.contractId()
              + " given a validator of "
              + validator.contract().id());
    }
    Topology topology = new Topology();
    topology.addSource(
        SOURCE, new ByteArrayDeserializer(), new ByteArrayDeserializer(), binding.inputTopic());
    topology.addProcessor(VALIDATE, () -> new ValidatingProcessor(validator), SOURCE);
    topology.addSink(
        VALID_SINK,
        binding.validTopic(),
        new ByteArraySerializer(),
        new ByteArraySerializer(),
        VALIDATE);
    topology.addSink(
        DEAD_LETTER_SINK,
        binding.deadLetterTopic(),
        new ByteArraySerializer(),
        new ByteArraySerializer(),
        VALIDATE);
    return topology;
  }
}
