package org.pactum.server.demo;

import io.dropwizard.lifecycle.Managed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.pactum.kafka.embedded.EmbeddedKafka;
import org.pactum.kafka.embedded.EmbeddedKafkaSettings;

/**
 * The demo's own Kafka node (KRaft, broker and controller in one) in the server's process, on a
 * free loopback port, its data in a temporary directory deleted at shutdown — like the demo's
 * warehouse tables, the demo's streams start afresh each time. Stopped after everything that uses
 * it (registered first).
 */
public final class DemoKafka implements Managed {
  private final EmbeddedKafka kafka;
  private final Path state;

  private DemoKafka(EmbeddedKafka kafka, Path state) {
    this.kafka = kafka;
    this.state = state;
  }

  public static DemoKafka open() {
    Path state;
    try {
      state = Files.createTempDirectory("pactum-demo-streams");
    } catch (IOException e) {
      throw new UncheckedIOException("no temporary directory for the demo's stream state", e);
    }
    return new DemoKafka(EmbeddedKafka.start(EmbeddedKafkaSettings.temporary()), state);
  }

  public String bootstrapServers() {
    return kafka.bootstrapServers();
  }

  /** Where the validators keep their state: a temporary directory, deleted with the node. */
  public String stateDirectory() {
    return state.toString();
  }

  @Override
  public void start() {
    // started when built: the validators need its address before the server starts
  }

  @Override
  public void stop() {
    kafka.close();
    try (Stream<Path> paths = Files.walk(state)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }
}
