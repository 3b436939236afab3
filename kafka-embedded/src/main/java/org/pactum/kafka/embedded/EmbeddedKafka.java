package org.pactum.kafka.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Apache Kafka node in KRaft mode, broker and controller combined, running in this JVM on
 * loopback: the same server a {@code kafka-server-start.sh} runs, started from Kafka's own classes
 * ({@link Formatter} formats the log directory as {@code kafka-storage.sh format} does, {@link
 * KafkaRaftServer} runs the node). Consumer groups and exactly-once transactions work: internal
 * topics have one replica.
 *
 * <pre>{@code
 * try (EmbeddedKafka kafka = EmbeddedKafka.start(EmbeddedKafkaSettings.temporary())) {
 *   producerProps.put("bootstrap.servers", kafka.bootstrapServers());
 * }
 * }</pre>
 */
public final class EmbeddedKafka implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
  private static final int BIND_ATTEMPTS = 3;
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

  private final KafkaRaftServer server;
  private final Path dataDirectory;
  private final boolean temporary;
  private final String bootstrapServers;
  private boolean closed;

  private EmbeddedKafka(
      KafkaRaftServer server, Path dataDirectory, boolean temporary, String bootstrapServers) {
    this.server = server;
    this.dataDirectory = dataDirectory;
    this.temporary = temporary;
    this.bootstrapServers = bootstrapServers;
  }

  /**
   * Formats the data directory (unless already formatted), starts the node and returns once it
   * serves clients. Free ports taken by another process between choosing and binding are retried.
   */
  public static EmbeddedKafka start(EmbeddedKafkaSettings settings) {
    long started = System.nanoTime();
    boolean temporary = settings.dataDirectory().isEmpty();
    Path directory = settings.dataDirectory().orElseGet(EmbeddedKafka::temporaryDirectory);
    try {
      for (int attempt = 1; ; attempt++) {
        int brokerPort = settings.brokerPort() == 0 ? LoopbackPorts.free() : settings.brokerPort();
        int controllerPort = LoopbackPorts.free();
        try {
          EmbeddedKafka kafka =
              startOnce(directory, temporary, brokerPort, controllerPort, settings);
          LOG.atInfo()
              .addKeyValue("event", "kafka.embedded.started")
              .addKeyValue("bootstrap_servers", kafka.bootstrapServers)
              .addKeyValue("data_directory", directory)
              .addKeyValue("millis", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started))
              .log("embedded Kafka node serving");
          return kafka;
        } catch (RuntimeException e) {
          if (attempt >= BIND_ATTEMPTS || !causedByBind(e)) {
            throw e;
          }
          LOG.atInfo()
              .addKeyValue("event", "kafka.embedded.port_taken")
              .addKeyValue("attempt", attempt)
              .log("a chosen port was taken before the node bound it; retrying");
        }
      }
    } catch (RuntimeException e) {
      if (temporary) {
        deleteRecursively(directory);
      }
      throw e;
    }
  }

  private static EmbeddedKafka startOnce(
      Path directory,
      boolean temporary,
      int brokerPort,
      int controllerPort,
      EmbeddedKafkaSettings settings) {
    Map<String, String> props =
        NodeConfig.properties(directory, brokerPort, controllerPort, settings.brokerOverrides());
    KafkaConfig config = new KafkaConfig(props, false);
    format(directory);
    KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
    String bootstrap = NodeConfig.bootstrapServers(brokerPort);
    EmbeddedKafka kafka = new EmbeddedKafka(server, directory, temporary, bootstrap);
    try {
      server.startup();
      kafka.awaitServing();
      return kafka;
    } catch (RuntimeException e) {
      kafka.stop();
      throw e;
    }
  }

  /** Formats the node's directory as {@code kafka-storage.sh format} does; a no-op once done. */
  private static void format(Path directory) {
    if (Files.exists(directory.resolve("meta.properties"))) {
      // formatted before: its cluster id is the node's; formatting again would give it another
      return;
    }
    try (PrintStream quiet = new PrintStream(OutputStream.nullOutputStream())) {
      new Formatter()
          .setPrintStream(quiet)
          .setNodeId(NodeConfig.NODE_ID)
          .setClusterId(Uuid.randomUuid().toString())
          .setControllerListenerName(NodeConfig.CONTROLLER_LISTENER)
          .setMetadataLogDirectory(directory.toString())
          .addDirectory(directory.toString())
          .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
          .setIgnoreFormatted(true)
          .run();
    } catch (Exception e) {
      throw new IllegalStateException("could not format the Kafka log directory " + directory, e);
    }
  }

  /** Waits until the broker answers a metadata request listing itself. */
  private void awaitServing() {
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                (int) READY_TIMEOUT.toMillis()))) {
      int nodes =
          admin
              .describeCluster()
              .nodes()
              .get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
              .size();
      if (nodes != 1) {
        throw new IllegalStateException("the embedded Kafka node reported " + nodes + " brokers");
      }
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("the embedded Kafka node did not start serving", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the embedded Kafka node started", e);
    }
  }

  /** {@code host:port} of the broker listener, for {@code bootstrap.servers}. */
  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** Where the node keeps its metadata log and topic data. */
  public Path dataDirectory() {
    return dataDirectory;
  }

  /** Stops the node (a controlled shutdown) and deletes a temporary data directory. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    long started = System.nanoTime();
    stop();
    if (temporary) {
      deleteRecursively(dataDirectory);
    }
    LOG.atInfo()
        .addKeyValue("event", "kafka.embedded.stopped")
        .addKeyValue("millis", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started))
        .log("embedded Kafka node stopped");
  }

  private void stop() {
    server.shutdown();
    server.awaitShutdown();
  }

  private static boolean causedByBind(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException) {
        return true;
      }
    }
    return false;
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("pactum-kafka-");
    } catch (IOException e) {
      throw new UncheckedIOException("could not create a directory for the embedded Kafka", e);
    }
  }

  private static void deleteRecursively(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      LOG.atWarn()
          .addKeyValue("event", "kafka.embedded.cleanup_failed")
          .addKeyValue("data_directory", directory)
          .setCause(e)
          .log("could not delete the embedded Kafka's temporary directory");
    }
  }
}
