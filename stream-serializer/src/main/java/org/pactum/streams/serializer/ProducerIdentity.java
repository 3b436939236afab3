package org.pactum.streams.serializer;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.common.header.Headers;
import org.pactum.streams.core.deadletter.DeadLetterHeaders;

/**
 * The headers a producer names itself with on every record ({@code service-id}, {@code
 * deployment-hash}; see the stream validator's README), added when configured and when the record
 * does not carry its own.
 */
record ProducerIdentity(Optional<String> serviceId, Optional<String> deploymentHash) {
  static final ProducerIdentity NONE = new ProducerIdentity(Optional.empty(), Optional.empty());

  void addTo(Headers headers) {
    add(headers, DeadLetterHeaders.SERVICE_ID, serviceId);
    add(headers, DeadLetterHeaders.DEPLOYMENT_HASH, deploymentHash);
  }

  private static void add(Headers headers, String key, Optional<String> value) {
    if (value.isPresent() && headers.lastHeader(key) == null) {
      headers.add(key, value.get().getBytes(StandardCharsets.UTF_8));
    }
  }
}
