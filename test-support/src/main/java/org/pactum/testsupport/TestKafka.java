package org.pactum.testsupport;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.pactum.kafka.embedded.EmbeddedKafka;

/**
 * The test JVM's shared Kafka node ({@link KafkaExtension}): its address and fresh topics, so that
 * tests sharing the node never see each other's records.
 */
public final class TestKafka implements AutoCloseable {
  private final EmbeddedKafka kafka;
  private final AtomicInteger counter = new AtomicInteger();

  TestKafka(EmbeddedKafka kafka) {
    this.kafka = kafka;
  }

  /** {@code host:port} for {@code bootstrap.servers}. */
  public String bootstrapServers() {
    return kafka.bootstrapServers();
  }

  /** Creates a topic named after {@code hint}, unique in this JVM, and returns its name. */
  public String newTopic(String hint, int partitions) {
    String name = hint.replaceAll("[^A-Za-z0-9._-]+", "-") + "-" + counter.incrementAndGet();
    createTopic(name, partitions);
    return name;
  }

  /** Creates a topic with one replica (the node is alone). */
  public void createTopic(String name, int partitions) {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
      admin.createTopics(Set.of(new NewTopic(name, partitions, (short) 1))).all().get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("could not create topic " + name, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted creating topic " + name, e);
    }
  }

  @Override
  public void close() {
    kafka.close();
  }
}
