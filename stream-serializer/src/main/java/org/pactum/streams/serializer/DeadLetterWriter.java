package org.pactum.streams.serializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.pactum.streams.core.ContractRef;
import org.pactum.streams.core.Verdict;
import org.pactum.streams.core.deadletter.DeadLetterHeaders;
import org.pactum.streams.core.deadletter.OriginalRecord;

/**
 * Writes a rejected record to the dead-letter topic with its own producer (byte arrays, never
 * transactional), as the stream validator writes its dead letters: the wire bytes, the record's
 * headers, then the {@code __pactum.errors.*} headers. The record was never written, so its
 * partition and offset headers are {@code -1}; the value serializer does not see the record's key,
 * so the dead letter has none. Each write waits for the broker's acknowledgement (bounded), so a
 * send that reports its record dead-lettered means it is. Thread-safe.
 */
final class DeadLetterWriter implements AutoCloseable {
  /** The partition and offset headers of a record that was never written. */
  static final int NOT_WRITTEN = -1;

  private final Producer<byte[], byte[]> producer;
  private final Duration timeout;

  DeadLetterWriter(Producer<byte[], byte[]> producer, Duration timeout) {
    this.producer = producer;
    this.timeout = timeout;
  }

  /** Writes the record; throws {@link SerializationException} when the broker did not take it. */
  void write(
      String deadLetterTopic,
      String topic,
      byte[] value,
      Headers original,
      ContractRef contract,
      Verdict.Rejected verdict) {
    List<DeadLetterHeaders.Header> own = new ArrayList<>();
    RecordHeaders headers = new RecordHeaders();
    if (original != null) {
      for (Header h : original) {
        own.add(new DeadLetterHeaders.Header(h.key(), h.value()));
        headers.add(h.key(), h.value());
      }
    }
    for (DeadLetterHeaders.Header h :
        DeadLetterHeaders.of(
            contract, verdict, new OriginalRecord(topic, NOT_WRITTEN, NOT_WRITTEN), own)) {
      headers.add(new RecordHeader(h.key(), h.value()));
    }
    try {
      producer
          .send(new ProducerRecord<>(deadLetterTopic, null, null, null, value, headers))
          .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SerializationException(
          "interrupted while writing to dead-letter topic " + deadLetterTopic, e);
    } catch (ExecutionException | TimeoutException | KafkaException e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      throw new SerializationException(
          "the record violates its contract and could not be written to dead-letter topic "
              + deadLetterTopic
              + ": "
              + cause,
          cause);
    }
  }

  @Override
  public void close() {
    producer.close(timeout);
  }
}
