package org.pactum.streams.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.pactum.streams.core.Binding;
import org.pactum.streams.topology.StreamsSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The validators this instance runs: one Kafka Streams application per bound contract, kept in line
 * with the wanted bindings every {@code interval} (and at {@link #reconcile()}): a new binding
 * starts, a new contract version restarts its validator, a binding no longer wanted stops. Several
 * instances running the same bindings share their input partitions (same application ids) — Kafka
 * Streams' own scale-out.
 *
 * <p>Before a validator starts, its input topic must exist (otherwise it waits, and is tried again
 * at the next round); a missing valid or dead-letter topic is created with the input's partition
 * count. A validator whose stream threads fail has them replaced (back-off on the registry is in
 * the topology); one that stops in {@code ERROR} is started again at the next round.
 */
public final class StreamValidators implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StreamValidators.class);
  private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(10);

  private final Supplier<List<BoundStream>> wanted;
  private final Function<BoundStream, Topology> topologies;
  private final KafkaSettings kafka;
  private final Duration interval;
  private final Clock clock;
  private final Map<String, Running> running = new ConcurrentHashMap<>();
  private final Map<String, StreamStatus> waiting = new ConcurrentHashMap<>();
  private ScheduledExecutorService rounds;
  private Admin admin;

  private record Running(BoundStream bound, KafkaStreams streams, Status status) {}

  /** A validator's state as its listener last saw it. */
  private static final class Status {
    private volatile StreamState state = StreamState.STARTING;
    private volatile String detail;
    private volatile Instant since;

    Status(Instant since) {
      this.since = since;
    }

    void set(StreamState state, String detail, Instant at) {
      this.state = state;
      this.detail = detail;
      this.since = at;
    }
  }

  public StreamValidators(
      Supplier<List<BoundStream>> wanted,
      Function<BoundStream, Topology> topologies,
      KafkaSettings kafka,
      Duration interval,
      Clock clock) {
    this.wanted = wanted;
    this.topologies = topologies;
    this.kafka = kafka;
    this.interval = interval;
    this.clock = clock;
  }

  /** Starts the wanted validators now and keeps them in line every interval. */
  public synchronized void start() {
    admin = Admin.create(kafka.client());
    rounds =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "pactum-streams-reconcile");
              t.setDaemon(true);
              return t;
            });
    rounds.scheduleWithFixedDelay(
        this::reconcileLogged, 0, Math.max(1, interval.toMillis()), TimeUnit.MILLISECONDS);
  }

  private void reconcileLogged() {
    try {
      reconcile();
    } catch (RuntimeException e) {
      LOG.atWarn()
          .addKeyValue("event", "stream_reconcile_failed")
          .addKeyValue("error", e.getClass().getSimpleName())
          .log("the stream bindings could not be compared with the catalog; trying next round");
    }
  }

  /** One round: start, restart and stop validators so that they match the wanted bindings. */
  public synchronized void reconcile() {
    if (admin == null) {
      throw new IllegalStateException("not started");
    }
    Map<String, BoundStream> want = new LinkedHashMap<>();
    for (BoundStream b : wanted.get()) {
      want.put(b.contractId(), b);
    }
    for (String id : new ArrayList<>(running.keySet())) {
      Running r = running.get(id);
      BoundStream w = want.get(id);
      boolean failed =
          r.streams.state() == KafkaStreams.State.ERROR
              || r.streams.state() == KafkaStreams.State.NOT_RUNNING;
      if (w == null || !w.equals(r.bound) || failed) {
        stop(r, w == null ? "binding removed" : failed ? "failed" : "contract changed");
        running.remove(id);
      }
    }
    waiting.keySet().retainAll(want.keySet());
    for (BoundStream b : want.values()) {
      if (!running.containsKey(b.contractId())) {
        startOne(b);
      }
    }
  }

  private void startOne(BoundStream b) {
    Binding binding = b.binding();
    Optional<String> missing = ensureTopics(binding);
    if (missing.isPresent()) {
      waiting.put(
          b.contractId(),
          new StreamStatus(
              binding, b.contractVersion(), StreamState.WAITING, missing.get(), clock.instant()));
      return;
    }
    Topology topology;
    try {
      topology = topologies.apply(b);
    } catch (IllegalArgumentException e) {
      waiting.put(
          b.contractId(),
          new StreamStatus(
              binding, b.contractVersion(), StreamState.WAITING, e.getMessage(), clock.instant()));
      return;
    }
    String appId = kafka.applicationId(b.contractId());
    Properties props =
        StreamsSettings.of(appId, kafka.bootstrapServers(), kafka.stateDirectory().resolve(appId));
    kafka.clientProperties().forEach(props::putIfAbsent);
    KafkaStreams streams = new KafkaStreams(topology, props);
    Status status = new Status(clock.instant());
    streams.setStateListener((now, before) -> status.set(stateOf(now), null, clock.instant()));
    streams.setUncaughtExceptionHandler(
        e -> {
          LOG.atWarn()
              .addKeyValue("event", "stream_thread_failed")
              .addKeyValue("contract", b.contractId())
              .addKeyValue("error", e.getClass().getSimpleName())
              .log("a validator's stream thread failed; replacing it");
          return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    running.put(b.contractId(), new Running(b, streams, status));
    waiting.remove(b.contractId());
    streams.start();
    LOG.atInfo()
        .addKeyValue("event", "stream_validator_started")
        .addKeyValue("contract", b.contractId())
        .addKeyValue("contract_version", b.contractVersion())
        .addKeyValue("application_id", appId)
        .addKeyValue("input", binding.inputTopic())
        .log("validating a stream");
  }

  private static StreamState stateOf(KafkaStreams.State s) {
    return switch (s) {
      case CREATED, REBALANCING -> StreamState.STARTING;
      case RUNNING -> StreamState.RUNNING;
      case ERROR -> StreamState.ERROR;
      case PENDING_SHUTDOWN, NOT_RUNNING, PENDING_ERROR -> StreamState.STOPPED;
    };
  }

  /** Empty when the topics are ready (creating missing outputs), else why the validator waits. */
  private Optional<String> ensureTopics(Binding binding) {
    Set<String> names =
        new HashSet<>(
            List.of(binding.inputTopic(), binding.validTopic(), binding.deadLetterTopic()));
    Map<String, TopicDescription> found = new HashMap<>();
    try {
      Set<String> existing = admin.listTopics().names().get(timeoutMs(), TimeUnit.MILLISECONDS);
      names.retainAll(existing);
      found.putAll(
          admin.describeTopics(names).allTopicNames().get(timeoutMs(), TimeUnit.MILLISECONDS));
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return Optional.of(
          "Kafka could not be asked about the topics (" + e.getClass().getSimpleName() + ")");
    }
    TopicDescription input = found.get(binding.inputTopic());
    if (input == null) {
      return Optional.of("input topic " + binding.inputTopic() + " does not exist");
    }
    List<NewTopic> create = new ArrayList<>();
    for (String out : List.of(binding.validTopic(), binding.deadLetterTopic())) {
      if (!found.containsKey(out)) {
        create.add(new NewTopic(out, Optional.of(input.partitions().size()), Optional.empty()));
      }
    }
    if (!create.isEmpty()) {
      try {
        admin.createTopics(create).all().get(timeoutMs(), TimeUnit.MILLISECONDS);
      } catch (Exception e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
          }
          return Optional.of(
              "the valid or dead-letter topic could not be created ("
                  + e.getClass().getSimpleName()
                  + ")");
        }
      }
    }
    return Optional.empty();
  }

  private static long timeoutMs() {
    return ADMIN_TIMEOUT.toMillis();
  }

  private void stop(Running r, String why) {
    r.streams.close(Duration.ofSeconds(30));
    LOG.atInfo()
        .addKeyValue("event", "stream_validator_stopped")
        .addKeyValue("contract", r.bound.contractId())
        .addKeyValue("reason", why)
        .log("stopped validating a stream");
  }

  /** Every binding this instance validates or waits to, by contract id. */
  public List<StreamStatus> status() {
    List<StreamStatus> out = new ArrayList<>(waiting.values());
    for (Running r : running.values()) {
      out.add(
          new StreamStatus(
              r.bound.binding(),
              r.bound.contractVersion(),
              r.status.state,
              r.status.detail,
              r.status.since));
    }
    out.sort(Comparator.comparing(s -> s.binding().contractId()));
    return out;
  }

  /** One binding's status on this instance. */
  public Optional<StreamStatus> status(String contractId) {
    return status().stream().filter(s -> s.binding().contractId().equals(contractId)).findFirst();
  }

  /** Kafka's admin client, for lag (null before {@link #start()}). */
  Admin admin() {
    return admin;
  }

  public KafkaSettings kafka() {
    return kafka;
  }

  @Override
  public synchronized void close() {
    if (rounds != null) {
      rounds.shutdownNow();
    }
    for (Running r : running.values()) {
      stop(r, "shutdown");
    }
    running.clear();
    if (admin != null) {
      admin.close(Duration.ofSeconds(5));
    }
  }
}
