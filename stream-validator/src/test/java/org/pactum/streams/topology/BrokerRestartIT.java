package org.pactum.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.kafka.embedded.EmbeddedKafka;
import org.pactum.kafka.embedded.EmbeddedKafkaSettings;
import org.pactum.streams.Orders;
import org.pactum.streams.core.Binding;
import org.pactum.streams.core.validate.RecordValidator;
import org.pactum.streams.core.window.WindowPlan;
import org.pactum.streams.core.window.WindowSize;
import org.pactum.streams.registry.RegistrySchemaSource;
import org.pactum.streams.topology.OrderTraffic.Sent;
import org.pactum.testsupport.PostgresExtension;
import org.pactum.testsupport.TestDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exactly-once across a broker restart: a Kafka node of its own (data kept in a directory, a fixed
 * port) is stopped while a validator in this JVM is mid-stream and orders keep coming, then started
 * again on the same directory and port; afterwards every valid order is on the valid topic once,
 * every bad one on the dead-letter topic once, as a {@code read_committed} consumer reads them, and
 * each closed window is the sum of whole task parts.
 */
@ExtendWith(PostgresExtension.class)
class BrokerRestartIT {
  private static final Logger LOG = LoggerFactory.getLogger(BrokerRestartIT.class);
  private static final int ORDERS = 22_000; // 20,000 valid, 2,000 bad
  private static final int PER_SECOND = 2_000;
  private static final int STOP_AFTER_VALID = 4_000;
  private static final int PARTITIONS = 2;
  private static final Duration DOWN = Duration.ofSeconds(3);
  private static final WindowSize WINDOWS =
      new WindowSize(Duration.ofSeconds(2), Duration.ofMillis(500));
  private static final Duration WAIT = Duration.ofSeconds(60);

  @Test
  void aBrokerRestartLosesAndDuplicatesNothing(
      TestDatabase db, @TempDir Path kafkaDir, @TempDir Path state) throws Exception {
    EmbeddedKafkaSettings node =
        EmbeddedKafkaSettings.temporary().persistentAt(kafkaDir).withBrokerPort(freePort());
    EmbeddedKafka kafka = EmbeddedKafka.start(node);
    String bootstrap = kafka.bootstrapServers();
    try {
      Orders orders = new Orders(db);
      Binding binding = new Binding(orders.contract.id(), "orders", "orders.valid", "orders.dlq");
      createTopics(bootstrap, binding);
      long start = WINDOWS.startOf(Instant.now().minus(Duration.ofHours(1)).toEpochMilli());
      OrderTraffic orderTraffic = OrderTraffic.of(orders, ORDERS, start);
      OrderTraffic traffic =
          orderTraffic
              .closedBy(orders, "closer-1", start + 30_000, PARTITIONS)
              .closedBy(orders, "closer-2", start + 40_000, PARTITIONS);
      List<Sent> closers = traffic.records().subList(ORDERS, traffic.records().size());

      ConcurrentLinkedQueue<WindowLine> offered = new ConcurrentLinkedQueue<>();
      AtomicInteger threadsReplaced = new AtomicInteger();
      Properties settings = StreamsSettings.of("eos-broker-restart", bootstrap, state);
      settings.putAll(ValidatorProcess.fastFailover());
      KafkaStreams streams =
          new KafkaStreams(
              ValidationTopology.build(
                  binding,
                  new RecordValidator(orders.contract, new RegistrySchemaSource(orders.registry)),
                  new WindowPlan(orders.contract, WINDOWS),
                  w -> offered.add(WindowLine.of(w))),
              settings);
      try (PacedProducer producer = new PacedProducer(bootstrap, binding.inputTopic(), WAIT);
          CommittedTopic valid = new CommittedTopic(bootstrap, binding.validTopic(), PARTITIONS);
          CommittedTopic dead = new CommittedTopic(bootstrap, binding.deadLetterTopic(), 1);
          CommittedTopic input = new CommittedTopic(bootstrap, binding.inputTopic(), PARTITIONS)) {
        streams.setUncaughtExceptionHandler(
            e -> {
              threadsReplaced.incrementAndGet();
              LOG.atWarn()
                  .addKeyValue("event", "eos_broker_restart_thread_failed")
                  .setCause(e)
                  .log("a stream thread failed; replaced as the server does");
              return StreamThreadExceptionResponse.REPLACE_THREAD;
            });
        streams.start();
        CompletableFuture<Void> producing = producer.send(orderTraffic.records(), PER_SECOND);

        assertThat(valid.pollUntil(keys -> keys.size() >= STOP_AFTER_VALID, WAIT))
            .as("the validator passed %d orders within %s", STOP_AFTER_VALID, WAIT)
            .isTrue();
        long stopping = System.nanoTime();
        kafka.close();
        long stopped = System.nanoTime();
        int passedBeforeStop = valid.keys().size();
        int producedBeforeStop = producer.acknowledged();
        Thread.sleep(DOWN.toMillis());
        long starting = System.nanoTime();
        try {
          kafka = EmbeddedKafka.start(node);
        } catch (RuntimeException e) {
          LOG.atError()
              .addKeyValue("event", "eos_broker_restart_failed")
              .setCause(e)
              .log("restart");
          throw e;
        }
        long serving = System.nanoTime();
        assertThat(kafka.bootstrapServers()).isEqualTo(bootstrap);

        boolean resumed = valid.pollUntil(keys -> keys.size() > passedBeforeStop, WAIT);
        long resumedAt = System.nanoTime();
        assertThat(resumed)
            .as(
                "the validator passed orders after the restart within %s; state %s",
                WAIT, streams.state())
            .isTrue();
        producing.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        producer.sendNow(closers);
        assertThat(producer.failures()).as("sends that failed").isEmpty();

        List<Sent> passes = traffic.routedTo(true);
        List<Sent> fails = traffic.routedTo(false);
        boolean allValid = valid.pollUntil(keys -> keys.size() >= passes.size(), WAIT);
        boolean allDead = dead.pollUntil(keys -> keys.size() >= fails.size(), WAIT);
        List<Long> dataWindows = orderTraffic.windows(WINDOWS).keySet().stream().toList();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!lastOffers(offered).keySet().containsAll(dataWindows)
            && System.nanoTime() < deadline) {
          Thread.sleep(200);
        }
        valid.settle(Duration.ofSeconds(2));
        dead.settle(Duration.ofMillis(500));
        input.pollUntil(keys -> keys.size() >= traffic.records().size(), WAIT);
        input.settle(Duration.ofMillis(500));
        long done = System.nanoTime();
        LOG.atInfo()
            .addKeyValue("event", "eos_broker_restart_observed")
            .addKeyValue("passed_before_stop", passedBeforeStop)
            .addKeyValue("produced_before_stop", producedBeforeStop)
            .addKeyValue("stop_ms", millis(stopping, stopped))
            .addKeyValue("start_ms", millis(starting, serving))
            .addKeyValue("resumed_after_start_ms", millis(serving, resumedAt))
            .addKeyValue("done_after_start_ms", millis(serving, done))
            .addKeyValue("threads_replaced", threadsReplaced.get())
            .addKeyValue("streams_state", streams.state())
            .addKeyValue("valid_seen", valid.records().size())
            .addKeyValue("dead_letters_seen", dead.records().size())
            .addKeyValue("windows_offered", offered.size())
            .log("broker restarted under a running validator");

        Delivery in = Delivery.of(input.topic(), traffic.records(), input.records());
        assertThat(in.exactlyOnce()).as("the input holds each order once: %s", in).isTrue();
        Delivery out = Delivery.of(valid.topic(), passes, valid.records());
        assertThat(out.exactlyOnce()).as("valid topic: %s", out).isTrue();
        assertThat(allValid).isTrue();
        Delivery deadLetters = Delivery.of(dead.topic(), fails, dead.records());
        assertThat(deadLetters.exactlyOnce()).as("dead-letter topic: %s", deadLetters).isTrue();
        assertThat(allDead).isTrue();

        Map<Long, WindowLine> closed = lastOffers(offered);
        assertThat(closed.keySet())
            .as("every window of the orders closed, and no other")
            .containsExactlyElementsOf(dataWindows);
        Map<String, Integer> partitionOfKey = new HashMap<>();
        input.records().forEach(r -> partitionOfKey.put(new String(r.key()), r.partition()));
        WindowParts parts = WindowParts.of(traffic.records(), partitionOfKey, WINDOWS);
        List<String> dropped = new ArrayList<>();
        for (Long window : dataWindows) {
          WindowLine line = closed.get(window);
          Optional<Set<Integer>> counted = parts.counted(line);
          assertThat(counted)
              .as(
                  "window %s is the sum of whole task parts %s, none counted twice or in part: %s",
                  Instant.ofEpochMilli(window), parts.of(window), line)
              .isPresent();
          parts
              .of(window)
              .forEach(
                  (partition, part) -> {
                    if (!counted.get().contains(partition)) {
                      dropped.add(
                          Instant.ofEpochMilli(window) + " p" + partition + " " + part.records());
                    }
                  });
        }
        LOG.atInfo()
            .addKeyValue("event", "eos_broker_restart_windows")
            .addKeyValue("windows", dataWindows.size())
            .addKeyValue("parts_dropped_as_late", dropped)
            .log("closed windows compared with what each task counted");
      } finally {
        streams.close(Duration.ofSeconds(10)); // bounded: the broker may be down
      }
    } finally {
      kafka.close();
    }
  }

  /** The last counts offered for each window (a window offered again replaces its run). */
  private static Map<Long, WindowLine> lastOffers(ConcurrentLinkedQueue<WindowLine> offered) {
    Map<Long, WindowLine> last = new TreeMap<>();
    offered.forEach(w -> last.put(w.start(), w));
    return last;
  }

  private static void createTopics(String bootstrap, Binding binding) throws Exception {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      admin
          .createTopics(
              List.of(
                  new NewTopic(binding.inputTopic(), PARTITIONS, (short) 1),
                  new NewTopic(binding.validTopic(), PARTITIONS, (short) 1),
                  new NewTopic(binding.deadLetterTopic(), 1, (short) 1)))
          .all()
          .get(30, TimeUnit.SECONDS);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static long millis(long from, long to) {
    return TimeUnit.NANOSECONDS.toMillis(to - from);
  }
}
