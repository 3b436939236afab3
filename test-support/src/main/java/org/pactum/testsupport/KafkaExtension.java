package org.pactum.testsupport;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.pactum.kafka.embedded.EmbeddedKafka;
import org.pactum.kafka.embedded.EmbeddedKafkaSettings;

/**
 * JUnit 5 extension: one real Kafka node (KRaft, broker and controller in this JVM) per test JVM,
 * started on first use and stopped when the JVM's tests end. Inject {@link TestKafka} into a
 * constructor, {@code @BeforeAll}/{@code @BeforeEach} method or test method; tests share the node,
 * so each makes its own topics ({@link TestKafka#newTopic}).
 *
 * <pre>{@code
 * @ExtendWith(KafkaExtension.class)
 * class ValidatorIT {
 *   ValidatorIT(TestKafka kafka) { ... }
 * }
 * }</pre>
 *
 * <p>A module using it declares {@code org.pactum:pactum-kafka-embedded} itself, in test scope.
 */
public final class KafkaExtension implements ParameterResolver {
  private static final Namespace NAMESPACE = Namespace.create(KafkaExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == TestKafka.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return shared(context);
  }

  /** The JVM's node, started on first use. */
  public static TestKafka shared(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(
            TestKafka.class,
            k -> new Closing(new TestKafka(EmbeddedKafka.start(EmbeddedKafkaSettings.temporary()))),
            Closing.class)
        .kafka();
  }

  /** Stops the shared node when the root context closes: at the end of the test JVM. */
  private record Closing(TestKafka kafka)
      implements AutoCloseable, ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      kafka.close();
    }
  }
}
