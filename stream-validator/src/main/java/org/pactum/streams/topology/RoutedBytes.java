package org.pactum.streams.topology;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes a routed record's value as the bytes it came with (null stays null: a tombstone). Only
 * written, never read: the topology's sinks use it, no source does.
 */
final class RoutedBytes implements Serde<Routed> {
  @Override
  public Serializer<Routed> serializer() {
    return (topic, routed) -> routed == null ? null : routed.bytes();
  }

  @Override
  public Deserializer<Routed> deserializer() {
    return (topic, bytes) -> {
      throw new UnsupportedOperationException("routed records are only written");
    };
  }
}
