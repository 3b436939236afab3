package org.pactum.kafka.embedded;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How to start an {@link EmbeddedKafka}.
 *
 * @param dataDirectory where the node keeps its metadata log and topic data; empty for a temporary
 *     directory deleted on close. An existing, formatted directory is reused as it is (its cluster
 *     id and topics survive restarts).
 * @param brokerPort the loopback port clients connect to; 0 for a free port
 * @param brokerOverrides broker settings applied over Pactum's defaults (e.g. {@code
 *     log.retention.ms}); the listener, role and directory settings cannot be overridden
 */
public record EmbeddedKafkaSettings(
    Optional<Path> dataDirectory, int brokerPort, Map<String, String> brokerOverrides) {

  public EmbeddedKafkaSettings {
    Objects.requireNonNull(dataDirectory, "dataDirectory");
    if (brokerPort < 0 || brokerPort > 65_535) {
      throw new IllegalArgumentException("brokerPort must be 0..65535, was " + brokerPort);
    }
    brokerOverrides = Map.copyOf(brokerOverrides);
  }

  /** A temporary node on a free port, deleted when closed: what tests use. */
  public static EmbeddedKafkaSettings temporary() {
    return new EmbeddedKafkaSettings(Optional.empty(), 0, Map.of());
  }

  /** A node whose data survives restarts in {@code directory}. */
  public EmbeddedKafkaSettings persistentAt(Path directory) {
    return new EmbeddedKafkaSettings(Optional.of(directory), brokerPort, brokerOverrides);
  }

  /** The same settings with a fixed client port. */
  public EmbeddedKafkaSettings withBrokerPort(int port) {
    return new EmbeddedKafkaSettings(dataDirectory, port, brokerOverrides);
  }

  /** The same settings with one more broker setting. */
  public EmbeddedKafkaSettings withOverride(String key, String value) {
    Map<String, String> more = new TreeMap<>(brokerOverrides);
    more.put(key, value);
    return new EmbeddedKafkaSettings(dataDirectory, brokerPort, more);
  }
}
