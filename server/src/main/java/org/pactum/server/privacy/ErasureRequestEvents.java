package org.pactum.server.privacy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.lifecycle.Managed;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.pactum.lineage.erasure.core.ErasureException;
import org.pactum.lineage.erasure.core.ErasureService;
import org.pactum.streams.run.KafkaSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erasure requests that arrive as events on a topic ({@code streams.erasureRequestsTopic}), fed
 * into the same erasure flow as {@code POST /api/v1/erasure-requests}, idempotently: each event's
 * request id is its own {@code request_id} or derived from its topic, partition and offset, and a
 * request that exists is not submitted again. Offsets are committed after each batch is handled, so
 * an event is handled at least once and, by its id, submitted once. An event that is not a request
 * (bad JSON, a missing field, a subject type no contract declares) is logged by its position and
 * skipped — never with its subject id. If the store cannot be reached the batch is read again after
 * a pause.
 */
public final class ErasureRequestEvents implements Managed {
  private static final Logger LOG = LoggerFactory.getLogger(ErasureRequestEvents.class);
  private static final Duration RETRY = Duration.ofSeconds(5);

  private final KafkaSettings kafka;
  private final String topic;
  private final ErasureService erasure;
  private final ObjectMapper json =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private KafkaConsumer<byte[], byte[]> consumer;
  private Thread thread;
  private volatile boolean running;

  public ErasureRequestEvents(KafkaSettings kafka, String topic, ErasureService erasure) {
    this.kafka = kafka;
    this.topic = topic;
    this.erasure = erasure;
  }

  /** The consumer group: one per Pactum fleet, so each event is handled by one instance. */
  public String groupId() {
    return kafka.applicationIdPrefix() + "-erasure-requests";
  }

  @Override
  public void start() {
    Properties p = kafka.client();
    p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId());
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "100");
    consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    running = true;
    thread = new Thread(this::loop, "pactum-erasure-events");
    thread.setDaemon(true);
    thread.start();
  }

  private void loop() {
    try {
      consumer.subscribe(List.of(topic));
      while (running) {
        ConsumerRecords<byte[], byte[]> batch = consumer.poll(Duration.ofMillis(500));
        try {
          for (ConsumerRecord<byte[], byte[]> r : batch) {
            handle(r);
          }
          consumer.commitSync();
        } catch (RuntimeException e) {
          LOG.atWarn()
              .addKeyValue("event", "erasure_events_retry")
              .addKeyValue("error", e.getClass().getSimpleName())
              .log("erasure request events could not be handled; reading the batch again");
          for (TopicPartition tp : batch.partitions()) {
            consumer.seek(tp, batch.records(tp).get(0).offset());
          }
          Thread.sleep(RETRY.toMillis());
        }
      }
    } catch (WakeupException | InterruptedException e) {
      // stopping
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  private void handle(ConsumerRecord<byte[], byte[]> r) {
    Optional<String> problem;
    ErasureEvent event = null;
    try {
      event = r.value() == null ? null : json.readValue(r.value(), ErasureEvent.class);
      problem = event == null ? Optional.of("no value") : event.problem();
    } catch (IOException e) {
      problem = Optional.of("not an erasure request (" + e.getClass().getSimpleName() + ")");
    }
    if (problem.isPresent()) {
      refused(r, problem.get());
      return;
    }
    UUID id = event.id(r.topic(), r.partition(), r.offset());
    try {
      ErasureService.Submitted s =
          erasure.submitOnce(
              id, event.subjectType(), event.subjectId(), event.requestedBy(), event.legalBasis());
      LOG.atInfo()
          .addKeyValue("event", "erasure_event_submitted")
          .addKeyValue("request_id", s.request().requestId())
          .addKeyValue("topic", r.topic())
          .addKeyValue("partition", r.partition())
          .addKeyValue("offset", r.offset())
          .log("an erasure request arrived as an event");
    } catch (ErasureException e) {
      if (e.reason() != ErasureException.Reason.INVALID_FIELD) {
        throw e; // shutting down: read again later
      }
      refused(r, e.getMessage());
    }
  }

  private static void refused(ConsumerRecord<byte[], byte[]> r, String why) {
    LOG.atWarn()
        .addKeyValue("event", "erasure_event_refused")
        .addKeyValue("topic", r.topic())
        .addKeyValue("partition", r.partition())
        .addKeyValue("offset", r.offset())
        .addKeyValue("reason", why)
        .log("an event on the erasure requests topic is not a request it can take");
  }

  @Override
  public void stop() throws InterruptedException {
    running = false;
    if (consumer != null) {
      consumer.wakeup();
    }
    if (thread != null) {
      thread.join(10_000);
    }
  }
}
