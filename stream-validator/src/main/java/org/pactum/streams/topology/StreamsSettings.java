package org.pactum.streams.topology;

import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The Kafka Streams settings a validator runs with: exactly-once v2 (a record is on the valid or
 * the dead-letter topic once, and its input offset committed in the same transaction), bytes in and
 * out. Instances with the same application id share the input partitions.
 */
public final class StreamsSettings {
  private StreamsSettings() {}

  public static Properties of(String applicationId, String bootstrapServers, Path stateDirectory) {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.STATE_DIR_CONFIG, stateDirectory.toString());
    return p;
  }
}
