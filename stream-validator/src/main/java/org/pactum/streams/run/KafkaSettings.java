package org.pactum.streams.run;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * How validators reach Kafka: the cluster, extra client settings (security), the application id
 * prefix and where Kafka Streams keeps state.
 */
public record KafkaSettings(
    String bootstrapServers,
    Map<String, String> clientProperties,
    String applicationIdPrefix,
    Path stateDirectory) {
  public KafkaSettings {
    Objects.requireNonNull(bootstrapServers, "bootstrapServers");
    clientProperties = Map.copyOf(clientProperties);
    Objects.requireNonNull(applicationIdPrefix, "applicationIdPrefix");
    Objects.requireNonNull(stateDirectory, "stateDirectory");
  }

  /** The Kafka Streams application id of a contract's validator: prefix, dash, contract id. */
  public String applicationId(String contractId) {
    return applicationIdPrefix + "-" + contractId.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  /** Client properties: the cluster and the extra settings. */
  public Properties client() {
    Properties p = new Properties();
    p.putAll(clientProperties);
    p.put("bootstrap.servers", bootstrapServers);
    return p;
  }
}
