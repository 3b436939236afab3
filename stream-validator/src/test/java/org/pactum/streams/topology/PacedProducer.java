package org.pactum.streams.topology;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.pactum.streams.topology.OrderTraffic.Sent;

/**
 * Produces records to the input topic at a steady rate on a thread of its own, so a validator can
 * be killed (or its broker restarted) while records keep coming. The producer is idempotent and
 * retries for as long as {@code deliveryTimeout}: a record is written to the input once or the send
 * fails, and a failed send fails the test.
 */
final class PacedProducer implements AutoCloseable {
  private final KafkaProducer<byte[], byte[]> producer;
  private final String topic;
  private final AtomicInteger acknowledged = new AtomicInteger();
  private final ConcurrentLinkedQueue<Exception> failures = new ConcurrentLinkedQueue<>();

  PacedProducer(String bootstrapServers, String topic, Duration deliveryTimeout) {
    this.topic = topic;
    this.producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.LINGER_MS_CONFIG,
                5,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                (int) deliveryTimeout.toMillis(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                (int) deliveryTimeout.toMillis()),
            new ByteArraySerializer(),
            new ByteArraySerializer());
  }

  /** Sends {@code records} in order, {@code perSecond} a second, then flushes. */
  CompletableFuture<Void> send(List<Sent> records, int perSecond) {
    return CompletableFuture.runAsync(
        () -> {
          long started = System.nanoTime();
          for (int i = 0; i < records.size(); i++) {
            long due = started + TimeUnit.SECONDS.toNanos(i) / perSecond;
            long wait = due - System.nanoTime();
            if (wait > 0) {
              sleep(wait);
            }
            send(records.get(i));
          }
          producer.flush();
        });
  }

  /** Sends {@code records} at once and waits until each is acknowledged. */
  void sendNow(List<Sent> records) {
    records.forEach(this::send);
    producer.flush();
  }

  private void send(Sent s) {
    producer.send(
        new ProducerRecord<>(
            topic,
            s.partition() == Sent.ANY ? null : s.partition(),
            s.timestamp(),
            s.key().getBytes(),
            s.value()),
        (meta, e) -> {
          if (e == null) {
            acknowledged.incrementAndGet();
          } else {
            failures.add(e);
          }
        });
  }

  private static void sleep(long nanos) {
    try {
      TimeUnit.NANOSECONDS.sleep(nanos);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while producing", e);
    }
  }

  int acknowledged() {
    return acknowledged.get();
  }

  /** Sends that failed: the test's input is then incomplete and the test fails. */
  List<Exception> failures() {
    return List.copyOf(failures);
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
  }
}
